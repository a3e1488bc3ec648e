#include <gtest/gtest.h>

#include "test_util.h"

namespace unlint::testing {
namespace {

TEST(TermInconsistent, ReportsTheLaterFormPointingAtTheFirst) {
  Annotated a = annotate("打击贩运人口，并消除[[人口贩运]]的根源");
  auto d = only(lint_text(a.text), "term.inconsistent");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].span, a.spans[0]);
  ASSERT_EQ(d[0].related.size(), 1u);
  EXPECT_EQ(a.text.substr(d[0].related[0].span.begin, d[0].related[0].span.size()), "贩运人口");
  EXPECT_TRUE(d[0].fixes.empty()) << "which form to keep is a person's choice";
  EXPECT_EQ(d[0].severity, Severity::kWarning);
}

TEST(TermInconsistent, AcceptedFormFirstThenOfficial) {
  Annotated a = annotate("国际人道主义法……尊重[[国际人道法]]");
  EXPECT_EQ(spans_of(lint_text(a.text), "term.inconsistent"), a.spans);
}

TEST(TermInconsistent, OneFormUsedThroughoutIsFine) {
  EXPECT_TRUE(only(lint_text("复原力……复原力……复原力"), "term.inconsistent").empty());
  EXPECT_TRUE(only(lint_text("韧性和韧性"), "term.inconsistent").empty());
}

TEST(TermInconsistent, EveryLaterUseOfTheOtherFormIsReported) {
  Annotated a = annotate("复原力、[[韧性]]、复原力、[[韧性]]");
  EXPECT_EQ(spans_of(lint_text(a.text), "term.inconsistent"), a.spans);
}

TEST(TermInconsistent, DifferentConceptsDoNotMix) {
  EXPECT_TRUE(only(lint_text("复原力和国际人道主义法"), "term.inconsistent").empty());
}

TEST(TermInconsistent, AbbreviationAfterFullNameIsNotInconsistent) {
  EXPECT_TRUE(only(lint_text("联合国人权事务高级专员办事处(人权高专办)……人权高专办"),
                   "term.inconsistent")
                  .empty());
}

TEST(TermInconsistent, SeenAcrossLineBreaks) {
  auto d = only(lint_text("贩运人口\n\n……人口\r\n贩运"), "term.inconsistent");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].text, "人口\r\n贩运");
}

}  // namespace
}  // namespace unlint::testing
