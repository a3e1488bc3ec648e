#include "text/decode.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include <fmt/format.h>

#include "core/error.h"
#include "docx/docx.h"
#include "text/utf8.h"

namespace unlint {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Converts with ICU, marking every illegal sequence with U+FFFD and a DecodeProblem.
struct IcuResult {
  std::string text;
  std::vector<DecodeProblem> problems;
};

IcuResult icu_to_utf8(std::string_view bytes, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(charset, &status);
  if (U_FAILURE(status)) throw Error(std::string("unknown encoding '") + charset + "'");
  IcuResult out;
  out.text.reserve(bytes.size() * 3 / 2);
  std::vector<UChar> buf(16384);
  const char* src = bytes.data();
  const char* limit = src + bytes.size();
  std::string chunk;
  while (true) {
    UChar* target = buf.data();
    status = U_ZERO_ERROR;
    ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    const char* before = src;
    ucnv_toUnicode(cnv, &target, buf.data() + buf.size(), &src, limit, nullptr, true, &status);
    // Append what was converted.
    for (UChar* p = buf.data(); p < target; ++p) {
      char32_t c = *p;
      if (U16_IS_LEAD(*p) && p + 1 < target && U16_IS_TRAIL(p[1])) {
        c = U16_GET_SUPPLEMENTARY(*p, p[1]);
        ++p;
      }
      utf8::append(out.text, c);
    }
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND ||
        status == U_TRUNCATED_CHAR_FOUND) {
      char bad[32];
      int8_t len = sizeof bad;
      UErrorCode s2 = U_ZERO_ERROR;
      ucnv_getInvalidChars(cnv, bad, &len, &s2);
      (void)before;
      uint64_t at = static_cast<uint64_t>(src - bytes.data()) - (len > 0 ? len : 0);
      uint32_t pos = static_cast<uint32_t>(out.text.size());
      out.text += kReplacement;
      out.problems.push_back({at, {pos, pos + 3}});
      ucnv_reset(cnv);
      if (src >= limit) break;
      continue;
    }
    if (U_FAILURE(status)) {
      ucnv_close(cnv);
      throw Error(std::string("cannot decode as ") + charset + ": " + u_errorName(status));
    }
    break;
  }
  ucnv_close(cnv);
  return out;
}

// Valid UTF-8 except for some bytes: keep the valid parts, mark each bad stretch.
IcuResult repair_utf8(std::string_view bytes) {
  IcuResult out;
  out.text.reserve(bytes.size() + 16);
  size_t i = 0;
  while (i < bytes.size()) {
    size_t ok = utf8::valid_prefix(bytes.substr(i));
    out.text.append(bytes.substr(i, ok));
    i += ok;
    if (i >= bytes.size()) break;
    uint32_t pos = static_cast<uint32_t>(out.text.size());
    out.text += kReplacement;
    if (out.problems.empty() || out.problems.back().span.end != pos) {
      out.problems.push_back({i, {pos, pos + 3}});
    } else {
      out.problems.back().span.end = pos + 3;  // one problem per run of bad bytes
    }
    ++i;
  }
  return out;
}

std::string detect_legacy(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&status);
  if (U_FAILURE(status)) return {};
  ucsdet_setText(det, bytes.data(), static_cast<int32_t>(std::min<size_t>(bytes.size(), 1 << 20)),
                 &status);
  int32_t n = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det, &n, &status);
  std::string best;
  for (int32_t k = 0; U_SUCCESS(status) && k < n; ++k) {
    const char* name = ucsdet_getName(matches[k], &status);
    int32_t confidence = ucsdet_getConfidence(matches[k], &status);
    std::string_view nm = name ? name : "";
    // Drafts in Chinese: GB18030 (which covers GBK and GB2312) or Big5.
    if ((nm == "GB18030" || nm == "Big5") && confidence >= 10) {
      best = std::string(nm);
      break;
    }
  }
  ucsdet_close(det);
  return best;
}

}  // namespace

std::unique_ptr<Document> decode_document(std::string path, std::string owned,
                                          std::string_view encoding) {
  std::string_view bytes = owned;
  if (is_docx_path(path)) return read_docx(std::move(path), bytes);
  if (!encoding.empty()) {
    std::string enc(encoding);
    for (auto& c : enc) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (enc == "UTF-8" || enc == "UTF8") {
      bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
      if (bom) bytes.remove_prefix(3);
      IcuResult r = repair_utf8(bytes);
      return std::make_unique<Document>(std::move(path), std::move(r.text),
                                        bom ? "UTF-8 (BOM)" : "UTF-8", std::move(r.problems));
    }
    IcuResult r = icu_to_utf8(bytes, enc.c_str());
    if (!r.text.empty() && r.text.compare(0, 3, "\xEF\xBB\xBF") == 0) r.text.erase(0, 3);
    return std::make_unique<Document>(std::move(path), std::move(r.text), enc,
                                      std::move(r.problems));
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    IcuResult r = repair_utf8(bytes.substr(3));
    return std::make_unique<Document>(std::move(path), std::move(r.text), "UTF-8 (BOM)",
                                      std::move(r.problems));
  }
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    const char* cs = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    IcuResult r = icu_to_utf8(bytes.substr(2), cs);
    return std::make_unique<Document>(std::move(path), std::move(r.text), cs,
                                      std::move(r.problems));
  }
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) {
    throw Error(path, 0, 0, "binary file (contains NUL bytes); expected a text draft");
  }
  if (utf8::valid_prefix(bytes) == bytes.size()) {  // the usual case: the bytes become the text
    return std::make_unique<Document>(std::move(path), std::move(owned), "UTF-8");
  }
  std::string legacy = detect_legacy(bytes);
  if (!legacy.empty()) {
    IcuResult r = icu_to_utf8(bytes, legacy.c_str());
    return std::make_unique<Document>(std::move(path), std::move(r.text), legacy,
                                      std::move(r.problems));
  }
  IcuResult r = repair_utf8(bytes);
  return std::make_unique<Document>(std::move(path), std::move(r.text), "UTF-8",
                                    std::move(r.problems));
}

std::string read_file(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Error(path, 0, 0, std::string("cannot open: ") + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
    ::close(fd);
    throw Error(path, 0, 0, "is a directory; expected a file");
  }
  auto too_large = [&](size_t size) {
    ::close(fd);
    throw Error(path, 0, 0,
                fmt::format("is {} MiB; unlint reads files of up to {} MiB", size >> 20,
                            kMaxDocumentBytes >> 20));
  };
  if (st.st_size > 0 && static_cast<uint64_t>(st.st_size) > kMaxDocumentBytes) {
    too_large(static_cast<size_t>(st.st_size));
  }
  // Read straight into the string: its size is known for a regular file (the loop still goes on
  // until end of file, for a file that grows or a pipe).
  std::string bytes;
  bytes.resize(st.st_size > 0 ? static_cast<size_t>(st.st_size) : size_t{1} << 16);
  size_t have = 0;
  char probe[1 << 12];
  while (true) {
    // Full: read on into a small buffer, and grow only if there was more.
    const bool full = have == bytes.size();
    char* into = full ? probe : bytes.data() + have;
    ssize_t n = ::read(fd, into, full ? sizeof probe : bytes.size() - have);
    if (n < 0) {
      if (errno == EINTR) continue;
      int e = errno;
      ::close(fd);
      throw Error(path, 0, 0, std::string("cannot read: ") + std::strerror(e));
    }
    if (n == 0) break;
    if (full) {
      if (have > kMaxDocumentBytes) too_large(have);
      bytes.resize(have * 2);
      std::memcpy(bytes.data() + have, probe, static_cast<size_t>(n));
    }
    have += static_cast<size_t>(n);
  }
  ::close(fd);
  bytes.resize(have);
  return bytes;
}

std::unique_ptr<Document> read_document(const std::string& path, std::string_view encoding) {
  return decode_document(path, read_file(path), encoding);
}

std::string encode_text(std::string_view utf8_text, std::string_view encoding) {
  if (encoding == "UTF-8") return std::string(utf8_text);
  if (encoding == "UTF-8 (BOM)") return "\xEF\xBB\xBF" + std::string(utf8_text);
  UErrorCode status = U_ZERO_ERROR;
  std::string enc(encoding);
  UConverter* cnv = ucnv_open(enc.c_str(), &status);
  if (U_FAILURE(status)) throw Error("cannot encode as '" + enc + "'");
  std::string out;
  if (enc == "UTF-16LE") out = "\xFF\xFE";
  if (enc == "UTF-16BE") out = "\xFE\xFF";
  std::vector<UChar> u;
  u.reserve(utf8_text.size());
  for (size_t i = 0; i < utf8_text.size();) {
    char32_t c = utf8::next(utf8_text, i);
    if (c >= 0x10000) {
      u.push_back(U16_LEAD(c));
      u.push_back(U16_TRAIL(c));
    } else {
      u.push_back(static_cast<UChar>(c));
    }
  }
  std::vector<char> buf(u.size() * 4 + 16);
  int32_t n = ucnv_fromUChars(cnv, buf.data(), static_cast<int32_t>(buf.size()), u.data(),
                              static_cast<int32_t>(u.size()), &status);
  ucnv_close(cnv);
  if (U_FAILURE(status)) throw Error("cannot encode as '" + enc + "': " + u_errorName(status));
  out.append(buf.data(), static_cast<size_t>(n));
  return out;
}

}  // namespace unlint
