#include "structure/paragraphs.h"

#include <gtest/gtest.h>

#include "core/document.h"
#include "core/error.h"
#include "structure/corpus_edits.h"
#include "structure/references.h"
#include "test_util.h"
#include "text/scan_view.h"

namespace unlint::testing {
namespace {

Structure parse(const std::string& text) {
  LineIndex lines(text);
  return parse_structure(text, lines, NumberingSpec::bundled());
}

std::vector<int> numbers(const Structure& s) {
  std::vector<int> out;
  for (const auto& p : s.paragraphs) out.push_back(p.marker.value);
  return out;
}

std::vector<int> one_to(int n) {
  std::vector<int> v;
  for (int i = 1; i <= n; ++i) v.push_back(i);
  return v;
}

std::vector<int> footnote_values(const Structure& s, bool markers) {
  std::vector<int> out;
  if (markers) {
    for (const auto& m : s.footnote_markers) out.push_back(m.value);
  } else {
    for (const auto& t : s.footnote_texts) out.push_back(t.value);
  }
  return out;
}

TEST(ParagraphSpec, BundledDataLoads) {
  const NumberingSpec& spec = NumberingSpec::bundled();
  EXPECT_FALSE(spec.forms.empty());
  EXPECT_FALSE(spec.footnote_marker_after.empty());
}

TEST(ParagraphSpec, SchemaErrorsNameFileLineAndColumn) {
  try {
    NumberingSpec::from_yaml("markers:\n  operative:\n    accepted: [\"{n}.{a}\"]\n", "n.yaml");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "n.yaml");
    EXPECT_EQ(e.line(), 3);
    EXPECT_NE(std::string(e.what()).find("exactly one"), std::string::npos);
  }
  EXPECT_THROW(NumberingSpec::from_yaml("markers: {}\nbogus: 1\n", "n.yaml"), Error);
}

TEST(ParagraphLabels, LettersRomanHan) {
  EXPECT_EQ(letter_value("a"), 1);
  EXPECT_EQ(letter_value("aa"), 27);
  EXPECT_EQ(letter_value("ab"), 0);
  EXPECT_EQ(roman_value("iv"), 4);
  EXPECT_EQ(roman_value("iiii"), 0);
  EXPECT_EQ(roman_label(14), "xiv");
  EXPECT_EQ(han_number(23), "二十三");
  EXPECT_EQ(letter_label(28), "bb");
}

TEST(ParagraphParse, CorpusHas35ParagraphsAnd3Footnotes) {
  auto text = corpus_text();
  if (!text) GTEST_SKIP() << "../shared/corpus is not available";
  Structure s = parse(*text);
  EXPECT_TRUE(s.line_based);
  EXPECT_EQ(numbers(s), one_to(35));
  EXPECT_EQ(footnote_values(s, true), one_to(3));
  EXPECT_EQ(footnote_values(s, false), one_to(3));
  EXPECT_TRUE(s.subs.empty());
  // The footnote line starts at its number.
  EXPECT_EQ(std::string_view(*text).substr(s.footnote_texts[1].span.begin,
                                           s.footnote_texts[1].span.size()),
            "2 A/HRC/43/68。");
}

TEST(ParagraphParse, CorpusSurvivesExtractionVariants) {
  auto text = corpus_text();
  if (!text) GTEST_SKIP() << "../shared/corpus is not available";
  const std::string nospace = remove_digit_han_spaces(*text);
  const std::vector<std::pair<std::string, std::string>> variants = {
      {"crlf", to_crlf(*text)},
      {"no spaces", nospace},
      {"joined indented", join_indented(*text)},
      {"joined blocks", join_blocks(*text)},
      {"joined unterminated", join_unterminated(*text)},
      {"joined unterminated, no spaces", join_unterminated(nospace)},
      {"joined blocks, no spaces, crlf", to_crlf(join_blocks(nospace))},
  };
  for (const auto& [name, v] : variants) {
    Structure s = parse(v);
    EXPECT_TRUE(s.line_based) << name;
    EXPECT_EQ(numbers(s), one_to(35)) << name;
    EXPECT_EQ(footnote_values(s, true), one_to(3)) << name;
    EXPECT_EQ(footnote_values(s, false), one_to(3)) << name;
  }
}

TEST(ParagraphParse, OneLineTextIsNotLineBased) {
  auto text = corpus_text();
  if (!text) GTEST_SKIP() << "../shared/corpus is not available";
  Structure s = parse(one_line(*text));
  EXPECT_FALSE(s.line_based);
  EXPECT_TRUE(s.footnote_markers.empty());
}

TEST(ParagraphParse, PageFurnitureAndFootnoteLinesAreNotParagraphs) {
  std::string t =
      " 人权理事会，\n\n 回顾其第 2000/22 号决议，1\n\n 1. 决定：\n\n"
      "2 GE.20-08870\n\nA/HRC/44/L.13\n\n2/6\n\n 1 见 E/CN.4/2001/2。\n\n 2. 请秘书长；\n";
  Structure s = parse(t);
  EXPECT_EQ(numbers(s), (std::vector<int>{1, 2}));
  ASSERT_EQ(s.footnote_texts.size(), 1u);
  EXPECT_EQ(s.footnote_texts[0].value, 1);
  ASSERT_EQ(s.footnote_markers.size(), 1u);
}

TEST(ParagraphParse, ContinuationLinesStartingWithNumbersAreText) {
  std::string t =
      " 1. 注意到大会 2019 年 12 月 18\n\n日第 74/153 号决议和 2020\n\n年的报告，\n\n"
      "18 日第 74/153 号决议；\n\n 2. 请秘书长；\n";
  Structure s = parse(t);
  EXPECT_EQ(numbers(s), (std::vector<int>{1, 2}));
  EXPECT_TRUE(s.footnote_texts.empty());
}

TEST(ParagraphParse, SubParagraphsLettersAndRoman) {
  std::string t =
      " 1. 请秘书长：\n\n (a) 编写报告；\n\n (b) 提交报告：\n\n (i) 向大会；\n\n (ii) 向理事会；\n\n"
      " (c) 分发报告；\n\n 2. 决定继续审议此事。\n";
  Structure s = parse(t);
  EXPECT_EQ(numbers(s), (std::vector<int>{1, 2}));
  ASSERT_EQ(s.subs.size(), 5u);
  EXPECT_EQ(s.subs[2].level, 2);
  EXPECT_EQ(s.subs[3].marker.value, 2);
  EXPECT_EQ(s.subs[4].level, 1);
  EXPECT_EQ(s.subs[4].marker.value, 3);
  EXPECT_EQ(s.sub_list_of(0), s.subs[0].list);
  EXPECT_EQ(s.child_list_of(1), s.subs[2].list);
}

TEST(ParagraphParse, LetterIAfterH) {
  std::string t = " 1. 请：\n";
  for (char c = 'a'; c <= 'j'; ++c) t += std::string(" (") + c + ") 事项；\n";
  Structure s = parse(t);
  ASSERT_EQ(s.subs.size(), 10u);
  EXPECT_EQ(s.subs[8].marker.value, 9);  // (i) after (h) is the letter i
  EXPECT_EQ(s.subs[8].level, 1);
}

TEST(ParagraphParse, SubParagraphsInsideAJoinedLine) {
  std::string t = " 1. 请秘书长：(a) 编写报告；(b) 提交报告；\n 2. 决定继续审议此事。\n";
  Structure s = parse(t);
  ASSERT_EQ(s.subs.size(), 2u);
  EXPECT_TRUE(s.subs[1].marker.mid_line);
}

TEST(ParagraphParse, WrongOperativeFormsAreRecognised) {
  std::string t = " 1. 重申；\n\n 2、确认；\n\n （3） 重申；\n\n 4. 着重指出。\n";
  Structure s = parse(t);
  EXPECT_EQ(numbers(s), (std::vector<int>{1, 2, 3, 4}));
}

TEST(ParagraphParse, PrcSubParagraphNumbering) {
  std::string t = " 1. 请秘书长：\n\n （一）编写报告；\n\n （二）提交报告；\n\n 2. 决定。\n";
  Structure s = parse(t);
  EXPECT_EQ(numbers(s), (std::vector<int>{1, 2}));
  ASSERT_EQ(s.subs.size(), 2u);
  EXPECT_EQ(s.subs[1].marker.value, 2);
}

TEST(ParagraphParse, NumberedItemsAfterAColonAreSubParagraphs) {
  std::string t = " 7. 请秘书长：\n\n (1) 编写报告；\n\n (2) 提交报告；\n\n 8. 决定。\n";
  Structure s = parse(t);
  EXPECT_EQ(numbers(s), (std::vector<int>{7, 8}));
  EXPECT_EQ(s.subs.size(), 2u);
}

TEST(ParagraphParse, FootnoteMarkerIsNotACount) {
  std::string t = " 1. 注意到报告，30\n\n个国家参加；2\n\n 2. 决定。\n\n\n\n 1 A/1。\n\n 2 A/2。\n";
  Structure s = parse(t);
  EXPECT_EQ(footnote_values(s, true), (std::vector<int>{2}));
}

TEST(ParagraphSequence, ReportsEachBreakOnce) {
  using K = SequenceIssue::Kind;
  auto kinds = [](const std::vector<int>& v) {
    std::vector<std::tuple<size_t, int, K>> out;
    for (const auto& is : check_sequence(v)) out.emplace_back(is.index, is.expected, is.kind);
    return out;
  };
  EXPECT_TRUE(check_sequence({1, 2, 3}).empty());
  EXPECT_EQ(kinds({1, 2, 4, 5}), (std::vector<std::tuple<size_t, int, K>>{{2, 3, K::kGap}}));
  EXPECT_EQ(kinds({1, 2, 2, 3}), (std::vector<std::tuple<size_t, int, K>>{{2, 3, K::kDuplicate}}));
  EXPECT_EQ(kinds({1, 3, 2, 4}),
            (std::vector<std::tuple<size_t, int, K>>{{1, 2, K::kOrder}, {2, 3, K::kOrder}}));
  EXPECT_EQ(kinds({1, 12, 3}), (std::vector<std::tuple<size_t, int, K>>{{1, 2, K::kOrder}}));
  EXPECT_EQ(kinds({2, 3}), (std::vector<std::tuple<size_t, int, K>>{{0, 1, K::kGap}}));
  EXPECT_EQ(kinds({1, 2, 2}), (std::vector<std::tuple<size_t, int, K>>{{2, 3, K::kDuplicate}}));
}

TEST(ParagraphReferences, InternalAndExternal) {
  std::string t =
      " 1. 回顾 A/HRC/20/26，第29段和第70/1号决议第5段，尤其是其第3段；\n\n"
      " 2. 又回顾上文第1段和第 1 (a) 段，以及《宪章》第一条第三款、第四十四届会议、第二章、"
      "第 70/1 号决议和第 35 次全体会议；\n\n 3. 请执行第1至2段。\n";
  LineIndex lines(t);
  Structure s = parse_structure(t, lines, NumberingSpec::bundled());
  ScanView view(t);
  auto refs = find_references(view, s, NumberingSpec::bundled());
  ASSERT_EQ(refs.size(), 6u);
  EXPECT_TRUE(refs[0].external);  // A/HRC/20/26，第29段
  EXPECT_TRUE(refs[1].external);  // 第70/1号决议第5段
  EXPECT_TRUE(refs[2].external);  // 其第3段
  EXPECT_FALSE(refs[3].external);
  EXPECT_EQ(refs[3].direction, -1);
  EXPECT_FALSE(refs[4].external);
  ASSERT_EQ(refs[4].targets[0].labels.size(), 1u);
  EXPECT_EQ(refs[4].targets[0].labels[0].text, "a");
  EXPECT_TRUE(refs[5].range);
  EXPECT_EQ(refs[5].targets.size(), 2u);
}

}  // namespace
}  // namespace unlint::testing
