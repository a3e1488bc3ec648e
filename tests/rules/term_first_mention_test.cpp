#include <gtest/gtest.h>

#include "test_util.h"

namespace unlint::testing {
namespace {

TEST(TermFirstMention, AbbreviationBeforeFullName) {
  Annotated a = annotate("请[[人权高专办]]提交报告。联合国人权事务高级专员办事处……");
  auto d = only(lint_text(a.text), "term.first-mention");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].span, a.spans[0]);
  EXPECT_NE(d[0].message.find("联合国人权事务高级专员办事处"), std::string::npos);
}

TEST(TermFirstMention, FixIntroducesTheFullNameWithTheAbbreviation) {
  EXPECT_EQ(fixed("请人权高专办提交报告。"), "请联合国人权事务高级专员办事处(人权高专办)提交报告。");
}

TEST(TermFirstMention, TitlesAreIntroducedByTheFullTitle) {
  EXPECT_EQ(fixed("落实《2030年议程》"), "落实《2030年可持续发展议程》");
  EXPECT_EQ(fixed("按照《宪章》的宗旨"), "按照《联合国宪章》的宗旨");
}

TEST(TermFirstMention, IntroducedFirstIsFine) {
  EXPECT_TRUE(only(lint_text("联合国人权事务高级专员办事处(人权高专办)……人权高专办……人权高专办"),
                   "term.first-mention")
                  .empty());
  EXPECT_TRUE(only(lint_text("《联合国宪章》……《宪章》"), "term.first-mention").empty());
}

TEST(TermFirstMention, ReportedOncePerConcept) {
  Annotated a = annotate("[[安理会]]……安理会……[[世卫组织]]");
  EXPECT_EQ(spans_of(lint_text(a.text), "term.first-mention"), a.spans);
}

TEST(TermFirstMention, FullNameSplitAcrossLinesCounts) {
  EXPECT_TRUE(only(lint_text("世界卫生\n\n组织建议……世卫组织"), "term.first-mention").empty());
}

}  // namespace
}  // namespace unlint::testing
