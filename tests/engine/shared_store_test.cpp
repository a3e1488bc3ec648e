// SharedStore: a value is made once per type and key, by the first caller that asks; the rules
// of a family get one copy of their data per pack and one parse per document.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/rule.h"
#include "glossary/glossary.h"
#include "text/scan_view.h"
#include "test_util.h"

namespace unlint::testing {
namespace {

TEST(SharedStore, MakesEachTypeAndKeyOnce) {
  SharedStore store;
  int made = 0;
  int a = 0, b = 0;
  auto make = [&] {
    ++made;
    return std::string("value");
  };
  auto first = store.get<std::string>(&a, make);
  auto again = store.get<std::string>(&a, make);
  EXPECT_EQ(made, 1);
  EXPECT_EQ(first.get(), again.get());
  auto other_key = store.get<std::string>(&b, make);
  EXPECT_EQ(made, 2);
  EXPECT_NE(first.get(), other_key.get());
  auto other_type = store.get<std::vector<int>>(&a, [] { return std::vector<int>{1, 2}; });
  EXPECT_EQ(other_type->size(), 2u);
  EXPECT_EQ(made, 2);
}

TEST(SharedStore, TakesAValueMadeElsewhere) {
  SharedStore store;
  auto made = std::make_shared<const std::string>("data");
  auto got = store.get<std::string>(nullptr, [&] { return made; });
  EXPECT_EQ(got.get(), made.get());
  EXPECT_EQ(store.get<std::string>(nullptr, [] { return std::string("other"); }).get(), made.get());
}

// A value made while another is being made (a parse that needs another parse) is kept too.
TEST(SharedStore, NestedMakesAreKept) {
  SharedStore store;
  int key = 0;
  auto outer = store.get<std::string>(&key, [&] {
    auto inner = store.get<int>(&key, [] { return 42; });
    return std::to_string(*inner);
  });
  EXPECT_EQ(*outer, "42");
  EXPECT_EQ(*store.get<int>(&key, [] { return 0; }), 42);
}

// Every family's rules together find what each finds alone: sharing one parse changes nothing.
TEST(SharedStore, FamilyRulesFindTheSameTogetherAsAlone) {
  const std::string text =
      "1. 重申大会2015年9月25日第70/1号决议和2021年2月29日的决定，见A/HRX/45/12；\n"
      "3、请秘书长执行上文第40段，见Ａ／ＨＲＣ／４４／２８和大会第72-5号决议；\n";
  std::vector<Diagnostic> all = lint_text(text);
  for (const RuleInfo& info : registered_rules()) {
    std::string yaml = "rules:\n";
    for (const RuleInfo& other : registered_rules()) {
      if (other.code != info.code) yaml += "  " + std::string(other.code) + ": off\n";
    }
    auto pack = pack_from_config(yaml);
    std::vector<Diagnostic> alone = lint_text(text, *pack);
    std::vector<Diagnostic> expected = only(all, info.code);
    ASSERT_EQ(alone.size(), expected.size()) << info.code;
    for (size_t i = 0; i < alone.size(); ++i) {
      EXPECT_EQ(alone[i].span.begin, expected[i].span.begin) << info.code;
      EXPECT_EQ(alone[i].message, expected[i].message) << info.code;
    }
  }
}

TEST(SharedStore, TermMatchesKeepWhatARuleCanUse) {
  // 人权理事会 has one form: only its first naming is kept. 人口贩运 has an accepted form
  // (贩运人口): every use of either is kept, so term.inconsistent sees the mix. Variants are
  // all kept; the exception phrase 理查德 (which shields 查德) is not.
  const RulePack& pack = default_pack();
  Document doc("t.txt", "人权理事会，人权理事会，永续发展目标，永续发展目标，贩运人口，人口贩运，理查德");
  ScanView view(doc.text());
  SharedStore store;
  Context ctx{doc, view, pack.glossary(), store};
  std::vector<std::string> kept;
  for (const TermMatch& m : ctx.terms()) {
    kept.push_back(view.text().substr(m.view_begin, m.view_end - m.view_begin));
  }
  EXPECT_EQ(kept, (std::vector<std::string>{"人权理事会", "永续发展目标", "永续发展目标", "贩运人口",
                                            "人口贩运"}));
  std::vector<TermMatch> all;
  pack.glossary().scan(view, all);
  EXPECT_EQ(all.size(), 7u);  // the scan itself still finds every form
}

}  // namespace
}  // namespace unlint::testing
