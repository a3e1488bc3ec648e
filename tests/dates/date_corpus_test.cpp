// The date rules over the real draft and over a table of dates in the UN form: no finding.
#include <gtest/gtest.h>

#include "dates/date_test_util.h"

namespace unlint::testing {
namespace {

bool is_han_byte_start(std::string_view s, size_t i) {
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) >= 0xE3 &&
         static_cast<unsigned char>(s[i]) <= 0xE9;
}

// Drops spaces that stand between a digit and a Chinese character (either order).
std::string without_digit_han_spaces(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == ' ') {
      size_t j = i;
      while (j < s.size() && s[j] == ' ') ++j;
      bool digit_before = !out.empty() && out.back() >= '0' && out.back() <= '9';
      bool han_before = out.size() >= 3 &&
                        is_han_byte_start(std::string_view(out), out.size() - 3);
      bool digit_after = j < s.size() && s[j] >= '0' && s[j] <= '9';
      bool han_after = is_han_byte_start(s, j);
      if ((digit_before && han_after) || (han_before && digit_after)) {
        i = j;
        continue;
      }
    }
    out += s[i++];
  }
  return out;
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  for (size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) {
    s.replace(at, from.size(), to);
  }
  return s;
}

TEST(DateCorpus, DraftIsSilentInEveryShape) {
  auto text = corpus_text();
  if (!text) GTEST_SKIP() << "../shared/corpus is not here";
  std::string lf = replace_all(*text, "\r\n", "\n");
  std::vector<std::pair<const char*, std::string>> shapes = {
      {"as is", *text},
      {"CRLF", replace_all(lf, "\n", "\r\n")},
      {"no digit/Han spaces", without_digit_han_spaces(lf)},
      {"lines joined", replace_all(lf, "\n", "")},
      {"lines joined with spaces", replace_all(lf, "\n", " ")},
  };
  for (const auto& [name, shape] : shapes) {
    SCOPED_TRACE(name);
    auto d = date_diags(shape);
    EXPECT_TRUE(d.empty()) << describe(d);
  }
}

TEST(DateCorpus, DraftDatesAreAllFound) {
  auto text = corpus_text();
  if (!text) GTEST_SKIP() << "../shared/corpus is not here";
  // The split date is found whole, across its line break.
  EXPECT_NE(text->find("2019 年 12 月 18"), std::string::npos);
  EXPECT_TRUE(date_diags(*text).empty());
  // Each range and list of the draft, broken on purpose, is then caught.
  for (const char* broken : {"2020 年 6 月 30 日至 6 月 17 日", "2009 年 4 月 24 日至 20 日"}) {
    EXPECT_EQ(only(lint_text(broken), "date.range").size(), 1u) << broken;
  }
}

TEST(DateCorpus, FiftyGoodDates) {
  const std::vector<const char*> good = {
      "2020年6月30日",
      "2020 年 6 月 30 日",
      "2019 年 12 月 18\n\n日",
      "2019 年 12 月 18\r\n\r\n日",
      "2020\u3000年\u30006\u3000月\u300030\u3000日",
      "2020 年 6\n月 30 日",
      "2020年6月30日至7月17日",
      "2020 年 6 月 30 日至 7 月 17 日",
      "2019 年 10 月 25 日和 26 日",
      "2001 年 8 月 31 日至 9 月 8 日",
      "2009 年 4 月 20 日至 24 日",
      "2020年2月29日",
      "2000年2月29日",
      "2024年2月29日",
      "1996年2月29日",
      "2021年2月28日",
      "2021年12月31日",
      "2021年1月1日",
      "2022年7月25日至2023年7月26日",
      "2023年6月13日至16日",
      "2022年6月29日至7月1日",
      "2023年8月30日星期三上午10时",
      "2001年3月5日星期一",
      "2021年3月1日（星期一）",
      "2021年3月1日(星期一)",
      "2021年3月1日（周一）",
      "2020年6月",
      "6月30日",
      "2020年6月30日—7月17日",
      "2020年6月30日到7月17日",
      "2020年6月30日至2020年7月17日",
      "2020年6月30日和7月1日",
      "2020年6月30日、7月1日和7月2日",
      "2019年12月18日第74/153号决议",
      "大会2020年4月2日关于全球团结的第74/270号决议",
      "2015年9月25日题为",
      "每年1月1日",
      "2020年6月30日前",
      "1948年12月10日通过的《世界人权宣言》",
      "1986年12月4日",
      "1993年6月25日",
      "2000年9月8日",
      "2006年3月15日",
      "2007年9月28日",
      "2018年4月6日",
      "2020年6月至9月",
      "2023年6月13日至16日在日内瓦举行",
      "2020年6月30日至30日",
      "2021年3月7日(星期日)",
      "1582年10月15日",
      "1999年12月31日至2000年1月1日",
      "2030年12月31日",
      "2020年6月30日至今",
      "第四十四届会议",
      "2030 年可持续发展议程",
      "2022-2025年",
      "第 2000/22 号决议",
      "1. 重申",
      "第1.2.3段",
      "1 000 名",
      "2019 冠状病毒病(COVID-19)",
      "第30号决议",
      "20世纪90年代",
      "上午10时10分",
      "Report of 2020-06-30",
      "https://www.un.org/2020/06/30/news",
  };
  EXPECT_GE(good.size(), 50u);
  for (const char* text : good) expect_good(text);
}

}  // namespace
}  // namespace unlint::testing
