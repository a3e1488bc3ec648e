#include "engine/config.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "core/error.h"
#include "test_util.h"

namespace unlint::testing {
namespace {

TEST(Config, ParsesEveryKey) {
  Config c = parse_config(
      "glossaries: [local.yaml]\n"
      "bundled_glossaries: false\n"
      "rules:\n"
      "  term.inconsistent: off\n"
      "  term.variant: warning\n"
      "  term.first-mention: {severity: info}\n"
      "accept: [人权高专署]\n"
      "ignore: [archive/]\n",
      "team.yaml", "/drafts");
  ASSERT_EQ(c.glossaries.size(), 1u);
  EXPECT_EQ(c.glossaries[0], "/drafts/local.yaml");
  EXPECT_FALSE(c.bundled_glossaries);
  EXPECT_FALSE(c.rules.at("term.inconsistent").enabled);
  EXPECT_EQ(*c.rules.at("term.variant").severity, Severity::kWarning);
  EXPECT_EQ(*c.rules.at("term.first-mention").severity, Severity::kInfo);
  EXPECT_EQ(c.accept, std::vector<std::string>{"人权高专署"});
  EXPECT_EQ(c.ignore, std::vector<std::string>{"archive/"});
}

void expect_error(const char* yaml, int line, int column, const char* what) {
  try {
    parse_config(yaml, "team.yaml", "/drafts");
    FAIL() << "expected an Error for: " << yaml;
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "team.yaml");
    EXPECT_EQ(e.line(), line) << e.where_and_what();
    EXPECT_EQ(e.column(), column) << e.where_and_what();
    EXPECT_NE(std::string(e.what()).find(what), std::string::npos) << e.what();
  }
}

TEST(Config, UnknownKeysAndCodesAreErrors) {
  expect_error("glosaries: [a.yaml]\n", 1, 1, "unknown key 'glosaries'");
  expect_error("rules:\n  term.varient: off\n", 2, 3, "unknown rule code 'term.varient'");
  expect_error("rules:\n  term.variant: loud\n", 2, 17, "unknown severity 'loud'");
  expect_error("rules: [term.variant]\n", 1, 8, "expected a mapping");
  expect_error("accept: 人权\n", 1, 9, "expected a list");
  expect_error("bundled_glossaries: maybe\n", 1, 21, "true or false");
  expect_error("rules: {term.variant: [1, 2]}\n", 1, 23, "expected off");
  expect_error("a: [\n", 2, 1, "invalid YAML");
}

TEST(Config, UnknownRuleOptionIsAnError) {
  try {
    pack_from_config("rules:\n  term.variant: {severity: error, loudness: 3}\n");
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "test.unlint.yaml");
    EXPECT_NE(std::string(e.what()).find("unknown option 'loudness'"), std::string::npos);
  }
}

TEST(Config, EmptyFileIsTheDefaults) {
  Config c = parse_config("", "team.yaml", "/drafts");
  EXPECT_TRUE(c.bundled_glossaries);
  EXPECT_TRUE(c.rules.empty());
}

TEST(Config, FoundFromTheCurrentFolderUpward) {
  TempDir tmp;
  std::string cfg = tmp.write(".unlint.yaml", "accept: []\n");
  tmp.write("a/b/draft.txt", "x");
  auto found = find_config(tmp.path() + "/a/b");
  ASSERT_TRUE(found.has_value());
  EXPECT_TRUE(std::filesystem::equivalent(*found, cfg));
}

TEST(Config, SeveritiesAndOffApplyToThePack) {
  auto pack = pack_from_config("rules:\n  term.variant: info\n  term.traditional: off\n");
  EXPECT_EQ(*pack->severity_of("term.variant"), Severity::kInfo);
  EXPECT_FALSE(pack->severity_of("term.traditional").has_value());
  auto d = lint_text("人權", *pack);
  EXPECT_TRUE(only(d, "term.traditional").empty());
}

TEST(Config, AcceptedPhrasesAreNeverReported) {
  auto pack = pack_from_config("accept: [普遍定期审查]\n");
  EXPECT_TRUE(lint_text("参加普遍定期审查。", *pack).empty());
  EXPECT_EQ(only(lint_text("参加普遍定期审查。"), "term.variant").size(), 1u);
}

TEST(Config, ExtraGlossaryIsLoaded) {
  TempDir tmp;
  std::string g = tmp.write("local.yaml",
                            "concepts:\n  - id: local-term\n    official: 本地正式用语\n"
                            "    en: local term\n    source: team decision\n"
                            "    variants: [{form: 本地俗语, kind: non-un}]\n");
  auto pack = pack_from_config("glossaries: [" + g + "]\n");
  auto d = only(lint_text("这是本地俗语。", *pack), "term.variant");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].message.find("本地正式用语"), std::string::npos);
}

}  // namespace
}  // namespace unlint::testing
