// The real HRC 44 draft (../shared/corpus) was issued in this form: every check must stay silent on
// it, also when re-flowed, with CRLF line ends or without the spaces PDF extraction left, and must
// still catch defects planted in copies of it, on the right line.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "test_util.h"

namespace unlint::testing {
namespace {

using nlohmann::json;

std::string crlf(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

// Removes the spaces PDF extraction puts between digits and Chinese characters.
std::string without_digit_spaces(const std::string& s) {
  std::string out = s;
  for (const char* pattern : {"([0-9]) +([\xE4-\xE9])", "([\xE4-\xE9][\x80-\xBF][\x80-\xBF]) +([0-9])"}) {
    out = std::regex_replace(out, std::regex(pattern), "$1$2");
  }
  return out;
}

// Joins every wrapped line: what a re-flow of the PDF text gives.
std::string joined(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != '\n') out += c;
  }
  return out;
}

// Errors and warnings from the built binary on `text`, as "line:code" strings.
std::vector<std::string> findings(const std::string& text, const std::string& name = "draft.txt") {
  TempDir tmp;
  tmp.write(name, text);
  RunResult r = run_unlint("check --no-config --format json " + name, "", tmp.path());
  EXPECT_NE(r.exit_code, 2) << r.err;
  std::vector<std::string> out;
  json j = json::parse(r.out);
  for (const json& d : j["files"][0]["diagnostics"]) {
    if (d["severity"].get<int>() <= 2) {
      out.push_back(std::to_string(d["range"]["start"]["line"].get<int>() + 1) + ":" +
                    d["code"].get<std::string>() + " " + d["message"].get<std::string>());
    }
  }
  return out;
}

class Corpus : public ::testing::Test {
 protected:
  void SetUp() override {
    auto t = corpus_text();
    if (!t) GTEST_SKIP() << "../shared/corpus is not here: the corpus tests need the shared folder";
    text_ = *t;
  }
  std::string text_;
};

TEST_F(Corpus, AsIssuedIsClean) { EXPECT_EQ(findings(text_), std::vector<std::string>{}); }
TEST_F(Corpus, WithCrlfIsClean) { EXPECT_EQ(findings(crlf(text_)), std::vector<std::string>{}); }
TEST_F(Corpus, WithoutDigitSpacesIsClean) {
  std::string t = without_digit_spaces(text_);
  ASSERT_NE(t, text_);
  ASSERT_NE(t.find("2020年6月30日"), std::string::npos);
  EXPECT_EQ(findings(t), std::vector<std::string>{});
}
TEST_F(Corpus, WithJoinedLinesIsClean) { EXPECT_EQ(findings(joined(text_)), std::vector<std::string>{}); }

// Plants `bad` in place of the first `good` and expects `code` on that line.
void expect_planted(const std::string& text, const std::string& good, const std::string& bad,
                    const std::string& code) {
  size_t at = text.find(good);
  ASSERT_NE(at, std::string::npos) << good;
  std::string planted = text;
  planted.replace(at, good.size(), bad);
  int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
  auto f = findings(planted);
  bool hit = false;
  for (const auto& s : f) hit = hit || s.rfind(std::to_string(line) + ":" + code, 0) == 0;
  EXPECT_TRUE(hit) << "planted '" << bad << "' on line " << line << "; got " << ::testing::PrintToString(f);
  // The same defect is caught in every form the text arrives in.
  for (const std::string& variant : {crlf(planted), without_digit_spaces(planted)}) {
    bool again = false;
    for (const auto& s : findings(variant)) again = again || s.rfind(std::to_string(line) + ":" + code, 0) == 0;
    EXPECT_TRUE(again) << "planted '" << bad << "' not caught after re-flow";
  }
  bool joined_hit = false;
  for (const auto& s : findings(joined(planted))) joined_hit = joined_hit || s.find(code) != std::string::npos;
  EXPECT_TRUE(joined_hit) << "planted '" << bad << "' not caught with joined lines";
}

TEST_F(Corpus, PlantedVariantIsCaught) {
  expect_planted(text_, "普遍定期审议框架内", "普遍定期审查框架内", "term.variant");
  expect_planted(text_, "所有利益攸关方", "所有利益相关方", "term.variant");
  expect_planted(text_, "开展能力建设", "开展能力构建", "term.variant");
  expect_planted(text_, "单方面强制性措施", "单方面胁迫性措施", "term.variant");
}

TEST_F(Corpus, PlantedVariantSplitAcrossTheLineBreak) {
  // "普遍定\n\n期审议" already spans a line break in the draft.
  expect_planted(text_, "与普遍定\n\n期审议自愿信托", "与普遍定\n\n期审查自愿信托", "term.variant");
}

TEST_F(Corpus, PlantedTraditionalCharacterIsCaught) {
  expect_planted(text_, "人权理事会， \n", "人權理事会， \n", "term.traditional");
}

TEST_F(Corpus, PlantedAbbreviationBeforeFullName) {
  expect_planted(text_, "21. 请联合国人权事务高级专员办事处", "21. 请人权高专办", "term.first-mention");
}

}  // namespace
}  // namespace unlint::testing
