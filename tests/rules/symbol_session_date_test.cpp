#include <gtest/gtest.h>

#include "test_util.h"

namespace unlint::testing {
namespace {

TEST(SymbolSessionDate, MismatchesAreReported) {
  const char* const cases[] = {
      "大会2021年12月16日第[[67/180]]号决议",
      "人权理事会2018年3月23日第[[11/2]]号决议",
      "人权理事会2020年3月23日第[[44/1]]号决议",
      "人权理事会2011年3月25日第[[17/4]]号决议",
      "大会在2015年9月25日题为“变革我们的世界”的第[[71/1]]号决议",
      "安全理事会2001年10月31日第[[1325(2000)]]号决议",
      "经济及社会理事会2022年7月22日第[[2023/5]]号决议",
      "小组委员会于2001年8月18日通过了关于对话的第[[2000/22]]号决议",
  };
  for (const char* marked : cases) {
    Annotated a = annotate(marked);
    auto d = only(lint_text(a.text), "symbol.session-date");
    ASSERT_EQ(d.size(), 1u) << marked;
    EXPECT_EQ(d[0].span, a.spans[0]) << marked;
    EXPECT_EQ(d[0].severity, Severity::kWarning);
    ASSERT_EQ(d[0].related.size(), 1u);
  }
}

TEST(SymbolSessionDate, MatchingOrUntiedDatesPass) {
  for (const char* text :
       {"人权理事会 2007 年 9 月 28 日第 6/17 号决议",
        "大会2015年7月27日关于《亚的斯亚贝巴行动议程》的第69/313号决议",
        "大会在 1986 年 12 月 4 日题为“发展权利宣言”的第 41/128 号决议",
        "人权理事会2019年7月11日第41/3号决议", "人权理事会2012年9月27日第21/11号决议",
        "人权理事会2022年10月6日第51/4号决议", "大会1991年12月19日第46/182号决议",
        "安全理事会2000年10月31日第1325(2000)号决议",
        "2021年12月16日，各国回顾了大会第67/180号决议",  // the date is not the resolution's
        "2006年3月15日设立人权理事会的第60/251号决议"}) {
    auto d = only(lint_text(text), "symbol.session-date");
    EXPECT_TRUE(d.empty()) << text << ": " << (d.empty() ? "" : d[0].message);
  }
}

TEST(SymbolSessionDate, BodyAfterAConjunctionAdoptsItsResolution) {
  // The second citation is the Council's, not the Assembly's cited before it.
  Annotated a = annotate("回顾大会2015年9月25日第70/1号决议和人权理事会2018年3月23日第[[11/2]]号决议");
  EXPECT_EQ(spans_of(lint_text(a.text), "symbol.session-date"), a.spans);
  EXPECT_TRUE(only(lint_text(a.text), "symbol.citation").empty());
}

TEST(SymbolSessionDate, MessageForTheGeneralAssembly) {
  auto d = only(lint_text("大会2021年12月16日第67/180号决议"), "symbol.session-date");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].message.find("2012年9月至2013年9月"), std::string::npos) << d[0].message;
}

}  // namespace
}  // namespace unlint::testing
