// End-to-end: the built binary, run the way users run it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_util.h"
#include "text/decode.h"

namespace unlint::testing {
namespace {

using nlohmann::json;

TEST(Cli, SampleDraftHasFindingsAndExitsOne) {
  RunResult r = run_unlint("check --color never examples/draft.txt");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("examples/draft.txt:25:24: error: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[term.variant]"), std::string::npos);
  // The source line follows, with a marker two columns per CJK character.
  EXPECT_NE(r.out.find("\n                                               ^^^^^^^^^^^^\n"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("\x1b["), std::string::npos) << "--color never";
}

TEST(Cli, CleanTextExitsZero) {
  RunResult r = run_unlint("check -", "人权理事会，重申致力于促进国际合作。\n");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

TEST(Cli, JsonIsOneLspShapedDocument) {
  RunResult r = run_unlint("check --format json examples/draft.txt");
  EXPECT_EQ(r.exit_code, 1);
  json j = json::parse(r.out);
  EXPECT_EQ(j["tool"]["name"], "unlint");
  ASSERT_EQ(j["files"].size(), 1u);
  const json& f = j["files"][0];
  EXPECT_EQ(f["path"], "examples/draft.txt");
  EXPECT_EQ(f["uri"].get<std::string>().rfind("file:///", 0), 0u);
  EXPECT_EQ(f["encoding"], "UTF-8");
  const json& d = f["diagnostics"][0];
  for (const char* key : {"range", "severity", "code", "source", "message", "data"}) {
    EXPECT_TRUE(d.contains(key)) << key;
  }
  EXPECT_EQ(d["source"], "unlint");
  // 0-based line, UTF-16 character.
  bool found = false;
  for (const json& x : f["diagnostics"]) {
    if (x["code"] == "term.variant" && x["data"]["text"] == "普遍定期审查") {
      found = true;
      EXPECT_EQ(x["range"]["start"]["line"], 24);
      EXPECT_EQ(x["range"]["start"]["character"], 23);
      EXPECT_EQ(x["range"]["end"]["character"], 29);
      EXPECT_EQ(x["severity"], 1);
      const json& edit = x["data"]["fixes"][0]["edits"][0];
      EXPECT_EQ(edit["newText"], "议");
      EXPECT_EQ(edit["range"]["start"]["character"], 28);
    }
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(j["summary"]["files"], 1);
  EXPECT_GE(j["summary"]["errors"].get<int>(), 5);
}

TEST(Cli, StdinWithAFileName) {
  RunResult r = run_unlint("check --stdin-filename drafts/a.txt -q -", "参加普遍定期审查\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out.rfind("drafts/a.txt:1:3: error:", 0), 0u) << r.out;
}

TEST(Cli, FailLevel) {
  // term.first-mention is a warning: it fails at the default level, not at --fail-level error.
  std::string text = "请人权高专办提交报告。\n";
  EXPECT_EQ(run_unlint("check -", text).exit_code, 1);
  EXPECT_EQ(run_unlint("check --fail-level error -", text).exit_code, 0);
}

TEST(Cli, MissingFileIsAnIoError) {
  RunResult r = run_unlint("check no/such/draft.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no/such/draft.txt"), std::string::npos) << r.err;
}

TEST(Cli, UnreadableFileIsReportedAndTheRunGoesOn) {
  TempDir tmp;
  tmp.write("a.txt", "参加普遍定期审查\n");
  tmp.write("b.txt", std::string("PK\x03\x04\0\0", 6));
  RunResult r = run_unlint("check --format json a.txt b.txt", "", tmp.path());
  EXPECT_EQ(r.exit_code, 2);
  json j = json::parse(r.out);
  ASSERT_EQ(j["files"].size(), 2u);
  EXPECT_EQ(j["files"][0]["diagnostics"][0]["code"], "term.variant");
  EXPECT_EQ(j["files"][1]["diagnostics"][0]["code"], "input.unreadable");
  EXPECT_NE(r.err.find("b.txt: binary file"), std::string::npos) << r.err;
}

TEST(Cli, BadConfigNamesFileLineAndColumn) {
  TempDir tmp;
  tmp.write(".unlint.yaml", "rules:\n  term.variant: loud\n");
  tmp.write("a.txt", "x\n");
  RunResult r = run_unlint("check a.txt", "", tmp.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(".unlint.yaml:2:17: unknown severity 'loud'"), std::string::npos) << r.err;
}

TEST(Cli, ConfigFoundUpwardAndRespected) {
  TempDir tmp;
  tmp.write(".unlint.yaml", "rules:\n  term.variant: off\n");
  tmp.write("drafts/a.txt", "参加普遍定期审查\n");
  EXPECT_EQ(run_unlint("check a.txt", "", tmp.path() + "/drafts").exit_code, 0);
  EXPECT_EQ(run_unlint("check --no-config a.txt", "", tmp.path() + "/drafts").exit_code, 1);
}

TEST(Cli, DirectoriesRecurseIntoTextAndMarkdownInPathOrder) {
  TempDir tmp;
  tmp.write("d/b.md", "参加普遍定期审查\n");
  tmp.write("d/a/x.txt", "参加普遍定期审查\n");
  tmp.write("d/skip.docx.bak", "参加普遍定期审查\n");
  tmp.write("d/.hidden/y.txt", "参加普遍定期审查\n");
  RunResult r = run_unlint("check -q d", "", tmp.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("d/a/x.txt:1:3"), std::string::npos);
  EXPECT_NE(r.out.find("d/b.md:1:3"), std::string::npos);
  EXPECT_LT(r.out.find("d/a/x.txt"), r.out.find("d/b.md"));
  EXPECT_EQ(r.out.find("hidden"), std::string::npos);
  EXPECT_EQ(r.out.find("skip"), std::string::npos);
}

TEST(Cli, Gb18030CopyGivesTheSameDiagnostics) {
  TempDir tmp;
  std::string utf8 = read_file(std::string(UNLINT_SOURCE_DIR) + "/examples/draft.txt");
  tmp.write("utf8.txt", utf8);
  tmp.write("gb.txt", encode_text(utf8, "GB18030"));
  json a = json::parse(run_unlint("check --format json utf8.txt", "", tmp.path()).out);
  json b = json::parse(run_unlint("check --format json gb.txt", "", tmp.path()).out);
  EXPECT_EQ(b["files"][0]["encoding"], "GB18030");
  EXPECT_EQ(a["files"][0]["diagnostics"], b["files"][0]["diagnostics"]);
}

TEST(Cli, VerboseNamesEachFilesEncodingSizeAndTheTotals) {
  TempDir tmp;
  std::string utf8 = read_file(std::string(UNLINT_SOURCE_DIR) + "/examples/draft.txt");
  std::string gb = encode_text(utf8, "GB18030");
  tmp.write("gb.txt", gb);
  tmp.write("bom.txt", "\xEF\xBB\xBF人权理事会\n");
  RunResult r = run_unlint("check -v --no-config gb.txt bom.txt", "", tmp.path());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("gb.txt: encoding GB18030 (detected), " + std::to_string(gb.size()) +
                       " bytes, "),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("bom.txt: encoding UTF-8 (BOM) (from BOM), 19 bytes, 0 findings, "),
            std::string::npos)
      << r.err;
  size_t findings = json::parse(run_unlint("check --no-config --format json gb.txt", "",
                                           tmp.path()).out)["files"][0]["diagnostics"].size();
  EXPECT_NE(r.err.find("unlint: 2 files, " + std::to_string(gb.size() + 19) + " bytes, " +
                       std::to_string(findings) + " findings, "),
            std::string::npos)
      << r.err;
  // The diagnostics still go to standard output, as without -v.
  EXPECT_NE(r.out.find("gb.txt:25:24: error: "), std::string::npos) << r.out;

  RunResult named = run_unlint("check --verbose --no-config --encoding GB18030 gb.txt", "",
                               tmp.path());
  EXPECT_NE(named.err.find("gb.txt: encoding GB18030 (from --encoding), "), std::string::npos)
      << named.err;
  RunResult quiet = run_unlint("check --no-config gb.txt", "", tmp.path());
  EXPECT_EQ(quiet.err, "");
}

TEST(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(run_unlint("check").exit_code, 2);
  EXPECT_EQ(run_unlint("check --format xml x").exit_code, 2);
  EXPECT_EQ(run_unlint("frobnicate").exit_code, 2);
  EXPECT_EQ(run_unlint("--version").exit_code, 0);
}

TEST(Cli, RulesTableListsEveryRule) {
  RunResult r = run_unlint("rules --format markdown");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("| `term.variant` | error |"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace unlint::testing
