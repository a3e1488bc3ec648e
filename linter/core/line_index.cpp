#include "core/line_index.h"

#include <algorithm>

namespace unlint {

namespace {
constexpr uint32_t kCheckpointEvery = 4096;
inline bool is_lead(unsigned char b) { return (b & 0xC0) != 0x80; }
}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  const size_t n = text.size();
  checkpoints_.push_back({0, 0, 0});
  uint32_t cp = 0, u16 = 0, next_mark = kCheckpointEvery;
  for (size_t i = 0; i < n; ++i) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (i >= next_mark && is_lead(b)) {
      checkpoints_.push_back({static_cast<uint32_t>(i), cp, u16});
      next_mark = static_cast<uint32_t>(i) + kCheckpointEvery;
    }
    if (is_lead(b)) {
      ++cp;
      u16 += b >= 0xF0 ? 2 : 1;
    }
  }
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

std::pair<uint64_t, uint64_t> LineIndex::counts_before(uint32_t offset) const {
  if (offset > text_.size()) offset = static_cast<uint32_t>(text_.size());
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), offset,
                             [](uint32_t x, const Checkpoint& c) { return x < c.offset; });
  const Checkpoint& c = *(it - 1);
  uint64_t cp = c.code_points, u16 = c.utf16;
  for (uint32_t i = c.offset; i < offset; ++i) {
    unsigned char b = static_cast<unsigned char>(text_[i]);
    if (!is_lead(b)) continue;
    ++cp;
    u16 += b >= 0xF0 ? 2 : 1;
  }
  return {cp, u16};
}

Position LineIndex::position(uint32_t offset) const {
  Position p;
  p.line = line_of(offset);
  auto [cp_at, u16_at] = counts_before(offset);
  auto [cp_line, u16_line] = counts_before(starts_[p.line]);
  p.code_point = static_cast<uint32_t>(cp_at - cp_line);
  p.utf16 = static_cast<uint32_t>(u16_at - u16_line);
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
