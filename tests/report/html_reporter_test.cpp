// The HTML page: escaping, the sections a documents officer reads, no network.
#include "report/html_reporter.h"

#include <gtest/gtest.h>

namespace unlint {
namespace {

Finding hostile(const std::string& path) {
  Finding f;
  f.path = path;
  f.code = "term.variant";
  f.severity = Severity::kError;
  f.line = f.end_line = 3;
  f.column = 2;
  f.text = "公民社会";
  f.suggestion = "民间<b>社会</b>";
  f.message = "非联合国用语 <script>alert('m')</script> & more";
  f.before = "<img src=x onerror=alert(1)>“";
  f.match = "公民社会";
  f.after = "”&amp;<!--";
  return f;
}

Report sample() {
  Report r;
  r.generated = "2026-11-28T02:00:00Z";
  r.tool_version = "0.1.0";
  r.label = "HRC46 <夜间>";
  r.rules = {{"term.variant", "非标准用语 (variant)", Severity::kError},
             {"symbol.malformed", "文号格式 (symbol)", Severity::kError}};
  DocumentReport d;
  d.path = "drafts/<a&b>.txt";
  d.encoding = "UTF-8";
  d.findings = {hostile(d.path)};
  r.documents.push_back(d);
  r.documents.push_back(unreadable("drafts/\"bad\".txt", "binary <file>"));
  DocumentReport clean;
  clean.path = "drafts/clean.txt";
  clean.encoding = "UTF-8";
  r.documents.push_back(clean);
  normalise(r);
  return r;
}

TEST(HtmlReporter, EscapesEverythingFromTheDrafts) {
  std::string html = format_html(sample());
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_EQ(html.find("<!--"), std::string::npos);
  EXPECT_EQ(html.find("<a&b>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;m&#39;)&lt;/script&gt; &amp; more"),
            std::string::npos);
  EXPECT_NE(html.find("drafts/&lt;a&amp;b&gt;.txt"), std::string::npos);
  EXPECT_NE(html.find("drafts/&quot;bad&quot;.txt"), std::string::npos);
  EXPECT_NE(html.find("HRC46 &lt;夜间&gt;"), std::string::npos);
  EXPECT_NE(html.find("<mark>公民社会</mark>"), std::string::npos);
  EXPECT_EQ(html_escape("<&>\"'"), "&lt;&amp;&gt;&quot;&#39;");
}

TEST(HtmlReporter, SelfContainedWithoutScriptOrNetwork) {
  std::string html = format_html(sample());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_NE(html.find("<style>"), std::string::npos);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
}

TEST(HtmlReporter, HasTheSectionsAnOfficerReads) {
  std::string html = format_html(sample());
  for (const char* id :
       {"id=\"overview\"", "id=\"totals\"", "id=\"families\"", "id=\"rules\"", "id=\"rule-table\"",
        "id=\"documents\"", "id=\"terminology\"", "id=\"term-table\"", "id=\"unreadable\"",
        "id=\"details\"", "<details id=\"doc-"}) {
    EXPECT_NE(html.find(id), std::string::npos) << id;
  }
  EXPECT_NE(html.find("data-rule=\"symbol.malformed\""), std::string::npos);  // zero rows listed
  EXPECT_NE(html.find("binary &lt;file&gt;"), std::string::npos);
  EXPECT_NE(html.find("drafts/clean.txt"), std::string::npos);
  // Without a baseline: no changes section and no trend.
  EXPECT_EQ(html.find("id=\"changes\""), std::string::npos);
  EXPECT_EQ(html.find("<svg role=\"img\" aria-label=\"趋势"), std::string::npos);
}

TEST(HtmlReporter, BaselineAddsChangesAndTrend) {
  Report now = sample();
  Report before = sample();
  before.generated = "2026-11-27T02:00:00Z";
  ASSERT_EQ(before.documents[1].path, "drafts/<a&b>.txt");
  before.documents[1].findings[0].text = "利益相关方";
  before.history.push_back({"2026-11-26T02:00:00Z", "", {}});
  apply_baselines(now, {before});
  std::string html = format_html(now);
  EXPECT_NE(html.find("id=\"changes\""), std::string::npos);
  EXPECT_NE(html.find("id=\"new\""), std::string::npos);
  EXPECT_NE(html.find("id=\"fixed\""), std::string::npos);
  EXPECT_NE(html.find("aria-label=\"趋势 trend\""), std::string::npos);
  EXPECT_NE(html.find("2026-11-26"), std::string::npos);  // the older night in the chart
  EXPECT_NE(html.find("class=\"badge\">新</span>"), std::string::npos);
  EXPECT_NE(html.find("利益相关方"), std::string::npos);  // the fixed one is listed
}

}  // namespace
}  // namespace unlint
