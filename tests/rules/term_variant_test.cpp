#include <gtest/gtest.h>

#include "test_util.h"

namespace unlint::testing {
namespace {

// Each case marks where term.variant must report, and gives the text after its fixes.
struct Case {
  const char* marked;
  const char* after;
};

class TermVariantCase : public ::testing::TestWithParam<Case> {};

TEST_P(TermVariantCase, ReportsTheMarkedSpansAndFixesThem) {
  Annotated a = annotate(GetParam().marked);
  auto diags = lint_text(a.text);
  EXPECT_EQ(spans_of(diags, "term.variant"), a.spans) << GetParam().marked;
  EXPECT_EQ(fixed(a.text), GetParam().after);
}

INSTANTIATE_TEST_SUITE_P(
    Drafts, TermVariantCase,
    ::testing::Values(
        Case{"各国应参加[[普遍定期审查]]。", "各国应参加普遍定期审议。"},
        Case{"所有[[利益相关方]]和[[公民社会]]", "所有利益攸关方和民间社会"},
        // Split by a PDF line break: found once, the break survives the fix.
        Case{"参加[[普遍定\n\n期审查]]", "参加普遍定\n\n期审议"},
        // Spaces between CJK characters, as Word and PDF extraction leave them.
        Case{"提供[[技术 协助]]", "提供技术 援助"},
        // CRLF line ends.
        Case{"加强[[能力\r\n构建]]；\r\n", "加强能力\r\n建设；\r\n"},
        // The official form is longer and wins over a variant inside it: nothing to report.
        Case{"《公民及政治权利国际公约》", "《公民及政治权利国际公约》"},
        Case{"《[[公民权利和政治权利国际公约]]》第十九条", "《公民及政治权利国际公约》第十九条"},
        Case{"[[人权高专署]]的报告", "联合国人权事务高级专员办事处的报告"},
        // The text before the variant already spells the start of the official form: the fix
        // does not write it twice.
        Case{"联合国[[人权高专署]]的报告", "联合国人权事务高级专员办事处的报告"},
        Case{"消除[[针对妇女的暴力]]", "消除暴力侵害妇女行为"},
        Case{"实现[[永续发展目标]]", "实现可持续发展目标"},
        Case{"[[国内流离失所者]]和[[原住民]]", "境内流离失所者和土著人民"},
        Case{"", ""},
        Case{"人权理事会，重申致力于促进国际合作，", "人权理事会，重申致力于促进国际合作，"}),
    [](const ::testing::TestParamInfo<Case>& info) { return "case" + std::to_string(info.index); });

TEST(TermVariant, MessageNamesKindOfficialFormAndEnglish) {
  auto d = only(lint_text("实现永续发展目标"), "term.variant");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].message.find("地区用法"), std::string::npos);
  EXPECT_NE(d[0].message.find("可持续发展目标"), std::string::npos);
  EXPECT_NE(d[0].message.find("Sustainable Development Goals"), std::string::npos);
  EXPECT_EQ(d[0].severity, Severity::kError);
  ASSERT_EQ(d[0].fixes.size(), 1u);
}

TEST(TermVariant, FullWidthLatinInsideATermIsMatched) {
  // Matching sees through width: a variant written with full-width parentheses still matches
  // its half-width glossary key, and the range covers the original characters.
  Annotated a = annotate("[[普遍定期审查]]（ＵＰＲ）");
  EXPECT_EQ(spans_of(lint_text(a.text), "term.variant"), a.spans);
}

}  // namespace
}  // namespace unlint::testing
