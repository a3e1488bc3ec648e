// ZipArchive: the parts of a .docx package, read from memory with libzip under a size limit, and
// a copy of the package with some parts replaced (every other entry copied as it was).
// Throws Error naming the file for what is not a zip, an encrypted part, or a part that expands
// past the limit (a zip bomb is refused before it is expanded, and again while it is read).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

struct zip;
struct zip_source;

namespace unlint {

class ZipArchive {
 public:
  // `bytes` must outlive the archive. `path` names the file in errors.
  ZipArchive(std::string path, std::string_view bytes);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool has(const std::string& name) const;
  // The part's bytes, or nullopt when there is no such entry. Refuses a part whose expanded size
  // (as declared, or as actually read) passes `limit`.
  std::optional<std::string> read(const std::string& name, uint64_t limit) const;

 private:
  std::string path_;
  zip* archive_ = nullptr;
};

// The package `bytes` with each part in `replacements` (name → new bytes) replaced; the other
// entries are copied without recompression. Throws Error when libzip cannot write the copy.
std::string replace_zip_parts(const std::string& path, std::string_view bytes,
                              const std::map<std::string, std::string>& replacements);

}  // namespace unlint
