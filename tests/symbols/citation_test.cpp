#include "symbols/citation.h"

#include <gtest/gtest.h>

#include "engine/resources.h"
#include "text/scan_view.h"

namespace unlint::symbols {
namespace {

std::vector<Citation> cite(const std::string& text) {
  static const SessionCalendar cal =
      SessionCalendar::load(*Resources::bundled().find("rules/sessions.yaml"), "sessions");
  ScanView view(text);
  std::vector<Citation> out;
  find_citations(cal, view, text, out);
  return out;
}

TEST(SymbolCitationParser, BodyDateAndNumber) {
  auto c = cite("回顾人权理事会 2007 年 9 月 28 日第 6/17 号决议，");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].form, CitationForm::kSlash);
  EXPECT_EQ(c[0].first, 6);
  EXPECT_EQ(c[0].second, 17);
  EXPECT_EQ(c[0].body, Body::kHumanRightsCouncil);
  ASSERT_TRUE(c[0].date);
  EXPECT_EQ(*c[0].date, (Date{2007, 9, 28}));
}

TEST(SymbolCitationParser, TitleAndAboutTieTheDate) {
  auto c = cite("回顾大会在2015年9月25日题为“变革我们的世界：2030年可持续发展议程”的第70/1号决议");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].body, Body::kGeneralAssembly);
  ASSERT_TRUE(c[0].date);
  EXPECT_EQ(c[0].date->year, 2015);

  c = cite(
      "促进和保护人权小组委员会第五十二届会议于2000年8月18日通过了关于促进人权问题对话的第2000/"
      "22号决议");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].body, Body::kSubCommission);
  EXPECT_TRUE(c[0].first_is_year);
  ASSERT_TRUE(c[0].date);
  EXPECT_EQ(c[0].date->month, 8);
}

TEST(SymbolCitationParser, ListsInheritTheBody) {
  auto c =
      cite("回顾大会2020年4月2日的第74/270号决议和2020年4月20日关于药品、疫苗的第74/274号决议");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].body, Body::kGeneralAssembly);
  EXPECT_TRUE(c[1].body_inherited);
  ASSERT_TRUE(c[1].date);
  EXPECT_EQ(c[1].date->day, 20);
}

TEST(SymbolCitationParser, UntiedDatesAndBodiesAreNotTaken) {
  auto c = cite("回顾2006年3月15日设立人权理事会的第60/251号决议");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_NE(c[0].body, Body::kHumanRightsCouncil);
  EXPECT_FALSE(c[0].date);
  c = cite("世界卫生大会第60/1号决议");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].body, Body::kOther);
}

TEST(SymbolCitationParser, Forms) {
  auto c = cite("安全理事会第1325(2000)号决议、大会第2200 A (XXI)号决议、第1/CP.21号决定、第3段");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].form, CitationForm::kSecurityCouncil);
  EXPECT_EQ(c[0].second, 2000);
  EXPECT_EQ(c[1].form, CitationForm::kRoman);
  c = cite("人权理事会第2/101号决定");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].decision);
}

TEST(SymbolCitationParser, Defects) {
  auto c = cite("大会第72／5号决议");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].defects, std::vector<CitationDefect>{CitationDefect::kFullWidthSlash});
  EXPECT_EQ(c[0].corrected, "72/5");
  c = cite("大会第７２/５号决议");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].defects, std::vector<CitationDefect>{CitationDefect::kFullWidthDigit});
  EXPECT_EQ(c[0].corrected, "72/5");
}

}  // namespace
}  // namespace unlint::symbols
