#include "core/line_index.h"

#include <algorithm>

namespace unlint {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i) {
    char c = text[i];
    if (c == '\n') {
      starts_.push_back(static_cast<uint32_t>(i + 1));
    } else if (c == '\r') {
      if (i + 1 < n && text[i + 1] == '\n') ++i;
      starts_.push_back(static_cast<uint32_t>(i + 1));
    }
  }
}

uint32_t LineIndex::line_of(uint32_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<uint32_t>(it - starts_.begin()) - 1;
}

uint32_t LineIndex::line_end(uint32_t line) const {
  uint32_t end = line + 1 < starts_.size() ? starts_[line + 1] : static_cast<uint32_t>(text_.size());
  while (end > starts_[line] && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return end;
}

std::string_view LineIndex::line_text(uint32_t line) const {
  return text_.substr(starts_[line], line_end(line) - starts_[line]);
}

Position LineIndex::position(uint32_t offset) const {
  Position p;
  p.line = line_of(offset);
  for (uint32_t i = starts_[p.line]; i < offset && i < text_.size(); ++i) {
    unsigned char b = static_cast<unsigned char>(text_[i]);
    if ((b & 0xC0) == 0x80) continue;
    ++p.code_point;
    p.utf16 += b >= 0xF0 ? 2 : 1;
  }
  return p;
}

uint32_t LineIndex::offset_of_utf16(uint32_t line, uint32_t utf16) const {
  if (line >= starts_.size()) return static_cast<uint32_t>(text_.size());
  uint32_t i = starts_[line], end = line_end(line), units = 0;
  while (i < end && units < utf16) {
    unsigned char b = static_cast<unsigned char>(text_[i]);
    units += b >= 0xF0 ? 2 : 1;
    ++i;
    while (i < end && (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

uint32_t LineIndex::offset_of_code_point(uint32_t line, uint32_t cp) const {
  if (line >= starts_.size()) return static_cast<uint32_t>(text_.size());
  uint32_t i = starts_[line], end = line_end(line), n = 0;
  while (i < end && n < cp) {
    ++n;
    ++i;
    while (i < end && (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

}  // namespace unlint
