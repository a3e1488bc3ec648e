#include <gtest/gtest.h>

#include "test_util.h"

namespace unlint::testing {
namespace {

TEST(SymbolCitation, WellFormedCitationsPass) {
  for (const char* text : {"大会第70/1号决议",
                           "大会 2019 年 12 月 18 日第 74/153 号决议",
                           "人权理事会 2007 年 9 月 28 日第 6/17 号决议",
                           "第 2000/22 号决议",
                           "促进和保护人权小组委员会第五十二届会议于 2000 年 8 月 18 "
                           "日通过了关于促进人权问题对话的第 2000/22 号决议",
                           "安全理事会第1325(2000)号决议",
                           "安全理事会第984(1995)号决议",
                           "第2334(2016)号决议",
                           "安全理事会第1244（1999）号决议",
                           "大会第2200 A (XXI)号决议",
                           "大会第217 A(III)号决议",
                           "经济及社会理事会第1817(LV)号决议",
                           "经济及社会理事会第1996/31号决议",
                           "理事会2023年4月5日第2023/315号决定",
                           "人权理事会第2/101号决定",
                           "第1/CP.21号决定",
                           "大会S-24/2号决议",
                           "人权委员会第2005/69号决议",
                           "大会第74/270号和第74/274号决议",
                           "第 44/… 号决议",
                           "大会第31/16 A号决议",
                           "人权理事会第17/4号决议，第1段。",
                           // A World Health Assembly resolution (WHA58.3), as a 2023 UN report
                           // cites it: the full stop is how that body numbers resolutions.
                           "世界卫生组织，WHA58/2005/REC/1号文件，第58.3号决议，附件。"}) {
    auto d = lint_text(text);
    for (const auto& x : d) {
      EXPECT_FALSE(x.code.starts_with("symbol.")) << text << ": " << x.message;
    }
  }
}

struct Case {
  const char* marked;
  const char* after;  // nullptr when no fix is offered
};

TEST(SymbolCitation, MalformedNumbersAreFixed) {
  const Case cases[] = {
      {"大会第[[72-5]]号决议", "大会第72/5号决议"},
      {"大会第[[72／5]]号决议", "大会第72/5号决议"},
      {"大会第[[72.5]]号决议", "大会第72/5号决议"},
      {"大会第 [[70 / 1]] 号决议", "大会第 70/1 号决议"},
      {"大会第[[７０/１]]号决议", "大会第70/1号决议"},
      {"人权理事会第[[44\\1]]号决议", "人权理事会第44/1号决议"},
      {"人权理事会第[[6–17]]号决定", "人权理事会第6/17号决定"},
  };
  for (const Case& c : cases) {
    Annotated a = annotate(c.marked);
    auto d = only(lint_text(a.text), "symbol.citation");
    ASSERT_EQ(d.size(), 1u) << c.marked;
    EXPECT_EQ(d[0].span, a.spans[0]) << c.marked;
    EXPECT_EQ(d[0].severity, Severity::kError);
    EXPECT_EQ(fixed(a.text), c.after) << c.marked;
  }
}

TEST(SymbolCitation, ImpossibleCitationsAreReported) {
  const char* const cases[] = {
      "安全理事会第[[2532]]号决议",                  // no year
      "安全理事会第[[2532(2019)]]号决议",            // adopted in 2020
      "安全理事会第[[1325(2001)]]号决议",            // adopted in 2000
      "第[[955(1995)]]号决议",                       // adopted in 1994
      "安全理事会第[[70/1]]号决议",                  // SC resolutions carry no session
      "大会第[[25/3]]号决议",                        // numbering session/number only since 1976
      "大会第[[95/1]]号决议",                        // session not yet held
      "大会第[[2015/3]]号决议",                      // GA numbers by session
      "人权理事会第[[70/1]]号决议",                  // session not yet held
      "人权理事会第[[2015/3]]号决议",                // HRC numbers by session
      "人权委员会第[[2010/5]]号决议",                // the Commission ended in 2006
      "促进和保护人权小组委员会第[[2007/3]]号决议",  // ended in 2006
      "经济及社会理事会第[[44/3]]号决议",            // ECOSOC numbers by year
      "经济及社会理事会第[[1940/3]]号决议",          // before the United Nations
  };
  for (const char* marked : cases) {
    Annotated a = annotate(marked);
    auto d = only(lint_text(a.text), "symbol.citation");
    ASSERT_EQ(d.size(), 1u) << marked;
    EXPECT_EQ(d[0].span, a.spans[0]) << marked;
    EXPECT_TRUE(d[0].fixes.empty()) << marked;
  }
}

TEST(SymbolCitation, SecurityCouncilAfterAConjunction) {
  Annotated a = annotate("以及安全理事会第[[2532]]号决议");
  EXPECT_EQ(spans_of(lint_text(a.text), "symbol.citation"), a.spans);
}

TEST(SymbolCitation, SecurityCouncilMessage) {
  auto d = only(lint_text("安全理事会第2532(2019)号决议"), "symbol.citation");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].message,
            "安全理事会第2532号决议通过于2020年，不可能是2019年。(Security Council resolution "
            "2532 was adopted in 2020, not in 2019)");
  ASSERT_EQ(d[0].related.size(), 1u);
}

}  // namespace
}  // namespace unlint::testing
