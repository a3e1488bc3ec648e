// Glossary tooling: `glossary check` on small bad glossaries, lookup, export (TSV, prh), and the
// command line with its exit codes.
#include <gtest/gtest.h>

#include <algorithm>

#include "glossary/glossary_test_util.h"
#include "glossary/tooling.h"
#include "test_util.h"

namespace unlint::testing {
namespace {

constexpr const char* kGood = R"(glossary:
  name: good
concepts:
  - id: alpha
    official: 普遍定期审议
    en: Universal Periodic Review
    variants:
      - form: 普遍定期审查
        kind: non-un
    source: test
    examples:
      - before: 参加普遍定期审查
        after: 参加普遍定期审议
)";

GlossaryText text_of(const std::string& name, const std::string& yaml) { return {name, yaml, ""}; }

GlossaryCheckResult check_texts(const std::vector<GlossaryText>& texts) {
  return check_glossaries(texts, GlossaryCheckOptions{});  // no examples
}

bool has_issue(const GlossaryCheckResult& r, GlossaryIssue::Level level, const std::string& part) {
  for (const auto& i : r.issues) {
    if (i.level == level && i.message.find(part) != std::string::npos) return true;
  }
  return false;
}

std::string all_issues(const GlossaryCheckResult& r) {
  std::string out;
  for (const auto& i : r.issues) out += format_issue(i) + "\n";
  return out;
}

TEST(GlossaryCheck, CleanGlossaryHasNoIssues) {
  auto r = check_texts({text_of("good.yaml", kGood)});
  EXPECT_TRUE(r.issues.empty()) << all_issues(r);
  EXPECT_EQ(r.concepts, 1u);
  EXPECT_EQ(r.variants, 1u);
}

TEST(GlossaryCheck, SchemaErrorHasFileLineAndColumn) {
  std::string bad = kGood;
  bad.replace(bad.find("    en:"), 7, "    english:");
  auto r = check_texts({text_of("bad.yaml", bad)});
  ASSERT_EQ(r.errors(), 1u) << all_issues(r);
  const auto& i = r.issues[0];
  EXPECT_EQ(i.mark.file, "bad.yaml");
  EXPECT_EQ(i.mark.line, 6);
  EXPECT_EQ(i.mark.column, 5);
  EXPECT_NE(i.message.find("english"), std::string::npos);
  EXPECT_EQ(format_issue(i).rfind("bad.yaml:6:5: error: ", 0), 0u) << format_issue(i);
}

TEST(GlossaryCheck, SameFormUnderTwoConceptsAndDuplicateIds) {
  auto r = check_texts({text_of("a.yaml", kGood), text_of("b.yaml", R"(concepts:
  - id: alpha
    official: 普遍审议
    en: x
    source: test
  - id: beta
    official: 定期审议
    en: y
    accepted:
      - 普遍定期审查
    source: test
)")});
  EXPECT_TRUE(has_issue(r, GlossaryIssue::Level::kError, "concept id 'alpha' is already used"))
      << all_issues(r);
  EXPECT_TRUE(has_issue(r, GlossaryIssue::Level::kError, "accepted form '普遍定期审查' of concept 'beta'"))
      << all_issues(r);
}

TEST(GlossaryCheck, VariantThatIsAnotherConceptsOfficialForm) {
  auto r = check_texts({text_of("a.yaml", kGood), text_of("b.yaml", R"(concepts:
  - id: gamma
    official: 定期审议
    en: y
    variants:
      - form: 普遍定期审议
    source: test
)")});
  ASSERT_EQ(r.errors(), 1u) << all_issues(r);
  EXPECT_TRUE(has_issue(r, GlossaryIssue::Level::kError,
                        "variant '普遍定期审议' of concept 'gamma' is the official form of concept "
                        "'alpha' (a.yaml:4)"))
      << all_issues(r);
  EXPECT_EQ(r.issues[0].mark.file, "b.yaml");
  EXPECT_EQ(r.issues[0].mark.line, 6);
}

TEST(GlossaryCheck, FullWidthAndSpacedFormsClashAsTheScannerSeesThem) {
  auto r = check_texts({text_of("a.yaml", R"(concepts:
  - id: one
    official: "2030年议程"
    en: x
    source: test
  - id: two
    official: "２０３０ 年议程"
    en: y
    source: test
)")});
  EXPECT_EQ(r.errors(), 1u) << all_issues(r);
}

TEST(GlossaryCheck, ExceptionPhraseWithoutAFormOfItsConcept) {
  auto r = check_texts({text_of("a.yaml", R"(concepts:
  - id: chad
    official: 乍得
    en: Chad
    variants:
      - form: 查德
        kind: regional
    exceptions:
      - 理查德
      - 理查森
    source: test
)")});
  EXPECT_EQ(r.errors(), 1u) << all_issues(r);
  EXPECT_TRUE(has_issue(r, GlossaryIssue::Level::kError, "exception phrase '理查森'")) << all_issues(r);
}

TEST(GlossaryCheck, RiskyVariantsAreWarned) {
  auto r = check_texts({text_of("a.yaml", R"(concepts:
  - id: short
    official: 网络
    en: network
    variants:
      - form: 网
    source: test
  - id: own
    official: 美利坚合众国
    en: United States of America
    variants:
      - form: 合众国
    source: test
)")});
  EXPECT_EQ(r.errors(), 0u) << all_issues(r);
  EXPECT_EQ(r.warnings(), 1u) << all_issues(r);
  EXPECT_TRUE(has_issue(r, GlossaryIssue::Level::kWarning, "is one character")) << all_issues(r);
  // A variant inside its own concept's official form is resolved by longest match: no warning.
  auto r2 = check_texts({text_of("b.yaml", R"(concepts:
  - id: ecuador
    official: 厄瓜多尔
    en: Ecuador
    variants:
      - form: 厄瓜多
    source: test
  - id: net
    official: 网络安全
    en: cybersecurity
    source: test
  - id: netv
    official: 互联网
    en: Internet
    variants:
      - form: 网络安
    source: test
)")});
  EXPECT_EQ(r2.warnings(), 1u) << all_issues(r2);
  EXPECT_TRUE(has_issue(r2, GlossaryIssue::Level::kWarning, "occurs inside '网络安全'"))
      << all_issues(r2);
  // An exception phrase of the variant's concept that stands inside the other form shields it;
  // one that does not stand there does not.
  auto shielded = [](const std::string& exception) {
    return check_texts({text_of("c.yaml", R"(concepts:
  - id: georgia
    official: 格鲁吉亚
    en: Georgia
    variants:
      - form: 乔治亚
    exceptions:
      - )" + exception + R"(
    source: test
  - id: south-georgia
    official: 南乔治亚岛和南桑德韦奇岛
    en: South Georgia and the South Sandwich Islands
    source: test
)")});
  };
  auto r3 = shielded("南乔治亚");
  EXPECT_EQ(r3.warnings(), 0u) << all_issues(r3);
  auto r4 = shielded("乔治亚州");
  EXPECT_TRUE(has_issue(r4, GlossaryIssue::Level::kWarning, "occurs inside")) << all_issues(r4);
}

TEST(GlossaryCheck, ExamplesRunThroughTheTermRules) {
  TempDir dir;
  std::string bad = kGood;
  bad.replace(bad.find("after: 参加普遍定期审议"), std::string("after: 参加普遍定期审议").size(),
              "after: 参加普遍审议");
  std::string good_path = dir.write("good.yaml", kGood);
  std::string bad_path = dir.write("bad.yaml", bad);

  auto ok = check_glossaries({glossary_text_from_file(good_path)}, with_examples({good_path}));
  EXPECT_TRUE(ok.issues.empty()) << all_issues(ok);
  EXPECT_TRUE(ok.examples_run);
  EXPECT_EQ(ok.examples, 1u);

  auto r = check_glossaries({glossary_text_from_file(bad_path)}, with_examples({bad_path}));
  ASSERT_EQ(r.errors(), 1u) << all_issues(r);
  EXPECT_NE(r.issues[0].message.find("expected “参加普遍审议”"), std::string::npos)
      << all_issues(r);
  EXPECT_EQ(r.issues[0].mark.line, 12);
}

constexpr const char* kInfoSecurity = R"(concepts:
  - id: infosec
    official: 信息安全
    en: information security
    variants:
      - form: 资安
        kind: regional
    source: test
)";

TEST(GlossaryCheck, VariantsFoundInReferenceTextsAreWarnedWhereTheyOccur) {
  TempDir dir;
  std::string path = dir.write("infosec.yaml", kInfoSecurity);
  // Correct text in which the variant straddles two words: 融资|安排.
  std::string reference = dir.write("issued.txt", "大会，\n注意到各国的融资安排，\n");
  GlossaryCheckOptions options = with_examples({path});
  options.references = [&] {
    return reference_text_issues(*pack_for_checked_glossaries({path}), {reference});
  };
  auto r = check_glossaries({glossary_text_from_file(path)}, options);
  ASSERT_EQ(r.warnings(), 1u) << all_issues(r);
  EXPECT_EQ(r.errors(), 0u) << all_issues(r);
  const GlossaryIssue& w = r.issues.back();
  EXPECT_EQ(w.mark.file, reference);
  EXPECT_EQ(w.mark.line, 2);
  EXPECT_EQ(w.mark.column, 8);
  EXPECT_NE(w.message.find("«注意到各国的融资安排，»"), std::string::npos) << w.message;
  EXPECT_NE(w.message.find("改为“信息安全”"), std::string::npos) << w.message;

  // The exception phrase the warning asks for silences it.
  std::string fixed = dir.write("infosec.yaml", std::string(kInfoSecurity) +
                                                    "    exceptions:\n      - 融资安\n");
  r = check_glossaries({glossary_text_from_file(fixed)}, options);
  EXPECT_TRUE(r.issues.empty()) << all_issues(r);
}

TEST(GlossaryLookup, FindsVariantsAbbreviationsIdsAndEnglish) {
  auto g = load_glossary_texts(bundled_glossary_texts());
  auto hits = lookup_term(*g, "纽西兰");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_TRUE(hits[0].exact);
  EXPECT_EQ(hits[0].role, FormRole::kVariant);
  EXPECT_EQ(hits[0].entry->official, "新西兰");
  std::string text = describe_concept(*hits[0].entry);
  EXPECT_NE(text.find("纽西兰 (regional"), std::string::npos) << text;
  EXPECT_NE(text.find("source:"), std::string::npos) << text;

  hits = lookup_term(*g, "人权高专办");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].role, FormRole::kAbbreviation);
  EXPECT_EQ(lookup_term(*g, "new-zealand").at(0).entry->official, "新西兰");
  EXPECT_EQ(lookup_term(*g, "new zealand").at(0).entry->official, "新西兰");

  hits = lookup_term(*g, "马尔维纳斯");  // part of a form only
  ASSERT_FALSE(hits.empty());
  EXPECT_FALSE(hits[0].exact);
  EXPECT_TRUE(lookup_term(*g, "没有这个词").empty());
}

TEST(GlossaryExport, TsvListsEveryVariantWithItsOfficialForm) {
  auto g = load_glossary_texts(bundled_glossary_texts());
  std::string tsv = export_tsv(*g);
  EXPECT_EQ(tsv.rfind("id\tofficial\tvariant\tkind\n", 0), 0u);
  EXPECT_NE(tsv.find("\nnew-zealand\t新西兰\t纽西兰\tregional\n"), std::string::npos);
  EXPECT_NE(tsv.find("\neswatini\t埃斯瓦蒂尼\t斯威士兰\tdeprecated\n"), std::string::npos);
  size_t lines = std::count(tsv.begin(), tsv.end(), '\n');
  size_t variants = 0;
  for (const auto& c : g->concepts()) variants += c.variants.size();
  EXPECT_EQ(lines, variants + 1);
}

TEST(GlossaryExport, PrhDictionaryIsValidYamlWithSpecs) {
  auto g = load_glossary_texts({text_of("a.yaml", std::string(kGood) + R"(  - id: falklands
    official: 福克兰群岛（马尔维纳斯）
    en: Falkland Islands (Malvinas)
    variants:
      - form: 福克兰群岛
    source: test
)")});
  std::string prh = export_prh(*g);
  const char* expected =
      "version: 1\n"
      "rules:\n"
      "  - expected: \"普遍定期审议\"\n"
      "    patterns:\n"
      "      - \"普遍定期审查\"\n"
      "    prh: \"联合国正式用语为“普遍定期审议” (UN term for “Universal Periodic Review”)\"\n"
      "    specs:\n"
      "      - from: \"参加普遍定期审查\"\n"
      "        to: \"参加普遍定期审议\"\n"
      // A pattern inside the expected form becomes a regular expression that skips it (prh #17).
      "  - expected: \"福克兰群岛（马尔维纳斯）\"\n"
      "    patterns:\n"
      "      - \"/福克兰群岛(?!（马尔维纳斯）)/\"\n";
  EXPECT_NE(prh.find(expected), std::string::npos) << prh;
  EXPECT_EQ(prh.find("specs", prh.find("福克兰")), std::string::npos) << prh;
}

TEST(GlossaryExport, PrhPatternsAreListedLongestFirst) {
  // prh tries a rule's patterns in order: 原住民 listed first would turn 原住民族的权利 into
  // 土著人民族的权利, and prh refuses a dictionary whose spec then fails.
  auto g = load_glossary_texts({text_of("a.yaml", std::string(kGood) + R"(  - id: indigenous
    official: 土著人民
    en: indigenous peoples
    variants:
      - form: 原住民
      - form: 原住民族
    source: test
    examples:
      - before: 原住民族的权利
        after: 土著人民的权利
)")});
  std::string prh = export_prh(*g);
  const char* expected =
      "  - expected: \"土著人民\"\n"
      "    patterns:\n"
      "      - \"原住民族\"\n"
      "      - \"原住民\"\n";
  EXPECT_NE(prh.find(expected), std::string::npos) << prh;
  EXPECT_NE(prh.find("      - from: \"原住民族的权利\"\n        to: \"土著人民的权利\"\n"),
            std::string::npos)
      << prh;
}

TEST(GlossaryExport, PrhPatternWithAHyphenIsARegularExpression) {
  // prh escapes a plain pattern's hyphen as \-, which its Unicode-mode RegExp rejects.
  auto g = load_glossary_texts({text_of("a.yaml", std::string(kGood) + R"(  - id: karabakh
    official: 纳戈尔内卡拉巴赫
    en: Nagorno-Karabakh
    variants:
      - form: 纳戈尔诺-卡拉巴赫
    source: test
)")});
  std::string prh = export_prh(*g);
  EXPECT_NE(prh.find("      - \"/纳戈尔诺-卡拉巴赫/\"\n"), std::string::npos) << prh;
}

TEST(GlossaryCli, CheckBundledGlossariesExitsZero) {
  auto r = run_unlint("glossary check");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("0 errors, 0 warnings"), std::string::npos) << r.out;
}

TEST(GlossaryCli, CheckReportsProblemsWithExitOneAndIoErrorsWithTwo) {
  TempDir dir;
  std::string bad = kGood;
  bad.replace(bad.find("kind: non-un"), 12, "kind: local");
  std::string path = dir.write("bad.yaml", bad);
  auto r = run_unlint("glossary check '" + path + "'");
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find(path + ":9:15: error: unknown variant kind 'local'"), std::string::npos)
      << r.out;

  r = run_unlint("glossary check '" + dir.path() + "/missing.yaml'");
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;

  std::string warn = dir.write("warn.yaml", R"(concepts:
  - id: net
    official: 网络
    en: network
    variants:
      - form: 网
    source: test
)");
  r = run_unlint("glossary check '" + warn + "'");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  r = run_unlint("glossary check --strict '" + warn + "'");
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
}

TEST(GlossaryCli, CheckAgainstReferenceTextsAndFolders) {
  TempDir dir;
  std::string path = dir.write("infosec.yaml", kInfoSecurity);
  dir.write("issued/a.txt", "各国的融资安排\n");
  dir.write("issued/b.md", "资讯安全\n");
  auto r = run_unlint("glossary check '" + path + "' --against '" + dir.path() + "/issued'");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find(dir.path() + "/issued/a.txt:1:5: warning: variant '资安' occurs in this "
                                    "reference text"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("0 errors, 1 warning\n"), std::string::npos) << r.out;
  r = run_unlint("glossary check --strict '" + path + "' --against '" + dir.path() + "/issued'");
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  r = run_unlint("glossary check '" + path + "' --against '" + dir.path() + "/missing.txt'");
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
}

TEST(GlossaryCli, LookupAndExport) {
  auto r = run_unlint("glossary lookup 斯威士兰");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("埃斯瓦蒂尼"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("deprecated"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("source:"), std::string::npos) << r.out;
  EXPECT_EQ(run_unlint("glossary lookup 没有这个词").exit_code, 1);

  r = run_unlint("glossary export --format tsv");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("new-zealand\t新西兰\t纽西兰\tregional"), std::string::npos);
  r = run_unlint("glossary export --format prh");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("  - expected: \"新西兰\"\n    patterns:\n      - \"纽西兰\"\n"), std::string::npos);
  EXPECT_EQ(run_unlint("glossary export --format csv").exit_code, 2);
  EXPECT_EQ(run_unlint("glossary").exit_code, 2);
}

}  // namespace
}  // namespace unlint::testing
