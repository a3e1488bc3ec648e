#include "lsp/protocol.h"

#include <algorithm>

namespace unlint::lsp {

uint32_t offset_of(std::string_view text, const LineIndex& lines, uint32_t line, uint32_t character,
                   PositionEncoding encoding) {
  if (line >= lines.line_count()) return static_cast<uint32_t>(text.size());
  if (encoding == PositionEncoding::kUtf16) return lines.offset_of_utf16(line, character);
  uint32_t start = lines.line_start(line), end = lines.line_end(line);
  uint32_t at = start + std::min(character, end - start);
  while (at > start && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

std::optional<std::string> path_from_uri(std::string_view uri) {
  constexpr std::string_view kScheme = "file://";
  if (uri.size() < kScheme.size()) return std::nullopt;
  for (size_t i = 0; i < kScheme.size(); ++i) {
    char c = uri[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != kScheme[i]) return std::nullopt;
  }
  uri.remove_prefix(kScheme.size());
  // "file://localhost/x" names the local host; any other authority is not a local file.
  size_t slash = uri.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  std::string_view authority = uri.substr(0, slash);
  if (!authority.empty() && authority != "localhost") return std::nullopt;
  uri.remove_prefix(slash);
  size_t end = uri.find_first_of("?#");
  if (end != std::string_view::npos) uri = uri.substr(0, end);
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string path;
  for (size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '%') {
      if (i + 2 >= uri.size()) return std::nullopt;
      int hi = hex(uri[i + 1]), lo = hex(uri[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      char c = static_cast<char>(hi * 16 + lo);
      if (c == '\0') return std::nullopt;
      path += c;
      i += 2;
    } else {
      path += uri[i];
    }
  }
  return path;
}

}  // namespace unlint::lsp
