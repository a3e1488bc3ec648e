#include "core/line_index.h"

#include <gtest/gtest.h>

#include <string>

namespace unlint {
namespace {

TEST(LineIndex, EachLineEndingEndsOneLine) {
  std::string text = "a\nb\r\nc\rd";
  LineIndex idx(text);
  ASSERT_EQ(idx.line_count(), 4u);
  EXPECT_EQ(idx.line_text(0), "a");
  EXPECT_EQ(idx.line_text(1), "b");
  EXPECT_EQ(idx.line_text(2), "c");
  EXPECT_EQ(idx.line_text(3), "d");
  EXPECT_EQ(idx.line_of(3), 1u);  // 'b'
  EXPECT_EQ(idx.line_of(4), 1u);  // '\r' of "\r\n" belongs to line 1
  EXPECT_EQ(idx.line_of(6), 2u);
}

TEST(LineIndex, ColumnsInCodePointsAndUtf16) {
  std::string text = "x\n人权𠀀理事会";  // U+20000 needs a surrogate pair
  LineIndex idx(text);
  uint32_t at = static_cast<uint32_t>(text.find("理"));
  Position p = idx.position(at);
  EXPECT_EQ(p.line, 1u);
  EXPECT_EQ(p.code_point, 3u);
  EXPECT_EQ(p.utf16, 4u);
  EXPECT_EQ(idx.offset_of_utf16(1, 4), at);
  EXPECT_EQ(idx.offset_of_code_point(1, 3), at);
}

TEST(LineIndex, EmptyTextHasOneLine) {
  LineIndex idx("");
  EXPECT_EQ(idx.line_count(), 1u);
  EXPECT_EQ(idx.position(0).line, 0u);
}

TEST(LineIndex, TrailingNewlineStartsAnEmptyLine) {
  LineIndex idx("a\n");
  EXPECT_EQ(idx.line_count(), 2u);
  EXPECT_EQ(idx.line_text(1), "");
}

}  // namespace
}  // namespace unlint

namespace unlint {
namespace {

TEST(LineIndex, CheckpointsGiveTheSameColumnsOnVeryLongLines) {
  std::string text = "首行\n";
  for (int i = 0; i < 5000; ++i) text += "人权a𠀀";  // 11 bytes; 4 code points; 5 UTF-16 units
  text += "\r\n末行";
  LineIndex idx(text);
  for (uint32_t k : {0u, 1u, 777u, 2500u, 4999u}) {
    uint32_t offset = static_cast<uint32_t>(std::string("首行\n").size()) + k * 11;
    Position p = idx.position(offset);
    EXPECT_EQ(p.line, 1u);
    EXPECT_EQ(p.code_point, k * 4);
    EXPECT_EQ(p.utf16, k * 5);
  }
  Position last = idx.position(static_cast<uint32_t>(text.size()));
  EXPECT_EQ(last.line, 2u);
  EXPECT_EQ(last.code_point, 2u);
}

}  // namespace
}  // namespace unlint
