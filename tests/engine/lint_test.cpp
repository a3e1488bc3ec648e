#include "engine/lint.h"

#include <gtest/gtest.h>

#include "engine/resources.h"
#include "test_util.h"

namespace unlint::testing {
namespace {

Diagnostic with_fix(uint32_t b, uint32_t e, std::string rep) {
  Diagnostic d;
  d.span = {b, e};
  d.fixes.push_back({"t", {{{b, e}, std::move(rep)}}});
  return d;
}

TEST(ApplyFixes, AppliesInOrderAndSkipsOverlaps) {
  std::string text = "abcdefgh";
  std::vector<Diagnostic> ds = {with_fix(0, 2, "X"), with_fix(1, 3, "Y"), with_fix(5, 6, "Z"),
                                with_fix(8, 8, "!")};
  FixResult r = apply_fixes(text, ds);
  EXPECT_EQ(r.text, "Xcde" "Z" "gh!");
  EXPECT_EQ(r.applied, 3u);
  EXPECT_EQ(r.skipped, 1u);
}

TEST(ApplyFixes, TwoInsertionsAtOnePointAreNotBothApplied) {
  FixResult r = apply_fixes("ab", {with_fix(1, 1, "X"), with_fix(1, 1, "Y")});
  EXPECT_EQ(r.text, "aXb");
  EXPECT_EQ(r.skipped, 1u);
}

TEST(ApplyFixes, DiagnosticsWithoutFixesChangeNothing) {
  Diagnostic d;
  d.span = {0, 1};
  EXPECT_EQ(apply_fixes("abc", {d}).text, "abc");
}

TEST(Lint, OutputIsSortedByOffsetThenCode) {
  auto d = lint_text("人權理事會参加普遍定期审查");
  for (size_t i = 1; i < d.size(); ++i) {
    EXPECT_TRUE(d[i - 1].span.begin < d[i].span.begin ||
                (d[i - 1].span.begin == d[i].span.begin && d[i - 1].code <= d[i].code));
  }
  EXPECT_GE(d.size(), 3u);
}

TEST(Lint, DiagnosticsCarryTheirSourceText) {
  auto d = only(lint_text("参加普遍定\n期审查"), "term.variant");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].text, "普遍定\n期审查");
}

TEST(Lint, FixingTwiceChangesNothingTheSecondTime) {
  std::string text = "各国和非政府机构参加普遍定期审查，人權理事會";
  std::string once = fixed(text);
  EXPECT_NE(once, text);
  EXPECT_EQ(fixed(once), once);
}

TEST(RulePack, EveryRegisteredRuleIsInTheDefaultPack) {
  auto text = Resources::bundled().find("rules/default.yaml");
  ASSERT_TRUE(text.has_value());
  for (const RuleInfo& info : registered_rules()) {
    EXPECT_NE(text->find(std::string(info.code) + ":"), std::string::npos)
        << info.code << " is not listed in rules/default.yaml";
  }
}

TEST(RulePack, EveryRuleHasSummaryAndExample) {
  for (const RuleInfo& info : registered_rules()) {
    EXPECT_FALSE(info.summary.empty()) << info.code;
    EXPECT_FALSE(info.before.empty()) << info.code;
    auto dot = info.code.find('.');
    ASSERT_NE(dot, std::string_view::npos) << info.code << " is not family.rule-name";
  }
}

TEST(RulePack, RuleExamplesDoWhatTheySay) {
  for (const RuleInfo& info : registered_rules()) {
    if (info.after.empty() || info.before.find('\\') != std::string_view::npos) continue;
    auto d = lint_text(info.before);
    bool found = false;
    for (const auto& x : d) found = found || x.code == info.code;
    EXPECT_TRUE(found) << info.code << " does not report its own example '" << info.before << "'";
    EXPECT_EQ(fixed(info.before), info.after) << info.code;
  }
}

}  // namespace
TEST(Lint, FindingsComeInDocumentOrderWhateverTheRuleOrder) {
  // Many findings of several families, interleaved: the result is ordered by start, code, end.
  std::string text;
  for (int i = 0; i < 60; ++i) {
    text += "参加普遍定期审查，人權理事會，2021年2月29日，见A/HRX/45/12和第72-5号决议；\n";
  }
  std::vector<Diagnostic> found = lint_text(text);
  ASSERT_GT(found.size(), 200u);
  for (size_t i = 1; i < found.size(); ++i) {
    const Diagnostic& a = found[i - 1];
    const Diagnostic& b = found[i];
    ASSERT_TRUE(a.span.begin < b.span.begin ||
                (a.span.begin == b.span.begin &&
                 (a.code < b.code || (a.code == b.code && a.span.end <= b.span.end))))
        << i << ": " << a.code << " " << a.span.begin << " / " << b.code << " " << b.span.begin;
  }
}

}  // namespace unlint::testing
