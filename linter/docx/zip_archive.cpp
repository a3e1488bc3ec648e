#include "docx/zip_archive.h"

#include <zip.h>

#include <fmt/format.h>

#include <cstdlib>
#include <cstring>
#include <memory>

#include "core/error.h"

namespace unlint {
namespace {

std::string zip_message(zip_error_t* e) { return zip_error_strerror(e); }

// A read-only source over caller-owned bytes.
zip_source_t* source_over(const std::string& path, std::string_view bytes) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) {
    std::string msg = zip_message(&err);
    zip_error_fini(&err);
    throw Error(path, 0, 0, "cannot read the zip package: " + msg);
  }
  zip_error_fini(&err);
  return src;
}

zip_t* open_archive(const std::string& path, zip_source_t* src, int flags) {
  zip_error_t err;
  zip_error_init(&err);
  zip_t* za = zip_open_from_source(src, flags, &err);
  if (!za) {
    int code = zip_error_code_zip(&err);
    std::string msg = zip_message(&err);
    zip_error_fini(&err);
    zip_source_free(src);
    if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS) {
      throw Error(path, 0, 0,
                  "is not a Word document: expected a .docx (a zip package), found " +
                      std::string(code == ZIP_ER_NOZIP ? "no zip archive" : "a damaged zip archive"));
    }
    throw Error(path, 0, 0, "cannot open the zip package: " + msg);
  }
  zip_error_fini(&err);
  return za;
}

}  // namespace

ZipArchive::ZipArchive(std::string path, std::string_view bytes) : path_(std::move(path)) {
  archive_ = open_archive(path_, source_over(path_, bytes), ZIP_RDONLY);
}

ZipArchive::~ZipArchive() {
  if (archive_) zip_discard(archive_);
}

bool ZipArchive::has(const std::string& name) const {
  return zip_name_locate(archive_, name.c_str(), 0) >= 0;
}

std::optional<std::string> ZipArchive::read(const std::string& name, uint64_t limit) const {
  zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
  if (index < 0) return std::nullopt;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(archive_, index, 0, &st) != 0) {
    throw Error(path_, 0, 0, fmt::format("{}: cannot read: {}", name, zip_strerror(archive_)));
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
    throw Error(path_, 0, 0, fmt::format("{}: the part is encrypted; refused", name));
  }
  auto too_big = [&] {
    return Error(path_, 0, 0,
                 fmt::format("{}: the part expands past {} MB; refused (a zip bomb?)", name,
                             limit >> 20));
  };
  if ((st.valid & ZIP_STAT_SIZE) && st.size > limit) throw too_big();
  std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen_index(archive_, index, 0),
                                                           &zip_fclose);
  if (!file) {
    throw Error(path_, 0, 0, fmt::format("{}: cannot read: {}", name, zip_strerror(archive_)));
  }
  std::string out;
  char buf[65536];
  while (true) {
    zip_int64_t n = zip_fread(file.get(), buf, sizeof buf);
    if (n < 0) {
      throw Error(path_, 0, 0,
                  fmt::format("{}: damaged part: {}", name, zip_file_strerror(file.get())));
    }
    if (n == 0) break;
    if (out.size() + static_cast<uint64_t>(n) > limit) throw too_big();
    out.append(buf, static_cast<size_t>(n));
  }
  return out;
}

std::string replace_zip_parts(const std::string& path, std::string_view bytes,
                              const std::map<std::string, std::string>& replacements) {
  // libzip writes the new archive back into a buffer source that owns a copy of the bytes.
  zip_error_t err;
  zip_error_init(&err);
  void* copy = malloc(bytes.size() ? bytes.size() : 1);
  if (!copy) throw Error(path, 0, 0, "out of memory");
  memcpy(copy, bytes.data(), bytes.size());
  zip_source_t* src = zip_source_buffer_create(copy, bytes.size(), 1, &err);
  if (!src) {
    free(copy);
    std::string msg = zip_message(&err);
    zip_error_fini(&err);
    throw Error(path, 0, 0, "cannot rewrite the zip package: " + msg);
  }
  zip_error_fini(&err);
  zip_source_keep(src);
  std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(src, &zip_source_free);
  zip_t* za = open_archive(path, src, 0);  // the archive holds one reference, `keep` the other
  auto fail = [&](const std::string& what) {
    std::string msg = zip_strerror(za);
    zip_discard(za);
    return Error(path, 0, 0, fmt::format("cannot rewrite the zip package ({}): {}", what, msg));
  };
  for (const auto& [name, data] : replacements) {
    zip_int64_t index = zip_name_locate(za, name.c_str(), 0);
    if (index < 0) throw fail(name);
    zip_source_t* part = zip_source_buffer(za, data.data(), data.size(), 0);
    if (!part) throw fail(name);
    if (zip_file_replace(za, static_cast<zip_uint64_t>(index), part, ZIP_FL_ENC_UTF_8) != 0) {
      zip_source_free(part);
      throw fail(name);
    }
  }
  if (zip_close(za) != 0) throw fail("close");
  if (zip_source_open(src) != 0) {
    throw Error(path, 0, 0, "cannot rewrite the zip package: " +
                                std::string(zip_error_strerror(zip_source_error(src))));
  }
  zip_stat_t st;
  zip_stat_init(&st);
  zip_source_stat(src, &st);
  std::string out;
  out.resize(st.size);
  zip_int64_t n = zip_source_read(src, out.data(), st.size);
  zip_source_close(src);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
    throw Error(path, 0, 0, "cannot rewrite the zip package: short read of the result");
  }
  return out;
}

}  // namespace unlint
