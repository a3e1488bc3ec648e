#include "core/line_index.h"

#include <gtest/gtest.h>

#include <random>
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

// Lines and columns counted the plain way, from the text's start, for every code point: short
// and long lines (past the checkpoint spacing), four-byte characters, every kind of line break.
TEST(LineIndex, PositionsAgreeWithCountingFromTheStart) {
  static const char* const kPieces[] = {"a", "人", "𠀀", "é", "\n", "\r\n", "\r", "  ", "ab"};
  std::mt19937 rng(3);
  std::uniform_int_distribution<size_t> pick(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> long_line(0, 9);
  for (int round = 0; round < 8; ++round) {
    std::string text;
    while (text.size() < 12000) {
      const char* piece = kPieces[pick(rng)];
      // Now and then a line of several thousand bytes without a break.
      if (long_line(rng) == 0 && piece[0] != '\n' && piece[0] != '\r') {
        for (int k = 0; k < 1500; ++k) text += piece;
      } else {
        text += piece;
      }
    }
    LineIndex idx(text);
    uint32_t line = 0, cp = 0, u16 = 0;
    for (size_t i = 0; i <= text.size();) {
      Position p = idx.position(static_cast<uint32_t>(i));
      ASSERT_EQ(p.line, line) << "round " << round << " offset " << i;
      ASSERT_EQ(p.code_point, cp) << "round " << round << " offset " << i;
      ASSERT_EQ(p.utf16, u16) << "round " << round << " offset " << i;
      if (i == text.size()) break;
      unsigned char b = static_cast<unsigned char>(text[i]);
      size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
      if (b == '\n' || (b == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
        ++line, cp = 0, u16 = 0;
      } else {
        ++cp, u16 += len == 4 ? 2 : 1;
      }
      i += len;
    }
  }
}

}  // namespace
TEST(LineIndex, HintedLookupsAgreeWhateverTheStep) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += std::string(static_cast<size_t>(i % 17), 'x') + "\n";
  LineIndex idx(text);
  std::mt19937 rng(9);
  for (uint32_t max_step : {1u, 5u, 40u, 900u, 40000u}) {
    uint32_t hint = 0;
    for (uint32_t at = 0; at <= text.size(); at += 1 + rng() % max_step) {
      ASSERT_EQ(idx.line_of(at, &hint), idx.line_of(at)) << at;
      ASSERT_EQ(hint, idx.line_of(at));
      Position a = idx.position(at, &hint), b = idx.position(at);
      ASSERT_EQ(a.line, b.line);
      ASSERT_EQ(a.code_point, b.code_point);
    }
    // A hint past the offset is not trusted.
    hint = idx.line_count() - 1;
    EXPECT_EQ(idx.line_of(5, &hint), idx.line_of(5));
  }
}

}  // namespace unlint
