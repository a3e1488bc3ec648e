#include "symbols/registry.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "engine/resources.h"

namespace unlint::symbols {
namespace {

TEST(SymbolRegistry, BundledDataLoads) {
  auto reg = SymbolRegistry::load(*Resources::bundled().find("rules/symbols.yaml"), "symbols");
  EXPECT_NE(reg.patterns_for_root("A"), nullptr);
  EXPECT_NE(reg.patterns_for_root("CCPR"), nullptr);
  EXPECT_EQ(reg.patterns_for_root("HRX"), nullptr);
  EXPECT_GE(reg.series().size(), 30u);
}

TEST(SymbolRegistry, SchemaErrorsNameTheLine) {
  try {
    SymbolRegistry::load("series:\n  - prefix: A\n    name: x\n    forms: [\"{q}/{n}\"]\n",
                         "s.yaml");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "s.yaml");
    EXPECT_EQ(e.line(), 4);
    EXPECT_NE(std::string(e.what()).find("{q}"), std::string::npos);
  }
  EXPECT_THROW(SymbolRegistry::load("series:\n  - prefix: A\n    colour: red\n", "s.yaml"), Error);
  EXPECT_THROW(SymbolRegistry::load("series: [", "s.yaml"), Error);
}

TEST(SymbolRegistry, ModifiersSayWhetherTheyTakeANumber) {
  auto reg = SymbolRegistry::load(
      "modifiers: [\"Add.{n}\", Summary]\nseries:\n  - prefix: A\n    name: x\n    forms: [\"{n}\"]\n",
      "s.yaml");
  ASSERT_EQ(reg.modifiers().size(), 2u);
  EXPECT_EQ(reg.modifiers()[0].word, "Add");
  EXPECT_TRUE(reg.modifiers()[0].numbered);
  EXPECT_EQ(reg.modifiers()[1].word, "Summary");
  EXPECT_FALSE(reg.modifiers()[1].numbered);
  try {
    SymbolRegistry::load("modifiers: [Add.1]\nseries: []\n", "s.yaml");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.line(), 1);
    EXPECT_NE(std::string(e.what()).find("Add.{n}"), std::string::npos) << e.what();
  }
}

TEST(SessionCalendar, BundledDataLoads) {
  auto cal = SessionCalendar::load(*Resources::bundled().find("rules/sessions.yaml"), "sessions");
  EXPECT_EQ(cal.hrc_year(1), 2006);
  EXPECT_EQ(cal.hrc_year(3), 2006);
  EXPECT_EQ(cal.hrc_year(4), 2007);
  EXPECT_EQ(cal.hrc_year(11), 2009);
  EXPECT_EQ(cal.hrc_year(44), 2020);
  EXPECT_EQ(cal.hrc_year(52), 2023);
  EXPECT_EQ(cal.sc_year_range(955), (std::pair<int, int>{1994, 1994}));
  EXPECT_EQ(cal.sc_year_range(1325), (std::pair<int, int>{2000, 2000}));
  EXPECT_EQ(cal.sc_year_range(2532), (std::pair<int, int>{2020, 2020}));
  EXPECT_EQ(cal.sc_year_range(2600), (std::pair<int, int>{2020, 2023}));
  EXPECT_EQ(cal.sc_year_range(2800).second, 0);
  // Every dated HRC session falls in the year the three-sessions rule gives.
  for (const auto& [n, parts] : cal.hrc_sessions) {
    EXPECT_EQ(parts.front().first.year, cal.hrc_year(n)) << n;
  }
  ASSERT_FALSE(cal.body_names.empty());
  EXPECT_GE(cal.body_names.front().first.size(), cal.body_names.back().first.size());
}

TEST(SessionCalendar, ChineseNumerals) {
  EXPECT_EQ(chinese_numeral(1), "一");
  EXPECT_EQ(chinese_numeral(10), "十");
  EXPECT_EQ(chinese_numeral(11), "十一");
  EXPECT_EQ(chinese_numeral(31), "三十一");
  EXPECT_EQ(chinese_numeral(67), "六十七");
  EXPECT_EQ(chinese_numeral(100), "一百");
  EXPECT_EQ(chinese_numeral(105), "一百零五");
  EXPECT_EQ(chinese_numeral(110), "一百一十");
}

TEST(SessionCalendar, AnchorsMustBeOrdered) {
  EXPECT_THROW(
      SessionCalendar::load("security_council:\n  anchors: [[10, 1950], [5, 1949]]\n", "c.yaml"),
      Error);
  EXPECT_THROW(SessionCalendar::load("human_rights_council:\n  sessions:\n    1: [[2006-13-01, "
                                     "2006-06-30]]\n",
                                     "c.yaml"),
               Error);
}

}  // namespace
}  // namespace unlint::symbols
