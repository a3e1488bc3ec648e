#include <gtest/gtest.h>

#include "dates/date_test_util.h"

namespace unlint::testing {
namespace {

constexpr std::string_view kCode = "date.format";

TEST(DateFormat, LeadingZeros) {
  for (const BadCase& c : std::initializer_list<BadCase>{
           {"会议于[[2021年03月01日]]举行。", "会议于2021年3月1日举行。"},
           {"会议于[[2021年3月01日]]举行。", "会议于2021年3月1日举行。"},
           {"会议于[[2021年03月1日]]举行。", "会议于2021年3月1日举行。"},
           {"会议于[[2020年06月]]举行。", "会议于2020年6月举行。"},
           {"截至[[06月30日]]。", "截至6月30日。"},
           {"会议于[[2021 年 03 月 01 日]]举行。", "会议于2021 年 3 月 1 日举行。"},
           {"大会[[2019 年 12 月 08\n\n日]]第 74/153 号决议", "大会2019 年 12 月 8\n\n日第 74/153 号决议"},
           {"2021年3月1日至[[04月2日]]。", "2021年3月1日至4月2日。"},
       }) {
    expect_bad(kCode, c);
  }
}

TEST(DateFormat, MessageFollowsTheUnForm) {
  auto d = only(lint_text("会议于2021年03月01日举行。"), kCode);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].message,
            "日期“2021年03月01日”的月份和日有前导零，应为“2021年3月1日”。"
            "(date format: no leading zeros; use “2021年3月1日”)");
  EXPECT_EQ(d[0].severity, Severity::kError);
}

TEST(DateFormat, NumericDatesInChineseText) {
  for (const BadCase& c : std::initializer_list<BadCase>{
           {"会议于[[2020-06-30]]举行。", "会议于2020年6月30日举行。"},
           {"会议于[[2020/6/30]]举行。", "会议于2020年6月30日举行。"},
           {"会议于[[2020.6.30]]举行。", "会议于2020年6月30日举行。"},
           {"会议于[[2020-6-3]]举行。", "会议于2020年6月3日举行。"},
           {"会议于[[2020/06/30]]举行。", "会议于2020年6月30日举行。"},
           {"会议于 [[2020-06-30]] 举行。", "会议于 2020年6月30日 举行。"},
           {"会议于[[30/6/2020]]举行。", "会议于2020年6月30日举行。"},
           {"会议于[[30.6.2020]]举行。", "会议于2020年6月30日举行。"},
           {"会议于[[6/30/2020]]举行。", "会议于2020年6月30日举行。"},
           {"会议于[[3/3/2020]]举行。", "会议于2020年3月3日举行。"},
           {"会议于[[２０２０－０６－３０]]举行。", "会议于2020年6月30日举行。"},
           {"会议于[[２０２０／６／３０]]举行。", "会议于2020年6月30日举行。"},
       }) {
    expect_bad(kCode, c);
  }
}

TEST(DateFormat, AmbiguousDayMonthOrderHasNoFix) {
  for (const BadCase& c : std::initializer_list<BadCase>{
           {"会议于[[3/6/2020]]举行。", ""},
           {"会议于[[12/11/2020]]举行。", ""},
           {"会议于[[1.2.2021]]举行。", ""},
       }) {
    expect_bad(kCode, c);
  }
  auto d = only(lint_text("会议于3/6/2020举行。"), kCode);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].message.find("“2020年6月3日”或“2020年3月6日”"), std::string::npos);
}

TEST(DateFormat, ChineseNumerals) {
  for (const BadCase& c : std::initializer_list<BadCase>{
           {"于[[二〇二一年三月一日]]通过", "于2021年3月1日通过"},
           {"于[[二〇二〇年十二月三十一日]]通过", "于2020年12月31日通过"},
           {"于[[一九九五年九月十五日]]通过", "于1995年9月15日通过"},
           {"于[[二零二一年十月二十日]]通过", "于2021年10月20日通过"},
           {"于[[二〇二一年三月]]通过", "于2021年3月通过"},
           {"自[[三月一日]]起", "自3月1日起"},
           {"于[[二〇二一 年 三 月 一 日]]通过", "于2021 年 3 月 1 日通过"},
           {"于[[二〇二一年三月一号]]通过", "于2021年3月1日通过"},
           {"于[[2021年三月一日]]通过", "于2021年3月1日通过"},
       }) {
    expect_bad(kCode, c);
  }
}

TEST(DateFormat, HaoForRi) {
  for (const BadCase& c : std::initializer_list<BadCase>{
           {"于[[2020年6月30号]]通过", "于2020年6月30日通过"},
           {"于[[6月30号]]通过", "于6月30日通过"},
           {"于[[2020 年 6 月 30 号]]通过", "于2020 年 6 月 30 日通过"},
           {"2019年10月25日和[[26号]]举行", "2019年10月25日和26日举行"},
       }) {
    expect_bad(kCode, c);
  }
}

TEST(DateFormat, FullWidthDigits) {
  for (const BadCase& c : std::initializer_list<BadCase>{
           {"于[[２０２０年６月３０日]]通过", "于2020年6月30日通过"},
           {"于[[２０２０年6月30日]]通过", "于2020年6月30日通过"},
           {"于[[２０２０年０６月３日]]通过", "于2020年6月3日通过"},
           {"于[[２０２０ 年 ６ 月\n３０ 日]]通过", "于2020 年 6 月\n30 日通过"},
       }) {
    expect_bad(kCode, c);
  }
}

TEST(DateFormat, TwoDigitYearHasNoFix) {
  expect_bad(kCode, {"于[[20年6月30日]]通过", ""});
  expect_bad(kCode, {"于[[99年12月1日]]通过", ""});
}

TEST(DateFormat, UnFormAndNonDatesAreSilent) {
  for (const char* text : {
           "2020年6月30日", "2020 年 6 月 30 日", "大会 2019 年 12 月 18\n\n日第 74/153 号决议",
           "2019 年 10 月 25 日和 26 日", "第四十四届会议", "2030 年可持续发展议程", "2022-2025年",
           "第 2000/22 号决议", "第30号决议", "20世纪90年代", "Report of 2020-06-30",
           "https://www.un.org/2020/06/30/news", "第1.2.3段", "每年1月1日",
       }) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(only(lint_text(text), kCode).empty());
  }
}

}  // namespace
}  // namespace unlint::testing
