// Large inputs go through in linear time and memory: a draft of many megabytes on one line (what a
// PDF extraction without line breaks gives) and the same text on many lines. No timing is asserted;
// ctest's timeout catches a quadratic path.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "test_util.h"
#include "text/utf8.h"

// Under AddressSanitizer (ci/sanitize) the binary takes about 2.5 times as long and twice the
// memory, and the suite shares CI's time with the fuzzers: the 50 MB case runs at 5 MB there, and
// at full size in the plain build.
#if defined(__SANITIZE_ADDRESS__)
#define UNLINT_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNLINT_TEST_SANITIZED 1
#endif
#endif

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

#ifdef UNLINT_TEST_SANITIZED
constexpr size_t kOneLineBytes = 5u << 20;
#else
constexpr size_t kOneLineBytes = 50u << 20;
#endif

// 50 MB on one line, a term variant every hundred paragraphs: every finding is reported at its
// exact column, and the text output (with excerpts) stays small per finding, because each excerpt
// is a window on the line rather than the whole line.
TEST(LargeInput, FiftyMegabytesOnOneLineWithTextOutput) {
  const std::string defect = big_text(1, "");
  std::string clean = defect;
  const std::string variant = "普遍定期审查";
  size_t at = clean.rfind(variant);
  ASSERT_NE(at, std::string::npos);
  clean.replace(at, variant.size(), "普遍定期审议");
  const size_t clean_cps = utf8::count_code_points(clean);
  const size_t defect_cps = utf8::count_code_points(defect);
  const size_t variant_cp = utf8::count_code_points(std::string_view(defect).substr(0, at));

  std::string text;
  text.reserve(kOneLineBytes + 100 * defect.size());
  std::vector<size_t> columns;  // 1-based, in code points
  size_t cps = 0;
  while (text.size() < kOneLineBytes) {
    for (int k = 0; k < 99; ++k) text += clean;
    cps += 99 * clean_cps;
    columns.push_back(cps + variant_cp + 1);
    text += defect;
    cps += defect_cps;
  }
  TempDir tmp;
  tmp.write("big.txt", text);
  text = std::string();
  RunResult r = run_unlint("check --no-config --color never big.txt", "", tmp.path());
  EXPECT_EQ(r.exit_code, 1) << r.err;

  std::vector<size_t> found;
  std::istringstream lines(r.out);
  std::string first_excerpt;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("big.txt:1:", 0) != 0) continue;
    EXPECT_NE(line.find(": error: "), std::string::npos) << line;
    EXPECT_NE(line.find("[term.variant]"), std::string::npos) << line;
    found.push_back(std::stoull(line.substr(10)));
    if (first_excerpt.empty()) std::getline(lines, first_excerpt);
  }
  ASSERT_EQ(found.size(), columns.size());
  for (size_t i = 0; i < found.size(); ++i) {
    ASSERT_EQ(found[i], columns[i]) << "finding " << i;
  }
  // The excerpt is a window, cut at both ends, with the variant in it.
  EXPECT_EQ(first_excerpt.rfind("  \u2026", 0), 0u) << first_excerpt;
  EXPECT_NE(first_excerpt.find(variant + "，"), std::string::npos) << first_excerpt;
  EXPECT_EQ(first_excerpt.substr(first_excerpt.size() - 3), "\u2026") << first_excerpt;
  // A few hundred bytes per finding; the whole line would be megabytes each.
  EXPECT_LT(r.out.size(), 1024 * found.size() + 1024) << "bytes of output per finding";
}

}  // namespace
}  // namespace unlint::testing
