#include "engine/suppress.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "engine/lint.h"
#include "test_util.h"

namespace unlint::testing {
namespace {

std::vector<Diagnostic> lint_named(const std::string& path, const std::string& text,
                                   const RulePack& pack = default_pack()) {
  Document doc(path, text);
  return lint(doc, pack);
}

TEST(Suppress, DisableAndEnableRegion) {
  Annotated a = annotate(
      "参加[[普遍定期审查]]\n<!-- unlint-disable term.variant -->\n普遍定期审查\n"
      "<!-- unlint-enable -->\n[[普遍定期审查]]\n");
  EXPECT_EQ(spans_of(lint_named("a.md", a.text), "term.variant"), a.spans);
}

TEST(Suppress, DisableWithoutCodesCoversEveryRule) {
  auto d = lint_named("a.md", "<!-- unlint-disable -->\n普遍定期审查，人權\n");
  EXPECT_TRUE(d.empty());
}

TEST(Suppress, FamilyCodeCoversItsRules) {
  auto d = lint_named("a.md", "<!-- unlint-disable term -->\n普遍定期审查，人權\n");
  EXPECT_TRUE(d.empty());
}

TEST(Suppress, DisableNextLineCoversOnlyThatLineAndThoseCodes) {
  Annotated a = annotate(
      "<!-- unlint-disable-next-line term.variant -->\n普遍定期审查，人[[權]]\n[[普遍定期审查]]\n");
  auto d = lint_named("a.md", a.text);
  std::vector<Span> all;
  for (const auto& x : d) all.push_back(x.span);
  EXPECT_EQ(all, a.spans);
}

TEST(Suppress, OtherCommentsAreIgnored) {
  EXPECT_EQ(only(lint_named("a.md", "<!-- note -->\n普遍定期审查\n"), "term.variant").size(), 1u);
}

TEST(Overrides, RuleOffForSomePaths) {
  auto pack = pack_from_config(
      "overrides:\n  - paths: [archive/]\n    rules:\n      term.variant: off\n"
      "  - paths: ['*.md']\n    rules:\n      term.traditional: info\n");
  std::string src = UNLINT_SOURCE_DIR;
  EXPECT_TRUE(only(lint_named(src + "/archive/old.txt", "普遍定期审查", *pack), "term.variant").empty());
  EXPECT_EQ(only(lint_named(src + "/new.txt", "普遍定期审查", *pack), "term.variant").size(), 1u);
  auto md = only(lint_named(src + "/x.md", "人權", *pack), "term.traditional");
  ASSERT_EQ(md.size(), 1u);
  EXPECT_EQ(md[0].severity, Severity::kInfo);
}

TEST(Overrides, OnlyOffOrSeverity) {
  EXPECT_THROW(pack_from_config("overrides:\n  - paths: [a/]\n    rules:\n"
                                "      term.variant: {severity: info, x: 1}\n"),
               Error);
  EXPECT_THROW(pack_from_config("overrides:\n  - rules: {term.variant: off}\n"), Error);
}

}  // namespace
}  // namespace unlint::testing
