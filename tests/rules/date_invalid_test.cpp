#include <gtest/gtest.h>

#include "dates/date_test_util.h"

namespace unlint::testing {
namespace {

constexpr std::string_view kCode = "date.invalid";

TEST(DateInvalid, DaysThatDoNotExist) {
  for (const BadCase& c : std::initializer_list<BadCase>{
           {"于[[2022年2月30日]]通过", ""},
           {"于[[2022年4月31日]]通过", ""},
           {"于[[2022年6月31日]]通过", ""},
           {"于[[2022年9月31日]]通过", ""},
           {"于[[2022年11月31日]]通过", ""},
           {"于[[2022年1月32日]]通过", ""},
           {"于[[2022年1月0日]]通过", ""},
           {"于[[2022 年 4 月 31\n\n日]]通过", ""},
           {"于[[２０２２年４月３１日]]通过", ""},
           {"于[[2月30日]]通过", ""},
           {"于[[二〇二二年二月三十日]]通过", ""},
       }) {
    expect_bad(kCode, c);
  }
}

TEST(DateInvalid, LeapYears) {
  for (const BadCase& c : std::initializer_list<BadCase>{
           {"于[[2021年2月29日]]通过", ""},
           {"于[[2022年2月29日]]通过", ""},
           {"于[[2023年2月29日]]通过", ""},
           {"于[[1900年2月29日]]通过", ""},
           {"于[[2100年2月29日]]通过", ""},
       }) {
    expect_bad(kCode, c);
  }
  auto d = only(lint_text("于2021年2月29日通过"), kCode);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].message,
            "日期“2021年2月29日”不存在：2021年不是闰年，2月只有28天。"
            "(invalid date: 2021 is not a leap year; February has 28 days)");
  for (const char* good : {"2020年2月29日", "2000年2月29日", "2024年2月29日", "1996年2月29日",
                           "2月29日", "2400年2月29日"}) {
    expect_good(good);
  }
}

TEST(DateInvalid, MonthsThatDoNotExist) {
  for (const BadCase& c : std::initializer_list<BadCase>{
           {"于[[2022年13月1日]]通过", ""},
           {"于[[2022年0月1日]]通过", ""},
           {"于[[2022年13月]]通过", ""},
           {"于[[2022-13-01]]通过", ""},
           {"于[[31/13/2020]]通过", ""},
       }) {
    expect_bad(kCode, c);
  }
}

TEST(DateInvalid, PartsOmittedInRangesAndListsComeFromTheStart) {
  for (const BadCase& c : std::initializer_list<BadCase>{
           {"2021年2月20日至[[30日]]", ""},
           {"2022年4月29日至[[31日]]", ""},
           {"2019年10月25日和[[32日]]", ""},
           {"2021年1月20日至[[2月29日]]", ""},
       }) {
    expect_bad(kCode, c);
  }
  auto d = only(lint_text("2021年2月20日至30日"), kCode);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].message.find("（即2021年2月30日）"), std::string::npos) << d[0].message;
}

TEST(DateInvalid, ExistingDatesAreSilent) {
  for (const char* text : {"2021年2月28日", "2021年12月31日", "2021年1月31日", "2021年4月30日",
                           "2020年6月30日至7月17日", "2019年10月25日和26日", "30/6/2020在日内瓦",
                           "3/6/2020在日内瓦", "2020年6月"}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(only(lint_text(text), kCode).empty());
  }
}

}  // namespace
}  // namespace unlint::testing
