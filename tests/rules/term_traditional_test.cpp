#include <gtest/gtest.h>

#include "test_util.h"

namespace unlint::testing {
namespace {

TEST(TermTraditional, ReportsEachChangedCharacterWithAFix) {
  Annotated a = annotate("向人[[權]]理事[[會]]提交");
  auto d = only(lint_text(a.text), "term.traditional");
  EXPECT_EQ(spans_of(d, "term.traditional"), a.spans);
  EXPECT_EQ(fixed(a.text), "向人权理事会提交");
}

TEST(TermTraditional, SimplifiedTextIsSilent) {
  EXPECT_TRUE(only(lint_text("重申致力于按照《联合国宪章》促进国际合作，以加强会员国之间在人权领域的"
                             "真诚合作，回顾大会的有关决议，注意到秘书长的报告。"),
                   "term.traditional")
                  .empty());
}

TEST(TermTraditional, SimplifiedUsesOfCharactersIcuWouldChangeAreAllowed) {
  // rules/traditional.yaml: 著 in 土著人民 is simplified usage, though ICU maps 著 to 着.
  EXPECT_TRUE(only(lint_text("境内流离失所者和土著人民的权利，与时俱进，慰藉"), "term.traditional").empty());
  EXPECT_EQ(only(lint_text("此後"), "term.traditional").size(), 1u);
}

TEST(TermTraditional, WholeTraditionalSentence) {
  std::string text = "聯合國人權事務高級專員辦事處";
  EXPECT_EQ(fixed(text), "联合国人权事务高级专员办事处");
}

TEST(TermTraditional, CharactersOutsideTheBmpDoNotConfuseOffsets) {
  Annotated a = annotate("𠀀人[[權]]");
  EXPECT_EQ(spans_of(lint_text(a.text), "term.traditional"), a.spans);
}

TEST(TermTraditional, CorpusIsSilent) {
  auto text = corpus_text();
  if (!text) GTEST_SKIP() << "../shared/corpus is not here";
  EXPECT_TRUE(only(lint_text(*text), "term.traditional").empty());
}

}  // namespace
}  // namespace unlint::testing
