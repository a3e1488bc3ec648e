// Large inputs go through in linear time and memory: a draft of many megabytes on one line (what a
// PDF extraction without line breaks gives) and the same text on many lines. No timing is asserted;
// ctest's timeout catches a quadratic path.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_util.h"

namespace unlint::testing {
namespace {

std::string big_text(size_t bytes, const char* line_end) {
  const std::string para = std::string(" 回顾大会 2015 年 9 月 25 日第 70/1 号决议，重申普遍定期审议的作用，见 "
                                       "A/HRC/44/28，请各国参加普遍定期审查，") + line_end;
  std::string s;
  s.reserve(bytes + para.size());
  while (s.size() < bytes) s += para;
  return s;
}

void expect_linted(const std::string& text, size_t expected_variants) {
  TempDir tmp;
  tmp.write("big.txt", text);
  RunResult r = run_unlint("check --no-config -q big.txt", "", tmp.path());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  size_t lines = std::count(r.out.begin(), r.out.end(), '\n');
  EXPECT_EQ(lines, expected_variants);
}

TEST(LargeInput, TwentyMegabytesOnOneLine) {
  std::string text = big_text(20u << 20, "");
  size_t paras = text.size() / big_text(1, "").size();
  expect_linted(text, paras);
}

TEST(LargeInput, TwentyMegabytesOnManyLines) {
  std::string text = big_text(20u << 20, "\n\n");
  size_t paras = text.size() / big_text(1, "\n\n").size();
  expect_linted(text, paras);
}

}  // namespace
}  // namespace unlint::testing
