// The compiled glossary cache: same results as YAML, rebuilt when stale, damaged files ignored.
#include <gtest/gtest.h>

#include <filesystem>

#include "engine/lint.h"
#include "glossary/glossary.h"
#include "test_util.h"
#include "text/decode.h"
#include "text/scan_view.h"

namespace unlint::testing {
namespace {

namespace fs = std::filesystem;

std::vector<Diagnostic> lint_with(const RulePack& pack, const std::string& text) {
  Document doc("a.txt", text);
  return lint(doc, pack);
}

TEST(GlossaryCache, BytesRoundTripGiveTheSameMatches) {
  const Glossary& g = default_pack().glossary();
  auto copy = Glossary::from_bytes(g.to_bytes());
  ASSERT_NE(copy, nullptr);
  EXPECT_EQ(copy->concepts().size(), g.concepts().size());
  EXPECT_EQ(copy->key_count(), g.key_count());
  ScanView v("请人权高专署参加普遍定期审查，联合国人权事务高级专员办事处(人权高专办)，复原力与韧性");
  std::vector<TermMatch> a, b;
  g.scan(v, a);
  copy->scan(v, b);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].view_begin, b[i].view_begin);
    EXPECT_EQ(a[i].form.concept_index, b[i].form.concept_index);
    EXPECT_EQ(g.form_text(a[i].form), copy->form_text(b[i].form));
  }
}

TEST(GlossaryCache, DamagedBytesAreRefused) {
  std::string bytes = default_pack().glossary().to_bytes();
  EXPECT_EQ(Glossary::from_bytes(bytes.substr(0, bytes.size() / 2)), nullptr);
  EXPECT_EQ(Glossary::from_bytes("not a glossary"), nullptr);
  EXPECT_EQ(Glossary::from_bytes(""), nullptr);
  std::string flipped = bytes;
  for (size_t i = 40; i < flipped.size(); i += 997) flipped[i] = static_cast<char>(~flipped[i]);
  auto g = Glossary::from_bytes(flipped);  // refused, or at least safe to use
  if (g) {
    std::vector<TermMatch> m;
    g->scan(ScanView("普遍定期审查"), m);
    for (const auto& x : m) (void)g->form_text(x.form);
  }
}

TEST(GlossaryCache, SecondBuildUsesTheCacheAndAgrees) {
  TempDir tmp;
  auto first = RulePack::build(Config{}, {}, tmp.path());
  EXPECT_FALSE(first->glossary_from_cache());
  auto second = RulePack::build(Config{}, {}, tmp.path());
  EXPECT_TRUE(second->glossary_from_cache());
  std::string text = "请人权高专办参加普遍定期审查。联合国人权事务高级专员办事处，复原力与韧性，人權";
  auto a = lint_with(*first, text), b = lint_with(*second, text);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].code, b[i].code);
    EXPECT_EQ(a[i].span, b[i].span);
    EXPECT_EQ(a[i].message, b[i].message);
  }
}

TEST(GlossaryCache, StaleWhenAGlossaryChanges) {
  TempDir tmp;
  std::string g = tmp.write("local.yaml",
                            "concepts:\n  - id: x\n    official: 甲乙丙\n    en: x\n    source: s\n"
                            "    variants: [甲乙丁]\n");
  auto p1 = RulePack::build(Config{}, {g}, tmp.path() + "/cache");
  EXPECT_EQ(only(lint_with(*p1, "甲乙丁"), "term.variant").size(), 1u);
  tmp.write("local.yaml",
            "concepts:\n  - id: x\n    official: 甲乙丙\n    en: x\n    source: s\n"
            "    variants: [甲乙戊]\n");
  auto p2 = RulePack::build(Config{}, {g}, tmp.path() + "/cache");
  EXPECT_FALSE(p2->glossary_from_cache());
  EXPECT_TRUE(only(lint_with(*p2, "甲乙丁"), "term.variant").empty());
  EXPECT_EQ(only(lint_with(*p2, "甲乙戊"), "term.variant").size(), 1u);
}

TEST(GlossaryCache, DamagedCacheFileIsRebuilt) {
  TempDir tmp;
  RulePack::build(Config{}, {}, tmp.path());
  for (const auto& e : fs::directory_iterator(tmp.path())) tmp.write(e.path().filename().string(), "junk");
  auto p = RulePack::build(Config{}, {}, tmp.path());
  EXPECT_FALSE(p->glossary_from_cache());
  EXPECT_EQ(only(lint_with(*p, "普遍定期审查"), "term.variant").size(), 1u);
  EXPECT_TRUE(RulePack::build(Config{}, {}, tmp.path())->glossary_from_cache());
}

TEST(GlossaryCache, UnwritableCacheFolderIsSkipped) {
  auto p = RulePack::build(Config{}, {}, "/proc/unlint-cannot-write-here");
  EXPECT_EQ(only(lint_with(*p, "普遍定期审查"), "term.variant").size(), 1u);
}

}  // namespace
}  // namespace unlint::testing
