// LineIndex: where each line of a text starts, so byte offsets become line/column positions.
// "\n", "\r\n" and "\r" each end one line. Columns are computed from the text on demand, from the
// nearest checkpoint (one every 4 KiB holds the code-point and UTF-16 counts so far), so a
// position costs at most 4 KiB of scanning even on a line of many megabytes.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace unlint {

struct Position {
  uint32_t line = 0;       // 0-based
  uint32_t code_point = 0;  // 0-based column in code points
  uint32_t utf16 = 0;       // 0-based column in UTF-16 code units (LSP's default)
};

class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);
  // Lines that begin at the given offsets (sorted, the first 0) instead of after each line break.
  LineIndex(std::string_view text, std::vector<uint32_t> starts);

  uint32_t line_count() const { return static_cast<uint32_t>(starts_.size()); }
  uint32_t line_of(uint32_t offset) const;
  // The same, for offsets asked in increasing order: `*hint` is the line of the last one (0 at
  // first) and is updated; lines are searched forward from it, so a report walking its sorted
  // findings does not search the whole index for each.
  uint32_t line_of(uint32_t offset, uint32_t* hint) const;
  uint32_t line_start(uint32_t line) const { return starts_[line]; }
  // End of the line's content, before the line break that ends it.
  uint32_t line_end(uint32_t line) const;
  std::string_view line_text(uint32_t line) const;
  Position position(uint32_t offset) const;
  Position position(uint32_t offset, uint32_t* line_hint) const;
  // The byte offset of (line, UTF-16 column), clamped to the line; used by the LSP server.
  uint32_t offset_of_utf16(uint32_t line, uint32_t utf16) const;
  uint32_t offset_of_code_point(uint32_t line, uint32_t cp) const;

 private:
  // The position of `offset`, which lies on `line`.
  Position position_on(uint32_t offset, uint32_t line) const;
  struct Checkpoint {
    uint32_t offset, code_points, utf16;  // counts of everything before `offset`
  };
  // Code points and UTF-16 units in text_[0, offset).
  std::pair<uint64_t, uint64_t> counts_before(uint32_t offset) const;
  void add_checkpoints();

  std::string_view text_;
  std::vector<uint32_t> starts_;
  std::vector<Checkpoint> checkpoints_;
};

}  // namespace unlint
