#include <gtest/gtest.h>

#include "dates/date_test_util.h"

namespace unlint::testing {
namespace {

constexpr std::string_view kCode = "date.range";

TEST(DateRange, HyphenBetweenChineseDatesBecomesZhi) {
  for (const BadCase& c : std::initializer_list<BadCase>{
           {"2020年6月30日[[-]]7月17日", "2020年6月30日至7月17日"},
           {"2020年6月30日 [[-]] 7月17日", "2020年6月30日至7月17日"},
           {"2020 年 6 月 30 日[[–]]7 月 17 日", "2020 年 6 月 30 日至7 月 17 日"},
           {"2020年6月30日[[～]]7月17日", "2020年6月30日至7月17日"},
           {"2020年6月30日[[~]]7月17日", "2020年6月30日至7月17日"},
           {"2009年4月20日[[-]]24日", "2009年4月20日至24日"},
           {"2022年7月25日[[-]]2023年7月26日", "2022年7月25日至2023年7月26日"},
           {"2020年6月[[-]]9月", "2020年6月至9月"},
           {"2021年3月1日(星期一)[[-]]3日(星期三)", "2021年3月1日(星期一)至3日(星期三)"},
       }) {
    expect_bad(kCode, c);
  }
}

TEST(DateRange, LineBreakAroundAHyphenStays) {
  std::string text = "2020年6月30日 -\n7月17日";
  EXPECT_EQ(fixed_by(text, kCode), "2020年6月30日 至\n7月17日");
}

TEST(DateRange, EndBeforeStart) {
  for (const BadCase& c : std::initializer_list<BadCase>{
           {"[[2020年7月17日至6月30日]]", ""},
           {"[[2009年4月24日至20日]]", ""},
           {"[[2020年12月30日至1月5日]]", ""},
           {"[[2022年7月25日至2021年7月26日]]", ""},
           {"[[2020年6月至5月]]", ""},
           {"[[2020 年 7 月 17 日至\n\n6 月 30 日]]", ""},
           {"[[7月17日至6月30日]]", ""},
       }) {
    expect_bad(kCode, c);
  }
  auto d = only(lint_text("2020年12月30日至1月5日"), kCode);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].message.find("跨年"), std::string::npos) << d[0].message;
}

TEST(DateRange, RangesInUnFormAreSilent) {
  for (const char* text : {
           "2020 年 6 月 30 日至 7 月 17 日", "2001 年 8 月 31 日至 9 月 8 日",
           "2009 年 4 月 20 日至 24 日", "2022年7月25日至2023年7月26日", "2023年6月13日至16日",
           "2022年6月29日至7月1日", "2020年6月30日到7月17日", "2020年6月30日—7月17日",
           "2020年6月30日至30日", "2022-2025年", "2020年6月30日至今", "2019年10月25日和26日",
           "2020年12月30日至2021年1月5日", "2020年6月至9月",
       }) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(only(lint_text(text), kCode).empty());
  }
}

}  // namespace
}  // namespace unlint::testing
