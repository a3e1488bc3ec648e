#include <gtest/gtest.h>

#include "dates/date_test_util.h"

namespace unlint::testing {
namespace {

constexpr std::string_view kCode = "date.weekday";

TEST(DateWeekday, WrongWeekdayIsReportedWithoutAFix) {
  for (const BadCase& c : std::initializer_list<BadCase>{
           {"2021年3月1日([[星期二]])", ""},
           {"2021年3月1日（[[周三]]）", ""},
           {"2023年8月30日[[星期四]]上午10时", ""},
           {"2020年2月29日（[[星期五]]）", ""},
           {"2000年1月1日 ( [[星期日]] )", ""},
           {"2021年3月1日至3日（[[星期四]]）", ""},
           {"２０２１年３月１日（[[星期二]]）", ""},
           {"2021 年 3 月 1\n日([[星期天]])", ""},
           {"二〇二一年三月一日[[星期五]]", ""},
       }) {
    expect_bad(kCode, c);
  }
  auto d = only(lint_text("2021年3月1日(星期二)"), kCode);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].message,
            "2021年3月1日是星期一，不是“星期二”。(weekday: 1 March 2021 is a Monday, not a Tuesday)");
}

TEST(DateWeekday, MatchingWeekdaysAreSilent) {
  for (const char* text : {
           "2021年3月1日(星期一)", "2021年3月1日（周一）", "2023年8月30日星期三上午10时",
           "2020年2月29日（星期六）", "2000年1月1日(星期六)", "2021年3月7日(星期日)",
           "2021年3月7日(星期天)", "2024年2月29日(星期四)", "3月1日(星期二)",
           "2021年3月1日至3日(星期三)",
       }) {
    expect_good(text);
  }
}

TEST(DateWeekday, ImpossibleDateIsLeftToDateInvalid) {
  auto d = lint_text("2021年2月29日(星期一)");
  EXPECT_TRUE(only(d, kCode).empty());
  EXPECT_EQ(only(d, "date.invalid").size(), 1u);
}

}  // namespace
}  // namespace unlint::testing
