#include "report/sarif_reporter.h"

#include <unordered_map>

#include "report/json_reporter.h"
#include "report/json_text.h"

namespace unlint {

using json = nlohmann::ordered_json;

namespace {

constexpr const char* kSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

const char* level_of(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
    case Severity::kHint:
      return "note";
  }
  return "warning";
}

}  // namespace

std::string sarif_uri(const std::string& path) {
  if (!path.empty() && path.front() == '/') return file_uri(path);
  std::string_view p = path;
  while (p.substr(0, 2) == "./") p.remove_prefix(2);
  return percent_encode(p);
}

namespace {

// One result, written as it is made: a session has tens of thousands.
void write_result(std::string& out, const Finding& f, const std::string& uri,
                  const std::unordered_map<std::string, size_t>& index, bool with_baseline) {
  using json_text::Object;
  auto region = [&f](std::string& to, bool with_snippet) {
    Object r(to);
    r.number("startLine", f.line)
        .number("startColumn", f.utf16_column)
        .number("endLine", f.end_line)
        .number("endColumn", f.utf16_end_column);
    if (with_snippet) {
      Object snippet(r.key("snippet"));
      snippet.string("text", f.text).close();
    }
    r.close();
  };
  auto artifact = [&uri](std::string& to) {
    Object a(to);
    a.string("uri", uri).close();
  };
  Object result(out);
  result.string("ruleId", f.code);
  if (auto it = index.find(f.code); it != index.end()) result.number("ruleIndex", it->second);
  result.string("level", level_of(f.severity));
  {
    Object message(result.key("message"));
    message.string("text", f.message).close();
  }
  {
    std::string& to = result.key("locations");
    to += '[';
    Object location(to);
    {
      Object physical(location.key("physicalLocation"));
      artifact(physical.key("artifactLocation"));
      region(physical.key("region"), true);
      physical.close();
    }
    location.close();
    to += ']';
  }
  if (!f.suggestion.empty()) {
    // A fix SARIF viewers can show: replace the region with the official form.
    std::string& to = result.key("fixes");
    to += '[';
    Object fix(to);
    {
      Object description(fix.key("description"));
      description.string("text", "改为“" + f.suggestion + "” (use “" + f.suggestion + "”)").close();
    }
    std::string& changes = fix.key("artifactChanges");
    changes += '[';
    Object change(changes);
    artifact(change.key("artifactLocation"));
    std::string& replacements = change.key("replacements");
    replacements += '[';
    Object replacement(replacements);
    region(replacement.key("deletedRegion"), false);
    {
      Object inserted(replacement.key("insertedContent"));
      inserted.string("text", f.suggestion).close();
    }
    replacement.close();
    replacements += ']';
    change.close();
    changes += ']';
    fix.close();
    to += ']';
  }
  if (with_baseline) result.string("baselineState", f.is_new ? "new" : "unchanged");
  result.close();
}

}  // namespace

std::string sarif_text(const Report& report) {
  json rules = json::array();
  std::unordered_map<std::string, size_t> index;
  for (const auto& r : report.rules) {
    index.emplace(r.code, rules.size());
    rules.push_back({{"id", r.code},
                     {"name", r.code},
                     {"shortDescription", {{"text", r.summary.empty() ? r.code : r.summary}}},
                     {"defaultConfiguration", {{"level", level_of(r.severity)}}},
                     {"properties", {{"family", family_of(r.code)}}}});
  }
  json notifications = json::array();
  for (const auto& d : report.documents) {
    if (d.readable()) continue;
    notifications.push_back(
        {{"level", "error"},
         {"message", {{"text", "无法读取文件 (cannot read the file): " + d.error}}},
         {"locations", json::array({{{"physicalLocation",
                                      {{"artifactLocation", {{"uri", sarif_uri(d.path)}}}}}}})}});
  }
  json invocation{{"executionSuccessful", true}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  json tool{{"driver",
             {{"name", "unlint"},
              {"version", report.tool_version},
              {"semanticVersion", report.tool_version},
              {"rules", std::move(rules)}}}};

  // Results are written one per line as they are made: no JSON tree of every finding.
  std::string out;
  out.reserve(65536 + totals_of(report).findings * 1024);  // one allocation for a large session
  out += "{\"$schema\":";
  out += json(kSchema).dump();
  out += ",\"version\":\"2.1.0\",\"runs\":[{\n\"tool\":";
  out += tool.dump();
  out += ",\n\"invocations\":";
  out += json::array({std::move(invocation)}).dump();
  out += ",\n\"columnKind\":\"utf16CodeUnits\"";
  if (!report.label.empty()) {
    out += ",\n\"automationDetails\":";
    out += json{{"id", report.label + "/"}}.dump();
  }
  out += ",\n\"results\":[";
  bool first = true;
  for (const auto& d : report.documents) {
    if (!d.readable()) continue;
    std::string uri = sarif_uri(d.path);
    for (const auto& f : d.findings) {
      out += first ? "\n" : ",\n";
      first = false;
      write_result(out, f, uri, index, report.baseline.has_value());
    }
  }
  out += "]}]}\n";
  return out;
}

}  // namespace unlint
