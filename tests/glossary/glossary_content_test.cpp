// The bundled glossaries: they load, pass `glossary check`, every example fixes as written, the
// real draft in ../shared/corpus yields no term.* finding, and representative variants are fixed.
#include <gtest/gtest.h>

#include <set>

#include "engine/lint.h"
#include "glossary/glossary_test_util.h"
#include "glossary/tooling.h"
#include "test_util.h"

namespace unlint::testing {
namespace {

std::vector<Diagnostic> term_findings(std::string_view text) {
  std::vector<Diagnostic> out;
  for (auto& d : lint_text(text)) {
    if (d.code.starts_with("term.")) out.push_back(std::move(d));
  }
  return out;
}

TEST(GlossaryBundled, EveryFileLoadsOnItsOwn) {
  auto texts = bundled_glossary_texts();
  ASSERT_GE(texts.size(), 8u);
  for (const auto& t : texts) {
    Glossary g;
    EXPECT_NO_THROW(g.add_yaml(t.text, t.name)) << t.name;
    EXPECT_FALSE(g.concepts().empty()) << t.name;
  }
}

TEST(GlossaryBundled, PassesGlossaryCheckWithoutErrorsOrWarnings) {
  GlossaryCheckResult r = check_glossaries(bundled_glossary_texts(), with_examples());
  for (const auto& issue : r.issues) ADD_FAILURE() << format_issue(issue);
  EXPECT_TRUE(r.examples_run);
  EXPECT_GE(r.concepts, 500u);
  EXPECT_GT(r.examples, 200u);
}

TEST(GlossaryBundled, EveryConceptNamesItsSource) {
  auto g = load_glossary_texts(bundled_glossary_texts());
  for (const Concept& c : g->concepts()) {
    EXPECT_GE(c.source.size(), 6u) << c.id << " (" << c.mark.file << ":" << c.mark.line << ")";
  }
}

// The same check as `glossary check`, written out so a failure names the example directly.
TEST(GlossaryBundled, EveryExampleFixesToItsAfterText) {
  auto g = load_glossary_texts(bundled_glossary_texts());
  size_t n = 0;
  for (const Concept& c : g->concepts()) {
    for (const Example& e : c.examples) {
      ++n;
      auto diags = term_findings(e.before);
      EXPECT_EQ(apply_fixes(e.before, diags).text, e.after)
          << c.id << " " << e.mark.file << ":" << e.mark.line;
      EXPECT_TRUE(term_findings(e.after).empty()) << c.id << ": " << e.after;
    }
  }
  EXPECT_GT(n, 200u);
}

TEST(GlossaryBundled, CoversEveryMemberStateAndTheObservers) {
  auto g = load_glossary_texts(bundled_glossary_texts());
  size_t states = 0;
  for (const Concept& c : g->concepts()) {
    if (c.mark.file == "glossaries/member-states.yaml") ++states;
  }
  EXPECT_EQ(states, 195u);  // 193 Member States + Holy See + State of Palestine
}

TEST(GlossaryCorpus, RealDraftHasNoTermFindings) {
  auto text = corpus_text();
  if (!text) GTEST_SKIP() << "shared corpus not available at " << corpus_path();
  for (const auto& d : term_findings(*text)) {
    if (d.severity == Severity::kError || d.severity == Severity::kWarning) {
      ADD_FAILURE() << d.code << " at " << d.span.begin << ": " << d.text << " — " << d.message;
    }
  }
}

TEST(TermVariantGlossary, OutdatedMemberStateNameIsFixed) {
  Annotated a = annotate("[[斯威士兰]]代表团发言。");
  auto d = only(lint_text(a.text), "term.variant");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].span, a.spans[0]);
  EXPECT_NE(d[0].message.find("埃斯瓦蒂尼"), std::string::npos);
  EXPECT_EQ(fixed(a.text), "埃斯瓦蒂尼代表团发言。");
}

TEST(TermVariantGlossary, RegionalNamesAndVocabularyAreFixed) {
  EXPECT_EQ(fixed("纽西兰和澳洲的网路安全"), "新西兰和澳大利亚的网络安全");
  EXPECT_EQ(fixed("推动永续发展与再生能源"), "推动可持续发展与可再生能源");
  EXPECT_EQ(fixed("前南斯拉夫的马其顿共和国"), "北马其顿");
}

TEST(TermVariantGlossary, VariantThatIsAPrefixOfTheOfficialNameIsCompleted) {
  EXPECT_EQ(fixed("厄瓜多代表团"), "厄瓜多尔代表团");
  EXPECT_EQ(fixed("福克兰群岛问题"), "福克兰群岛（马尔维纳斯）问题");
  EXPECT_TRUE(term_findings("福克兰群岛（马尔维纳斯）问题").empty());
  EXPECT_TRUE(term_findings("福克兰群岛(马尔维纳斯)问题").empty());
  EXPECT_EQ(fixed("坦尚尼亚联合共和国"), "坦桑尼亚联合共和国");
}

TEST(TermVariantGlossary, OfficialTextAndExceptionPhrasesAreNotReported) {
  const char* clean[] = {
      "理查德先生在东加勒比国家组织会议上发言。",
      "乔治亚州代表和互联网路由专家出席。",
      "多米尼加共和国、多米尼克、沙特阿拉伯和阿拉伯联合酋长国的代表团。",
      "坦桑尼亚联合共和国、文莱达鲁萨兰国、可再生能源、可持续发展目标。",
      "国际货币基金组织(货币基金组织)、世界卫生组织(世卫组织)和联合国开发计划署(开发署)。",
      "中东欧国家和孟加拉湾沿岸国家以及电网路线图。",
  };
  for (const char* text : clean) {
    for (const auto& d : term_findings(text)) {
      ADD_FAILURE() << text << ": " << d.code << " " << d.text;
    }
  }
}

TEST(TermVariantGlossary, MisspeltNamesAreFixed) {
  EXPECT_EQ(fixed("吉尔吉斯坦和乌孜别克斯坦"), "吉尔吉斯斯坦和乌兹别克斯坦");
  EXPECT_EQ(fixed("各利益悠关方"), "各利益攸关方");
}

}  // namespace
}  // namespace unlint::testing
