// JSON written straight into a string is byte for byte what the JSON library's dump() writes.
#include "report/json_text.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "report/report_model.h"
#include "report/sarif_reporter.h"

namespace unlint {
namespace {

using ordered_json = nlohmann::ordered_json;

std::string written(std::string_view s) {
  std::string out;
  json_text::append_string(out, s);
  return out;
}

TEST(JsonText, StringsAreEscapedAsTheLibraryEscapesThem) {
  std::string every_ascii;
  for (int c = 0; c < 128; ++c) every_ascii += static_cast<char>(c);
  for (std::string s :
       {std::string(), std::string("plain"), every_ascii,
        std::string("引号\"和\\反斜杠\t制表\n换行\r回车\b\f"), std::string("控制\x01\x1f\x7f字符"),
        std::string("𠀀 emoji 😀 é"), std::string("</script> & 'quotes'"), std::string(1000, '"')}) {
    EXPECT_EQ(written(s), ordered_json(s).dump()) << s;
  }
}

TEST(JsonText, InvalidUtf8FailsAsTheLibraryFails) {
  for (std::string s :
       {std::string("a\xFFz"), std::string("人\xE4\xBA"), std::string("\xED\xA0\x80")}) {
    EXPECT_THROW(ordered_json(s).dump(), nlohmann::json::type_error);
    EXPECT_THROW(written(s), nlohmann::json::type_error);
  }
}

TEST(JsonText, ObjectsAndNumbers) {
  std::string out;
  json_text::Object o(out);
  o.string("a", "x").number("n", 0).number("big", 18446744073709551615ull).boolean("t", true);
  {
    json_text::Object inner(o.key("in"));
    inner.string("s", "\"").close();
  }
  o.close();
  ordered_json j{
      {"a", "x"}, {"n", 0}, {"big", 18446744073709551615ull}, {"t", true}, {"in", {{"s", "\""}}}};
  EXPECT_EQ(out, j.dump());
}

Finding sample_finding(std::string message, std::string suggestion, bool is_new) {
  Finding f;
  f.path = "drafts/a \"b\".txt";
  f.code = "term.variant";
  f.severity = Severity::kError;
  f.line = 3, f.column = 5, f.end_line = 3, f.end_column = 9;
  f.utf16_column = 6, f.utf16_end_column = 10;
  f.message = std::move(message);
  f.text = "普遍定期审查";
  f.suggestion = std::move(suggestion);
  f.before = "…参加\t";
  f.match = "普遍定期审查";
  f.after = "\"的\\机制";
  f.is_new = is_new;
  return f;
}

// The first JSON object of `line`, however the line goes on after it ("},", "]}]}").
std::string first_object(const std::string& line) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{') {
      ++depth;
    } else if (c == '}' && --depth == 0) {
      return line.substr(0, i + 1);
    }
  }
  return line;
}

// Every line the SARIF and report.json writers make for a finding reads back to JSON that the
// library writes out as exactly the same text.
TEST(JsonText, ReportLinesAreWhatTheLibraryWouldWrite) {
  Report r;
  r.generated = "2026-01-01T00:00:00Z";
  r.tool_version = "0.1.0";
  r.rules.push_back({"term.variant", "非标准 (variant)", Severity::kError});
  DocumentReport d;
  d.path = "drafts/a \"b\".txt";
  d.encoding = "UTF-8";
  d.findings.push_back(sample_finding("非联合国用语“审查”\n(non-un)", "普遍定期审议", true));
  d.findings.push_back(sample_finding("控制\x01字符", "", false));
  r.documents.push_back(d);
  r.baseline = BaselineDiff{"2025-12-31T00:00:00Z", "yesterday", 1, {}};
  size_t checked = 0;
  for (const std::string& text : {sarif_text(r), report_json_text(r)}) {
    size_t at = 0;
    while (at < text.size()) {
      size_t end = text.find('\n', at);
      std::string line = text.substr(at, end - at);
      at = end == std::string::npos ? text.size() : end + 1;
      if (!line.starts_with("{\"ruleId\"") && !line.starts_with("{\"path\"")) continue;
      line = first_object(line);
      EXPECT_EQ(ordered_json::parse(line).dump(), line);
      ++checked;
    }
  }
  EXPECT_EQ(checked, 3u);  // two SARIF results, one report.json document
}

}  // namespace
}  // namespace unlint
