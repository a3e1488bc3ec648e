#include <gtest/gtest.h>

#include "structure/corpus_edits.h"
#include "test_util.h"

namespace unlint::testing {
namespace {

constexpr std::string_view kCode = "numbering.reference";

std::vector<Diagnostic> reference(std::string_view text) { return only(lint_text(text), kCode); }

const char kThree[] = " 1. 重申；\n\n 2. 请秘书长：\n\n (a) 编写；\n\n (b) 提交；\n\n 3. 决定";

TEST(NumberingReference, MissingParagraph) {
  Annotated a = annotate(std::string(kThree) + "执行[[上文第4段]]。\n");
  auto d = reference(a.text);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].span.end, a.spans[0].end);
  EXPECT_EQ(a.text.substr(d[0].span.begin, d[0].span.size()), "第4段");
  EXPECT_NE(d[0].message.find("第4段不存在"), std::string::npos);
  EXPECT_NE(d[0].message.find("1 to 3"), std::string::npos);
  EXPECT_EQ(d[0].severity, Severity::kError);
}

TEST(NumberingReference, MissingSubParagraph) {
  Annotated a = annotate(std::string(kThree) + "执行[[第2(c)段]]和第2(b)段以及[[第1(a)段]]。\n");
  EXPECT_EQ(spans_of(reference(a.text), kCode), a.spans);
}

TEST(NumberingReference, SplitAcrossALineBreakAndFullWidth) {
  Annotated a = annotate(std::string(kThree) + "执行[[第\n\n９段]]和第 2（b） 段。\n");
  EXPECT_EQ(spans_of(reference(a.text), kCode), a.spans);
}

TEST(NumberingReference, RangesAndLists) {
  EXPECT_TRUE(reference(std::string(kThree) + "执行第1至3段和第1、2段。\n").empty());
  EXPECT_EQ(reference(std::string(kThree) + "执行第1至5段。\n").size(), 1u);
}

TEST(NumberingReference, AboveMustPointBack) {
  auto d = reference(" 1. 重申上文第2段；\n\n 2. 决定。\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].message.find("上文"), std::string::npos);
}

TEST(NumberingReference, OtherDocumentsAndNonReferences) {
  std::string t = std::string(kThree) +
                  "参照 A/HRC/20/26，第29段、A/77/296，第6段、第70/1号决议第5段和第7段、其第40段、"
                  "《宪章》第一条第三款、第四十四届会议、第二章、第 70/1 号决议、第 35 次全体会议、"
                  "附件一第12段和报告第50段。\n";
  EXPECT_TRUE(reference(t).empty()) << reference(t)[0].message;
}

TEST(NumberingReference, NothingCheckedWithoutLineStructure) {
  EXPECT_TRUE(reference("人权理事会，回顾，1. 重申；2. 决定执行第9段。").empty());
}

TEST(NumberingReference, CorpusCopies) {
  auto text = corpus_text();
  if (!text) GTEST_SKIP() << "../shared/corpus is not available";
  std::string t = replace_once(*text, "根据理事会年度工作方案继续审议此事。",
                               "根据理事会年度工作方案并参照上文第12段继续审议此事。");
  for (const std::string& v : {t, to_crlf(t), join_blocks(remove_digit_han_spaces(t)),
                               join_unterminated(t), one_line(t)}) {
    EXPECT_TRUE(reference(v).empty());
  }
  // Paragraph 12 deleted: the reference now points nowhere.
  std::string deleted = delete_paragraph(t, 12);
  EXPECT_EQ(reference(deleted).size(), 1u);
  std::string gone = replace_once(t, "上文第12段", "上文第36段");
  EXPECT_EQ(reference(gone).size(), 1u);
}

}  // namespace
}  // namespace unlint::testing
