#include "core/line_index.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace unlint {

namespace {
constexpr uint32_t kCheckpointEvery = 4096;
inline bool is_lead(unsigned char b) { return (b & 0xC0) != 0x80; }
}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.reserve(text.size() / 32 + 1);  // see ScanView: address space, not memory
  starts_.push_back(0);
  add_checkpoints();
  const size_t n = text.size();
  if (n > 0 && std::memchr(text.data(), '\r', n) == nullptr) {
    // Line feeds only (the usual case): let memchr find them.
    const char* const begin = text.data();
    const char* const end = begin + n;
    const char* p = begin;
    while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<size_t>(end - p))))) {
      ++p;
      starts_.push_back(static_cast<uint32_t>(p - begin));
    }
    return;
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

LineIndex::LineIndex(std::string_view text, std::vector<uint32_t> starts)
    : text_(text), starts_(std::move(starts)) {
  if (starts_.empty() || starts_.front() != 0) starts_.insert(starts_.begin(), 0);
  add_checkpoints();
}

void LineIndex::add_checkpoints() {
  const std::string_view text = text_;
  const size_t n = text.size();
  checkpoints_.push_back({0, 0, 0});
  uint32_t cp = 0, u16 = 0;
  size_t i = 0, next_mark = kCheckpointEvery;
  while (true) {
    // Count up to the next mark, eight bytes at a time: a continuation byte is 10xxxxxx, a lead
    // byte of four (two UTF-16 units) is 11110xxx.
    const size_t block_end = std::min(next_mark, n);
    while (i + 8 <= block_end) {
      // Per-byte counters (0 or 1 per word), summed every 31 words so no byte overflows.
      constexpr uint64_t kHigh = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
      uint64_t continuation = 0, four = 0;
      size_t words = 0;
      for (; i + 8 <= block_end && words < 31; i += 8, ++words) {
        uint64_t w;
        std::memcpy(&w, text.data() + i, 8);
        continuation += (w & ~(w << 1) & kHigh) >> 7;
        four += (w & (w << 1) & (w << 2) & (w << 3) & kHigh) >> 7;
      }
      const uint32_t c = static_cast<uint32_t>((continuation * kOnes) >> 56);
      const uint32_t f = static_cast<uint32_t>((four * kOnes) >> 56);
      cp += static_cast<uint32_t>(words * 8) - c;
      u16 += static_cast<uint32_t>(words * 8) - c + f;
    }
    for (; i < block_end; ++i) {
      unsigned char b = static_cast<unsigned char>(text[i]);
      if (is_lead(b)) {
        ++cp;
        u16 += b >= 0xF0 ? 2 : 1;
      }
    }
    // A checkpoint at the first code point that starts at or after the mark.
    while (i < n && !is_lead(static_cast<unsigned char>(text[i]))) ++i;
    if (i >= n) break;
    checkpoints_.push_back({static_cast<uint32_t>(i), cp, u16});
    next_mark = i + kCheckpointEvery;
  }
}

uint32_t LineIndex::line_of(uint32_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<uint32_t>(it - starts_.begin()) - 1;
}

uint32_t LineIndex::line_of(uint32_t offset, uint32_t* hint) const {
  uint32_t h = *hint;
  if (h >= starts_.size() || starts_[h] > offset) return *hint = line_of(offset);
  // Gallop forward from the hint: 1, 2, 4, ... lines, then search the last step.
  size_t step = 1, lo = h;
  while (lo + step < starts_.size() && starts_[lo + step] <= offset) {
    lo += step;
    step *= 2;
  }
  auto it = std::upper_bound(starts_.begin() + static_cast<std::ptrdiff_t>(lo),
                             starts_.begin() + static_cast<std::ptrdiff_t>(
                                                   std::min(lo + step, starts_.size())),
                             offset);
  return *hint = static_cast<uint32_t>(it - starts_.begin()) - 1;
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
  return position_on(offset, line_of(offset));
}

Position LineIndex::position(uint32_t offset, uint32_t* line_hint) const {
  return position_on(offset, line_of(offset, line_hint));
}

Position LineIndex::position_on(uint32_t offset, uint32_t line) const {
  Position p;
  p.line = line;
  const uint32_t start = starts_[p.line];
  const uint32_t end = std::min(offset, static_cast<uint32_t>(text_.size()));
  if (end >= start && end - start <= kCheckpointEvery) {
    // Close to its line's start (the usual case): count the line itself.
    for (uint32_t i = start; i < end; ++i) {
      unsigned char b = static_cast<unsigned char>(text_[i]);
      if (!is_lead(b)) continue;
      ++p.code_point;
      p.utf16 += b >= 0xF0 ? 2 : 1;
    }
    return p;
  }
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
