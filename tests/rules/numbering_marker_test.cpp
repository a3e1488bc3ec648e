#include <gtest/gtest.h>

#include "engine/lint.h"
#include "structure/corpus_edits.h"
#include "test_util.h"

namespace unlint::testing {
namespace {

constexpr std::string_view kCode = "numbering.marker";

std::vector<Diagnostic> marker(std::string_view text) { return only(lint_text(text), kCode); }
// The text with this rule's fixes applied (and no other rule's).
std::string fix_markers(std::string_view text) { return apply_fixes(text, marker(text)).text; }

TEST(NumberingMarker, WrongOperativeForms) {
  for (std::string form : {"3、", "3．", "3)", "3）", "(3)", "（3）", "３."}) {
    Annotated a = annotate(" 1. 重申；\n\n 2. 确认；\n\n [[" + form + "]]着重指出；\n\n 4. 决定。\n");
    auto d = marker(a.text);
    ASSERT_EQ(d.size(), 1u) << form;
    EXPECT_EQ(d[0].span, a.spans[0]) << form;
    EXPECT_NE(d[0].message.find("应为“3.”"), std::string::npos) << form;
    EXPECT_EQ(d[0].severity, Severity::kWarning);
    EXPECT_EQ(fix_markers(a.text),
              " 1. 重申；\n\n 2. 确认；\n\n 3. 着重指出；\n\n 4. 决定。\n")
        << form;
  }
}

TEST(NumberingMarker, PrcSubParagraphForms) {
  Annotated a = annotate(" 1. 请秘书长：\n\n [[（一）]]编写；\n\n [[（二）]]提交；\n\n 2. 决定。\n");
  auto d = marker(a.text);
  EXPECT_EQ(spans_of(d, kCode), a.spans);
  EXPECT_EQ(fix_markers(a.text), " 1. 请秘书长：\n\n (a) 编写；\n\n (b) 提交；\n\n 2. 决定。\n");
  for (std::string form : {"①", "㈠", "(1)", "⑴"}) {
    std::string t = " 1. 请秘书长：\n\n " + form + " 编写；\n\n 2. 决定。\n";
    ASSERT_EQ(marker(t).size(), 1u) << form;
  }
}

TEST(NumberingMarker, SecondDegreeBecomesRoman) {
  std::string t = " 1. 请秘书长：\n\n (a) 提交报告：\n\n ① 向大会；\n\n ② 向理事会；\n\n 2. 决定。\n";
  EXPECT_EQ(fix_markers(t), " 1. 请秘书长：\n\n (a) 提交报告：\n\n (i) 向大会；\n\n (ii) 向理事会；\n\n 2. 决定。\n");
}

TEST(NumberingMarker, FullWidthParenthesesOnlyWhenMixed) {
  Annotated mixed = annotate(" 1. 请：\n\n (a) 编写；\n\n [[（b）]] 提交；\n\n 2. 决定。\n");
  auto d = marker(mixed.text);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].span, mixed.spans[0]);
  EXPECT_NE(d[0].message.find("混用"), std::string::npos);
  EXPECT_TRUE(marker(" 1. 请：\n\n （a） 编写；\n\n （b） 提交；\n\n 2. 决定。\n").empty());
}

TEST(NumberingMarker, NotMarkers) {
  // Session names, articles, chapters, resolution and meeting numbers, references, decimals.
  EXPECT_TRUE(marker(" 1. 注意到第四十四届会议、第一条第三款、第二章、第 70/1 号决议、第 35 次全体会议、"
                     "第3(b)段和具体目标3.1；\n\n(2000)号决议；\n\n 2. 决定。\n")
                  .empty());
}

TEST(NumberingMarker, CorpusAndItsVariantsAreSilent) {
  auto text = corpus_text();
  if (!text) GTEST_SKIP() << "../shared/corpus is not available";
  std::string ns = remove_digit_han_spaces(*text);
  for (const std::string& v : {*text, to_crlf(*text), ns, join_indented(*text), join_blocks(ns),
                               join_unterminated(ns), one_line(*text)}) {
    EXPECT_TRUE(marker(v).empty()) << marker(v)[0].message;
  }
}

TEST(NumberingMarker, CorpusCopyWithAWrongMarker) {
  auto text = corpus_text();
  if (!text) GTEST_SKIP() << "../shared/corpus is not available";
  std::string t = replace_once(*text, " 7. 敦促", " 7、敦促");
  auto d = marker(t);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(t.substr(d[0].span.begin, d[0].span.size()), "7、");
  EXPECT_EQ(fix_markers(t), replace_once(*text, " 7. 敦促", " 7. 敦促"));
}

}  // namespace
}  // namespace unlint::testing
