#include "dates/date_parser.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "dates/calendar.h"
#include "dates/date_test_util.h"
#include "engine/resources.h"
#include "text/scan_view.h"

namespace unlint::testing {
namespace {

using dates::DateGrammar;
using dates::DateMatch;
using dates::Layout;
using dates::Link;
using dates::Order;

const DateGrammar& grammar() {
  static const DateGrammar g = DateGrammar::load(Resources::bundled());
  return g;
}

std::vector<DateMatch> find(std::string_view text) {
  return dates::find_dates(ScanView(text).text(), grammar());
}

struct Ymd {
  int y, m, d;
};

void expect_one(std::string_view text, Ymd want) {
  SCOPED_TRACE(std::string(text));
  auto found = find(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].y, want.y);
  EXPECT_EQ(found[0].m, want.m);
  EXPECT_EQ(found[0].d, want.d);
}

TEST(DateParser, ChineseLayoutWithPdfSpacesAndBreaks) {
  expect_one("2020年6月30日", {2020, 6, 30});
  expect_one("于 2020 年 6 月 30 日举行", {2020, 6, 30});
  expect_one("大会 2019 年 12 月 18\n\n日第 74/153 号决议", {2019, 12, 18});
  expect_one("大会 2019 年 12 月 18\r\n\r\n日第 74/153 号决议", {2019, 12, 18});
  expect_one("２０２０年６月３０日", {2020, 6, 30});
  expect_one("2020\u3000年\u30006\u3000月\u300030\u3000日", {2020, 6, 30});
  expect_one("2021年03月01日", {2021, 3, 1});
  expect_one("2020年6月", {2020, 6, 0});
  expect_one("每年1月1日", {0, 1, 1});
}

TEST(DateParser, HanNumerals) {
  expect_one("二〇二一年三月一日", {2021, 3, 1});
  expect_one("二〇二〇年十二月三十一日", {2020, 12, 31});
  expect_one("一九九五年九月十五日", {1995, 9, 15});
  expect_one("二零零八年十月二十日", {2008, 10, 20});
  expect_one("二○二一年十一月", {2021, 11, 0});
  expect_one("三月一日起", {0, 3, 1});
  auto m = find("二〇二一年三月一日")[0];
  EXPECT_TRUE(m.year.han);
  EXPECT_TRUE(m.month.han);
  EXPECT_TRUE(m.day.han);
}

TEST(DateParser, NumericLayouts) {
  auto m = find("会议于2020-06-30举行")[0];
  EXPECT_EQ(m.layout, Layout::kYearFirst);
  EXPECT_EQ(m.separator, '-');
  expect_one("会议于2020/6/30举行", {2020, 6, 30});
  expect_one("会议于2020.6.30举行", {2020, 6, 30});
  expect_one("会议于２０２０／６／３０举行", {2020, 6, 30});
  expect_one("会议于30/6/2020举行", {2020, 6, 30});
  expect_one("会议于6/30/2020举行", {2020, 6, 30});
  expect_one("会议于3/3/2020举行", {2020, 3, 3});
  auto amb = find("会议于3/6/2020举行");
  ASSERT_EQ(amb.size(), 1u);
  EXPECT_EQ(amb[0].layout, Layout::kYearLast);
  EXPECT_EQ(amb[0].order, Order::kAmbiguous);
  EXPECT_EQ(amb[0].m, 0);
  auto bad = find("会议于31/13/2020举行");
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].order, Order::kImpossible);
}

TEST(DateParser, RangesAndListsTakeOmittedPartsFromTheStart) {
  auto r = find("2020 年 6 月 30 日至 7 月 17 日");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].link, Link::kRange);
  EXPECT_EQ(r[1].prev, 0);
  EXPECT_EQ(r[1].y, 2020);
  EXPECT_EQ(r[1].m, 7);
  EXPECT_EQ(r[1].d, 17);
  auto days = find("2009 年 4 月 20 日至 24 日");
  ASSERT_EQ(days.size(), 2u);
  EXPECT_EQ(days[1].y, 2009);
  EXPECT_EQ(days[1].m, 4);
  EXPECT_EQ(days[1].d, 24);
  auto list = find("2019 年 10 月 25 日和 26 日在巴库");
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[1].link, Link::kList);
  EXPECT_EQ(list[1].d, 26);
  EXPECT_EQ(list[1].m, 10);
  auto hyphen = find("2020年6月30日 - 7月17日");
  ASSERT_EQ(hyphen.size(), 2u);
  EXPECT_TRUE(hyphen[1].connector_reported);
  auto months = find("2020年6月至9月");
  ASSERT_EQ(months.size(), 2u);
  EXPECT_EQ(months[1].m, 9);
  EXPECT_FALSE(months[1].has_day);
  auto years = find("2022年7月25日至2023年7月26日");
  ASSERT_EQ(years.size(), 2u);
  EXPECT_EQ(years[1].y, 2023);
}

TEST(DateParser, WeekdaysAfterADate) {
  auto w = find("2021年3月1日(星期一)");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].weekday_iso, 1);
  EXPECT_EQ(find("2021年3月1日（周三）")[0].weekday_iso, 3);
  EXPECT_EQ(find("2023年8月30日星期三上午10时")[0].weekday_iso, 3);
  EXPECT_EQ(find("2021年3月1日 (Monday)")[0].weekday_iso, 0);
}

TEST(DateParser, NotDates) {
  for (const char* text :
       {"第四十四届会议", "2030 年可持续发展议程", "2022-2025年", "第 2000/22 号决议",
        "第 74/153 号决议", "A/HRC/44/28", "E/CN.4/2001/2-E/CN.4/Sub.2/2000/46", "1. 重申",
        "第1.2.3段", "1 000 名", "2019 冠状病毒病(COVID-19)", "第30号决议", "6月30号决议",
        "20世纪90年代", "上午10时10分", "10/11", "https://www.un.org/2020/06/30/news",
        "Report of 2020-06-30", "一年内三个月", "十二月份", "星期一", "2020年第3季度",
        "1999年", "第2021/3号决定", "version 1.2.3 发布", "12020年6月", "二〇二一年",
        "三月", "数字2020-06-301", "2020-06-30T10:00 起"}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(find(text).empty());
  }
}

TEST(DateParser, ViewRangesMapBackToTheDocument) {
  std::string text = "于2019 年 12 月 18\n\n日通过";
  ScanView view(text);
  auto found = dates::find_dates(view.text(), grammar());
  ASSERT_EQ(found.size(), 1u);
  Span s = view.to_doc(found[0].begin, found[0].end);
  EXPECT_EQ(text.substr(s.begin, s.size()), "2019 年 12 月 18\n\n日");
}

TEST(DateParser, UnForm) {
  EXPECT_EQ(dates::un_form(find("2021年03月01日")[0], grammar()), "2021年3月1日");
  EXPECT_EQ(dates::un_form(find("会议于2020-06-30举行")[0], grammar()), "2020年6月30日");
  EXPECT_EQ(dates::un_form(find("会议于3/6/2020举行")[0], grammar()), "");
  EXPECT_EQ(dates::un_form(find("20年6月30日")[0], grammar()), "");
  EXPECT_EQ(dates::english_date(2021, 3, 1), "1 March 2021");
}

TEST(DateParser, CalendarFromIcu) {
  dates::Calendar cal;
  ASSERT_TRUE(cal.ok());
  EXPECT_TRUE(cal.exists(2020, 2, 29));
  EXPECT_TRUE(cal.exists(2000, 2, 29));
  EXPECT_FALSE(cal.exists(1900, 2, 29));
  EXPECT_FALSE(cal.exists(2021, 2, 29));
  EXPECT_FALSE(cal.exists(2022, 4, 31));
  EXPECT_TRUE(cal.exists(0, 2, 29));
  EXPECT_EQ(cal.days_in_month(2021, 2), 28);
  EXPECT_EQ(cal.days_in_month(2024, 2), 29);
  EXPECT_EQ(cal.iso_weekday(2021, 3, 1), 1);
  EXPECT_EQ(cal.iso_weekday(2000, 1, 1), 6);
  EXPECT_EQ(cal.iso_weekday(2021, 3, 7), 7);
}

TEST(DateParser, GrammarSchemaErrorsNameTheLine) {
  try {
    DateGrammar::parse("units:\n  year: 年年\n", "dates.yaml");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "dates.yaml");
    EXPECT_EQ(e.line(), 2);
  }
  EXPECT_THROW(DateGrammar::parse("- a\n", "dates.yaml"), Error);
  EXPECT_THROW(DateGrammar::parse("units: [", "dates.yaml"), Error);
}

}  // namespace
}  // namespace unlint::testing
