// The nightly report's model: summarising a linted document, the totals and tables, the baseline
// diff matched by (path, code, text), the merge of shards, and report.json round trips.
#include "report/report_model.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "engine/lint.h"
#include "test_util.h"

namespace unlint {
namespace {

using testing::default_pack;

Finding finding(const std::string& path, const std::string& code, const std::string& text,
                uint32_t line = 1, Severity severity = Severity::kError,
                const std::string& suggestion = "") {
  Finding f;
  f.path = path;
  f.code = code;
  f.text = text;
  f.line = f.end_line = line;
  f.severity = severity;
  f.suggestion = suggestion;
  f.message = "“" + text + "” message";
  return f;
}

DocumentReport doc(const std::string& path, std::vector<Finding> findings) {
  DocumentReport d;
  d.path = path;
  d.encoding = "UTF-8";
  d.findings = std::move(findings);
  return d;
}

Report report(std::vector<DocumentReport> docs,
              const std::string& generated = "2026-11-28T02:00:00Z") {
  Report r;
  r.generated = generated;
  r.tool_version = "0.1.0";
  r.rules = {{"term.variant", "variant", Severity::kError},
             {"term.inconsistent", "inconsistent", Severity::kWarning},
             {"symbol.malformed", "symbol", Severity::kError}};
  r.documents = std::move(docs);
  normalise(r);
  return r;
}

size_t new_count(const Report& r) {
  size_t n = 0;
  for (const auto& d : r.documents) {
    for (const auto& f : d.findings) n += f.is_new;
  }
  return n;
}

TEST(ReportModel, SummariseKeepsPositionContextAndOfficialForm) {
  Document d("a.txt", "第一行\n各国参加普遍定期审查的情况");
  DocumentReport r = summarise(d, lint(d, default_pack()));
  ASSERT_EQ(r.findings.size(), 1u);
  const Finding& f = r.findings[0];
  EXPECT_EQ(f.path, "a.txt");
  EXPECT_EQ(f.code, "term.variant");
  EXPECT_EQ(f.line, 2u);
  EXPECT_EQ(f.column, 5u);
  EXPECT_EQ(f.end_line, 2u);
  EXPECT_EQ(f.end_column, 11u);
  EXPECT_EQ(f.text, "普遍定期审查");
  EXPECT_EQ(f.suggestion, "普遍定期审议");
  EXPECT_EQ(f.before, "各国参加");
  EXPECT_EQ(f.match, "普遍定期审查");
  EXPECT_EQ(f.after, "的情况");
  EXPECT_EQ(r.encoding, "UTF-8");
  EXPECT_TRUE(r.readable());
}

TEST(ReportModel, Utf16ColumnsCountSupplementaryCharactersTwice) {
  Document d("a.txt", "𠀀参加普遍定期审查");
  DocumentReport r = summarise(d, lint(d, default_pack()));
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].column, 4u);
  EXPECT_EQ(r.findings[0].utf16_column, 5u);
  EXPECT_EQ(r.findings[0].utf16_end_column, 11u);
}

TEST(ReportModel, TermSplitAcrossALineBreakIsOneTerm) {
  Document d("a.txt", "参加普遍定期\n审查的国家");
  DocumentReport r = summarise(d, lint(d, default_pack()));
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].match, "普遍定期");  // the part on the finding's first line
  EXPECT_EQ(r.findings[0].end_line, 2u);
  Report rep = report({std::move(r)});
  auto terms = top_terms(rep, 10);
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].variant, "普遍定期审查");
  EXPECT_EQ(terms[0].official, "普遍定期审议");
}

TEST(ReportModel, LongLinesAreCutAroundTheFinding) {
  std::string pad;
  for (int i = 0; i < 200; ++i) pad += "的";
  Document d("a.txt", pad + "普遍定期审查" + pad);
  DocumentReport r = summarise(d, lint(d, default_pack()));
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].before.rfind("…", 0), 0u);
  EXPECT_LT(r.findings[0].before.size(), 200u);
  EXPECT_EQ(r.findings[0].after.size() - std::string("…").size(), 60 * std::string("的").size());
}

TEST(ReportModel, TotalsTablesAndTopLists) {
  Report r = report({
      doc("b.txt", {finding("b.txt", "term.variant", "公民社会", 1, Severity::kError, "民间社会"),
                    finding("b.txt", "term.variant", "公民社会", 2, Severity::kError, "民间社会"),
                    finding("b.txt", "term.inconsistent", "人口贩运", 3, Severity::kWarning)}),
      doc("a.txt", {finding("a.txt", "term.variant", "公民社会", 4, Severity::kError, "民间社会"),
                    finding("a.txt", "date.invalid", "2月30日", 5, Severity::kInfo)}),
      doc("c.txt", {}),
      unreadable("d.txt", "binary file"),
  });
  EXPECT_EQ(r.documents.front().path, "a.txt");  // path order
  Totals t = totals_of(r);
  EXPECT_EQ(t.documents, 4u);
  EXPECT_EQ(t.unreadable, 1u);
  EXPECT_EQ(t.findings, 5u);
  EXPECT_EQ(t.errors, 3u);
  EXPECT_EQ(t.warnings, 1u);
  EXPECT_EQ(t.information, 1u);

  auto rules = count_by_rule(r);  // every listed rule, plus the unlisted date.invalid
  ASSERT_EQ(rules.size(), 4u);
  EXPECT_EQ(rules[0].code, "date.invalid");
  EXPECT_EQ(rules[1].code, "symbol.malformed");
  EXPECT_EQ(rules[1].findings, 0u);
  EXPECT_EQ(rules[3].code, "term.variant");
  EXPECT_EQ(rules[3].findings, 3u);
  EXPECT_EQ(rules[3].documents, 2u);

  auto families = count_by_family(r);
  ASSERT_EQ(families.size(), 3u);
  EXPECT_EQ(families[0].family, "term");
  EXPECT_EQ(families[0].findings, 4u);
  EXPECT_EQ(families[0].documents, 2u);
  EXPECT_EQ(families[2].family, "symbol");
  EXPECT_EQ(families[2].findings, 0u);

  auto top = top_documents(r, 10);
  ASSERT_EQ(top.size(), 2u);  // documents without findings are not "top"
  EXPECT_EQ(top[0]->path, "b.txt");
  EXPECT_EQ(top[1]->path, "a.txt");
  EXPECT_EQ(top_documents(r, 1).size(), 1u);

  auto terms = top_terms(r, 10);  // term.inconsistent has no official form to offer
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms[0].variant, "公民社会");
  EXPECT_EQ(terms[0].official, "民间社会");
  EXPECT_EQ(terms[0].findings, 3u);
  EXPECT_EQ(terms[0].documents, 2u);
}

TEST(ReportModel, BaselineMatchesByPathCodeAndTextNotLine) {
  Report before = report({doc("a.txt", {finding("a.txt", "term.variant", "公民社会", 3)})},
                         "2026-11-27T02:00:00Z");
  Report now = report({doc("a.txt", {finding("a.txt", "term.variant", "公民社会", 10)})});
  apply_baselines(now, {before});
  ASSERT_TRUE(now.baseline);
  EXPECT_EQ(now.baseline->new_count, 0u);
  EXPECT_TRUE(now.baseline->fixed.empty());
  EXPECT_EQ(new_count(now), 0u);
}

TEST(ReportModel, BaselineCountsRepeatsAsAMultiset) {
  auto x = [](uint32_t line) { return finding("a.txt", "term.variant", "公民社会", line); };
  auto y = [](uint32_t line) { return finding("a.txt", "term.variant", "利益相关方", line); };
  Report before = report({doc("a.txt", {x(1), x(2), y(3), y(4), y(5)})}, "2026-11-27T02:00:00Z");
  Report now = report({doc("a.txt", {x(1), x(2), x(3), y(9)})});
  apply_baselines(now, {before});
  ASSERT_TRUE(now.baseline);
  EXPECT_EQ(now.baseline->new_count, 1u);
  const auto& f = now.documents[0].findings;
  EXPECT_FALSE(f[0].is_new);
  EXPECT_FALSE(f[1].is_new);
  EXPECT_TRUE(f[2].is_new);  // the third 公民社会 is the new one
  EXPECT_FALSE(f[3].is_new);
  ASSERT_EQ(now.baseline->fixed.size(), 2u);  // two of the three 利益相关方 are gone
  EXPECT_EQ(now.baseline->fixed[0].text, "利益相关方");
  EXPECT_EQ(now.baseline->fixed[0].line, 4u);  // as in the baseline
  EXPECT_EQ(now.baseline->fixed[1].line, 5u);
  EXPECT_EQ(now.baseline->generated, "2026-11-27T02:00:00Z");

  auto rules = count_by_rule(now);
  EXPECT_EQ(rules.back().code, "term.variant");
  EXPECT_EQ(rules.back().new_findings, 1u);
  EXPECT_EQ(rules.back().fixed, 2u);
}

TEST(ReportModel, BaselineDifferentCodeOrPathIsNew) {
  Report before = report({doc("a.txt", {finding("a.txt", "term.variant", "公民社会")})},
                         "2026-11-27T02:00:00Z");
  Report now = report({doc("a.txt", {finding("a.txt", "term.inconsistent", "公民社会")}),
                       doc("b.txt", {finding("b.txt", "term.variant", "公民社会")})});
  apply_baselines(now, {before});
  EXPECT_EQ(now.baseline->new_count, 2u);
  ASSERT_EQ(now.baseline->fixed.size(), 1u);
  EXPECT_EQ(now.baseline->fixed[0].code, "term.variant");
  EXPECT_EQ(now.baseline->fixed[0].path, "a.txt");
}

TEST(ReportModel, MissingOrUnreadableDocumentsHaveNothingFixed) {
  Report before = report({doc("gone.txt", {finding("gone.txt", "term.variant", "公民社会")}),
                          doc("broken.txt", {finding("broken.txt", "term.variant", "公民社会")})},
                         "2026-11-27T02:00:00Z");
  Report now = report({unreadable("broken.txt", "binary file")});
  apply_baselines(now, {before});
  EXPECT_TRUE(now.baseline->fixed.empty());
  EXPECT_EQ(now.baseline->new_count, 0u);
}

TEST(ReportModel, NewestBaselineIsComparedAndAllMakeTheTrend) {
  Report night1 = report({doc("a.txt", {finding("a.txt", "term.variant", "X"),
                                        finding("a.txt", "term.variant", "Y")})},
                         "2026-11-25T02:00:00Z");
  Report night2 =
      report({doc("a.txt", {finding("a.txt", "term.variant", "X")})}, "2026-11-26T02:00:00Z");
  night2.history.push_back({night1.generated, "", totals_of(night1)});  // as report.json carries it
  Report night3 =
      report({doc("a.txt", {finding("a.txt", "term.variant", "Z")})}, "2026-11-27T02:00:00Z");
  Report now = report({doc("a.txt", {finding("a.txt", "term.variant", "X")})});
  apply_baselines(now, {night3, night1, night2});  // any order
  EXPECT_EQ(now.baseline->generated, night3.generated);
  EXPECT_EQ(now.baseline->new_count, 1u);
  ASSERT_EQ(now.history.size(), 3u);  // night1 once, though given twice
  EXPECT_EQ(now.history[0].generated, night1.generated);
  EXPECT_EQ(now.history[0].totals.findings, 2u);
  EXPECT_EQ(now.history[2].generated, night3.generated);

  apply_baselines(now, {});  // no baseline: no marks
  EXPECT_FALSE(now.baseline);
  EXPECT_EQ(new_count(now), 0u);
}

TEST(ReportModel, MergeCombinesShards) {
  Report a = report({doc("a.txt", {finding("a.txt", "term.variant", "X")}), doc("same.txt", {})},
                    "2026-11-28T02:00:00Z");
  a.label = "HRC46";
  a.documents[0].findings[0].is_new = true;
  Report b = report({doc("b.txt", {finding("b.txt", "date.invalid", "D", 2, Severity::kWarning)}),
                     unreadable("c.txt", "cannot open"),
                     doc("same.txt", {finding("same.txt", "term.variant", "dup")})},
                    "2026-11-28T02:05:00Z");
  b.history.push_back({"2026-11-27T02:00:00Z", "", {}});
  std::vector<std::string> dups;
  Report m = merge_reports({a, b}, &dups);
  EXPECT_EQ(dups, std::vector<std::string>{"same.txt"});
  ASSERT_EQ(m.documents.size(), 4u);
  EXPECT_EQ(m.documents[0].path, "a.txt");
  EXPECT_EQ(m.documents[3].path, "same.txt");
  EXPECT_TRUE(m.documents[3].findings.empty());  // the first shard's result is kept
  EXPECT_EQ(m.generated, "2026-11-28T02:05:00Z");
  EXPECT_EQ(m.label, "HRC46");
  EXPECT_EQ(m.history.size(), 1u);
  EXPECT_FALSE(m.baseline);
  EXPECT_EQ(new_count(m), 0u);
  Totals t = totals_of(m);
  EXPECT_EQ(t.findings, 2u);
  EXPECT_EQ(t.unreadable, 1u);
  EXPECT_EQ(count_by_rule(m).size(), 4u);  // the three listed rules and date.invalid
}

TEST(ReportModel, JsonRoundTrips) {
  Report before = report({doc("a.txt", {finding("a.txt", "term.variant", "公民社会", 1)})},
                         "2026-11-27T02:00:00Z");
  Finding f = finding("a.txt", "term.variant", "利益相关方", 2, Severity::kError, "利益攸关方");
  f.before = "所有<";
  f.match = "利益相关方";
  f.after = "&";
  f.column = 3;
  f.utf16_column = 4;
  Report now = report({doc("a.txt", {f}), unreadable("z.txt", "binary file")});
  now.label = "HRC46";
  apply_baselines(now, {before});
  auto j = nlohmann::ordered_json::parse(report_json_text(now));
  EXPECT_EQ(j["schema"], "unlint-report/1");
  EXPECT_EQ(j["totals"]["findings"], 1);
  EXPECT_EQ(j["totals"]["unreadable"], 1);
  EXPECT_EQ(j["baseline"]["new"], 1);
  EXPECT_EQ(j["baseline"]["fixed"][0]["path"], "a.txt");
  EXPECT_EQ(j["documents"][0]["findings"][0]["new"], true);
  EXPECT_EQ(j["documents"][0]["findings"][0]["context"]["before"], "所有<");
  EXPECT_EQ(j["documents"][1]["error"], "binary file");
  EXPECT_EQ(j["history"].size(), 1u);

  Report back = report_from_json(j, "report.json");
  EXPECT_EQ(report_json_text(back), report_json_text(now));
}

TEST(ReportModel, ReportFromJsonNamesTheFileOnBadInput) {
  auto fails = [](const std::string& text) {
    try {
      report_from_json(nlohmann::ordered_json::parse(text), "night/report.json");
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  EXPECT_NE(fails("[]").find("night/report.json"), std::string::npos);
  EXPECT_NE(fails(R"({"schema":"other"})").find("not an unlint report.json"), std::string::npos);
  EXPECT_NE(fails(R"({"schema":"unlint-report/9","rules":[],"documents":[]})").find("newer"),
            std::string::npos);
  EXPECT_NE(fails(R"({"schema":"unlint-report/1","rules":[]})").find("documents"),
            std::string::npos);
  EXPECT_EQ(fails(R"({"schema":"unlint-report/1","rules":[],"documents":[]})"), "");
  EXPECT_THROW(read_report("/nonexistent/report.json"), Error);
}

}  // namespace
}  // namespace unlint
