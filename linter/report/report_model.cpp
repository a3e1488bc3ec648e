#include "report/report_model.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_map>

#include "core/error.h"
#include "report/json_text.h"

namespace unlint {

using json = nlohmann::ordered_json;

namespace {

constexpr size_t kContextCodePoints = 60;  // of the source line kept on each side of a finding
constexpr size_t kMaxHistory = 120;        // nights kept for the trend chart

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The last `n` code points of `s`, with "…" in front when it was cut.
std::string keep_tail(std::string_view s, size_t n) {
  size_t i = s.size(), count = 0;
  while (i > 0 && count < n) {
    --i;
    while (i > 0 && is_continuation(s[i])) --i;
    ++count;
  }
  return i > 0 ? "…" + std::string(s.substr(i)) : std::string(s);
}

std::string keep_head(std::string_view s, size_t n) {
  size_t i = 0, count = 0;
  while (i < s.size() && count < n) {
    ++i;
    while (i < s.size() && is_continuation(s[i])) ++i;
    ++count;
  }
  return i < s.size() ? std::string(s.substr(0, i)) + "…" : std::string(s);
}

// The span's text with the first fix applied, when every edit of that fix lies inside the span.
std::string suggestion_of(const Diagnostic& d) {
  if (d.fixes.empty() || d.fixes.front().edits.empty()) return {};
  std::vector<Edit> edits = d.fixes.front().edits;
  std::sort(edits.begin(), edits.end(),
            [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
  std::string out;
  uint32_t at = d.span.begin;
  for (const Edit& e : edits) {
    if (e.span.begin < at || e.span.end > d.span.end || e.span.begin > e.span.end) return {};
    out.append(d.text, at - d.span.begin, e.span.begin - at);
    out += e.replacement;
    at = e.span.end;
  }
  out.append(d.text, at - d.span.begin);
  return out;
}

std::string json_severity(Severity s) { return std::string(severity_name(s)); }

json totals_json(const Totals& t) {
  return json{{"documents", t.documents}, {"unreadable", t.unreadable},
              {"findings", t.findings},   {"errors", t.errors},
              {"warnings", t.warnings},   {"information", t.information},
              {"hints", t.hints}};
}

// One finding as a JSON object, written without a tree: a session has tens of thousands. The
// baseline's fixed findings carry their path; a document's findings do not repeat it.
void write_finding(std::string& out, const Finding& f, bool with_path) {
  json_text::Object j(out);
  if (with_path) j.string("path", f.path);
  j.string("code", f.code)
      .string("severity", severity_name(f.severity))
      .number("line", f.line)
      .number("column", f.column)
      .number("end_line", f.end_line)
      .number("end_column", f.end_column)
      .number("utf16_column", f.utf16_column)
      .number("utf16_end_column", f.utf16_end_column)
      .string("message", f.message)
      .string("text", f.text);
  if (!f.suggestion.empty()) j.string("suggestion", f.suggestion);
  {
    json_text::Object context(j.key("context"));
    context.string("before", f.before).string("match", f.match).string("after", f.after).close();
  }
  if (f.is_new) j.boolean("new", true);
  j.close();
}

void write_findings(std::string& out, const std::vector<Finding>& findings, bool with_path) {
  out += '[';
  for (size_t k = 0; k < findings.size(); ++k) {
    if (k) out += ',';
    write_finding(out, findings[k], with_path);
  }
  out += ']';
}

// Reading: every access goes through these, so a malformed file names the file, not a crash.
[[noreturn]] void bad(const std::string& source, const std::string& what) {
  throw Error(source + ": not an unlint report.json (" + what + ")");
}

const json& member(const json& j, const char* key, const std::string& source) {
  if (!j.is_object() || !j.contains(key)) bad(source, std::string("missing \"") + key + "\"");
  return j.at(key);
}

std::string str_or(const json& j, const char* key, const std::string& fallback = {}) {
  if (j.is_object() && j.contains(key) && j.at(key).is_string())
    return j.at(key).get<std::string>();
  return fallback;
}

size_t num_or(const json& j, const char* key, size_t fallback = 0) {
  if (j.is_object() && j.contains(key) && j.at(key).is_number_unsigned()) {
    return j.at(key).get<size_t>();
  }
  return fallback;
}

Severity severity_from(const json& j, const char* key) {
  Severity s = Severity::kWarning;
  parse_severity(str_or(j, key, "warning"), &s);
  return s;
}

Totals totals_from(const json& j) {
  Totals t;
  t.documents = num_or(j, "documents");
  t.unreadable = num_or(j, "unreadable");
  t.findings = num_or(j, "findings");
  t.errors = num_or(j, "errors");
  t.warnings = num_or(j, "warnings");
  t.information = num_or(j, "information");
  t.hints = num_or(j, "hints");
  return t;
}

Finding finding_from(const json& j, const std::string& path, const std::string& source) {
  if (!j.is_object()) bad(source, "a finding is not an object");
  Finding f;
  f.path = path.empty() ? str_or(j, "path") : path;
  f.code = member(j, "code", source).is_string() ? j.at("code").get<std::string>() : "";
  f.severity = severity_from(j, "severity");
  f.line = static_cast<uint32_t>(num_or(j, "line", 1));
  f.column = static_cast<uint32_t>(num_or(j, "column", 1));
  f.end_line = static_cast<uint32_t>(num_or(j, "end_line", f.line));
  f.end_column = static_cast<uint32_t>(num_or(j, "end_column", f.column));
  f.utf16_column = static_cast<uint32_t>(num_or(j, "utf16_column", f.column));
  f.utf16_end_column = static_cast<uint32_t>(num_or(j, "utf16_end_column", f.end_column));
  f.message = str_or(j, "message");
  f.text = str_or(j, "text");
  f.suggestion = str_or(j, "suggestion");
  if (j.contains("context")) {
    const json& c = j.at("context");
    f.before = str_or(c, "before");
    f.match = str_or(c, "match");
    f.after = str_or(c, "after");
  }
  f.is_new = j.contains("new") && j.at("new").is_boolean() && j.at("new").get<bool>();
  return f;
}

void add_history(std::vector<HistoryPoint>& history, HistoryPoint p) {
  for (const auto& h : history) {
    if (h.generated == p.generated && h.label == p.label) return;
  }
  history.push_back(std::move(p));
}

void finish_history(std::vector<HistoryPoint>& history, const std::string& now) {
  std::erase_if(history, [&](const HistoryPoint& h) { return !now.empty() && h.generated >= now; });
  std::stable_sort(
      history.begin(), history.end(),
      [](const HistoryPoint& a, const HistoryPoint& b) { return a.generated < b.generated; });
  if (history.size() > kMaxHistory) {
    history.erase(history.begin(), history.end() - static_cast<ptrdiff_t>(kMaxHistory));
  }
}

}  // namespace

DocumentReport summarise(const Document& doc, const std::vector<Diagnostic>& diagnostics) {
  DocumentReport r;
  r.path = doc.path();
  r.encoding = doc.encoding();
  r.findings.reserve(diagnostics.size());
  const LineIndex& lines = doc.lines();
  for (const Diagnostic& d : diagnostics) {
    Finding f;
    f.path = doc.path();
    f.code = d.code;
    f.severity = d.severity;
    Position b = lines.position(d.span.begin), e = lines.position(d.span.end);
    f.line = b.line + 1;
    f.column = b.code_point + 1;
    f.utf16_column = b.utf16 + 1;
    f.end_line = e.line + 1;
    f.end_column = e.code_point + 1;
    f.utf16_end_column = e.utf16 + 1;
    f.message = d.message;
    f.text = d.text;
    f.suggestion = suggestion_of(d);
    uint32_t start = lines.line_start(b.line), end = lines.line_end(b.line);
    uint32_t mb = std::min(d.span.begin, end), me = std::clamp(d.span.end, mb, end);
    std::string_view text = doc.text();
    f.before = keep_tail(text.substr(start, mb - start), kContextCodePoints);
    f.match = std::string(text.substr(mb, me - mb));
    f.after = keep_head(text.substr(me, end - me), kContextCodePoints);
    r.findings.push_back(std::move(f));
  }
  return r;
}

DocumentReport unreadable(std::string path, std::string error) {
  DocumentReport r;
  r.path = std::move(path);
  r.error = error.empty() ? "unreadable" : std::move(error);
  return r;
}

std::string family_of(std::string_view code) { return std::string(code.substr(0, code.find('.'))); }

void normalise(Report& report) {
  std::stable_sort(
      report.documents.begin(), report.documents.end(),
      [](const DocumentReport& a, const DocumentReport& b) { return a.path < b.path; });
  std::set<std::string> known;
  for (const auto& r : report.rules) known.insert(r.code);
  for (const auto& d : report.documents) {
    for (const auto& f : d.findings) {
      if (known.insert(f.code).second) report.rules.push_back({f.code, "", f.severity});
    }
  }
  std::sort(report.rules.begin(), report.rules.end(),
            [](const RuleEntry& a, const RuleEntry& b) { return a.code < b.code; });
}

Totals totals_of(const Report& report) {
  Totals t;
  for (const auto& d : report.documents) {
    ++t.documents;
    if (!d.readable()) ++t.unreadable;
    for (const auto& f : d.findings) {
      ++t.findings;
      switch (f.severity) {
        case Severity::kError:
          ++t.errors;
          break;
        case Severity::kWarning:
          ++t.warnings;
          break;
        case Severity::kInfo:
          ++t.information;
          break;
        case Severity::kHint:
          ++t.hints;
          break;
      }
    }
  }
  return t;
}

std::vector<RuleCount> count_by_rule(const Report& report) {
  std::vector<RuleCount> rows;
  std::unordered_map<std::string, size_t> index;
  for (const auto& r : report.rules) {
    index.emplace(r.code, rows.size());
    rows.push_back({r.code});
  }
  auto row = [&](const std::string& code) -> RuleCount& {
    auto [it, inserted] = index.emplace(code, rows.size());
    if (inserted) rows.push_back({code});
    return rows[it->second];
  };
  for (const auto& d : report.documents) {
    std::set<std::string_view> seen;
    for (const auto& f : d.findings) {
      RuleCount& r = row(f.code);
      ++r.findings;
      if (f.is_new) ++r.new_findings;
      if (seen.insert(f.code).second) ++r.documents;
    }
  }
  if (report.baseline) {
    for (const auto& f : report.baseline->fixed) ++row(f.code).fixed;
  }
  std::sort(rows.begin(), rows.end(),
            [](const RuleCount& a, const RuleCount& b) { return a.code < b.code; });
  return rows;
}

std::vector<FamilyCount> count_by_family(const Report& report) {
  std::map<std::string, FamilyCount> families;
  for (const auto& r : report.rules) families[family_of(r.code)].family = family_of(r.code);
  for (const auto& d : report.documents) {
    std::set<std::string> seen;
    for (const auto& f : d.findings) {
      std::string fam = family_of(f.code);
      FamilyCount& c = families[fam];
      c.family = fam;
      ++c.findings;
      if (seen.insert(fam).second) ++c.documents;
    }
  }
  std::vector<FamilyCount> out;
  for (auto& [_, c] : families) out.push_back(c);
  std::stable_sort(out.begin(), out.end(), [](const FamilyCount& a, const FamilyCount& b) {
    return a.findings > b.findings;
  });
  return out;
}

std::vector<const DocumentReport*> top_documents(const Report& report, size_t limit) {
  std::vector<const DocumentReport*> docs;
  for (const auto& d : report.documents) {
    if (!d.findings.empty()) docs.push_back(&d);
  }
  std::stable_sort(docs.begin(), docs.end(), [](const DocumentReport* a, const DocumentReport* b) {
    if (a->findings.size() != b->findings.size()) return a->findings.size() > b->findings.size();
    return a->path < b->path;
  });
  if (docs.size() > limit) docs.resize(limit);
  return docs;
}

std::vector<TermCount> top_terms(const Report& report, size_t limit,
                                 const std::vector<std::string>& codes) {
  // A term split across a line break is the same term.
  auto one_line = [](std::string s) {
    std::erase_if(s, [](char c) { return c == '\n' || c == '\r'; });
    return s;
  };
  std::map<std::tuple<std::string, std::string, std::string>, TermCount> groups;
  for (const auto& d : report.documents) {
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    for (const auto& f : d.findings) {
      if (f.suggestion.empty() || std::find(codes.begin(), codes.end(), f.code) == codes.end()) {
        continue;
      }
      auto key = std::make_tuple(one_line(f.text), one_line(f.suggestion), f.code);
      TermCount& t = groups[key];
      if (t.findings == 0) t = {std::get<0>(key), std::get<1>(key), f.code};
      ++t.findings;
      if (seen.insert(key).second) ++t.documents;
    }
  }
  std::vector<TermCount> out;
  for (auto& [_, t] : groups) out.push_back(std::move(t));
  std::stable_sort(out.begin(), out.end(), [](const TermCount& a, const TermCount& b) {
    if (a.findings != b.findings) return a.findings > b.findings;
    return a.documents > b.documents;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

void apply_baselines(Report& report, const std::vector<Report>& baselines) {
  for (auto& d : report.documents) {
    for (auto& f : d.findings) f.is_new = false;
  }
  report.baseline.reset();
  if (baselines.empty()) return;
  const Report* newest = &baselines.front();
  for (const auto& b : baselines) {
    if (b.generated >= newest->generated) newest = &b;
    for (const auto& h : b.history) add_history(report.history, h);
    add_history(report.history, {b.generated, b.label, totals_of(b)});
  }
  finish_history(report.history, report.generated);

  BaselineDiff diff;
  diff.generated = newest->generated;
  diff.label = newest->label;
  std::unordered_map<std::string, const DocumentReport*> before;
  for (const auto& d : newest->documents) before.emplace(d.path, &d);
  using Key = std::pair<std::string_view, std::string_view>;
  struct KeyHash {
    size_t operator()(const Key& k) const {
      return std::hash<std::string_view>()(k.first) * 31 + std::hash<std::string_view>()(k.second);
    }
  };
  for (auto& d : report.documents) {
    auto it = before.find(d.path);
    const DocumentReport* old = it == before.end() ? nullptr : it->second;
    std::unordered_map<Key, size_t, KeyHash> old_count, now_count;
    if (old) {
      for (const auto& f : old->findings) ++old_count[{f.code, f.text}];
    }
    for (auto& f : d.findings) {
      size_t k = now_count[{f.code, f.text}]++;
      auto o = old_count.find({f.code, f.text});
      f.is_new = o == old_count.end() || k >= o->second;
      if (f.is_new) ++diff.new_count;
    }
    if (!old || !d.readable()) continue;
    std::unordered_map<Key, size_t, KeyHash> seen;
    for (const auto& f : old->findings) {
      size_t k = seen[{f.code, f.text}]++;
      auto n = now_count.find({f.code, f.text});
      if (n == now_count.end() || k >= n->second) {
        Finding gone = f;
        gone.path = d.path;
        gone.is_new = false;
        diff.fixed.push_back(std::move(gone));
      }
    }
  }
  report.baseline = std::move(diff);
}

Report merge_reports(const std::vector<Report>& shards, std::vector<std::string>* duplicates) {
  Report out;
  std::set<std::string> paths, codes;
  for (const Report& s : shards) {
    if (s.generated > out.generated) out.generated = s.generated;
    if (out.label.empty()) out.label = s.label;
    if (out.tool_version.empty()) out.tool_version = s.tool_version;
    for (const auto& r : s.rules) {
      if (codes.insert(r.code).second) out.rules.push_back(r);
    }
    for (const auto& h : s.history) add_history(out.history, h);
    for (const auto& d : s.documents) {
      if (!paths.insert(d.path).second) {
        if (duplicates) duplicates->push_back(d.path);
        continue;
      }
      DocumentReport copy = d;
      for (auto& f : copy.findings) f.is_new = false;
      out.documents.push_back(std::move(copy));
    }
  }
  finish_history(out.history, out.generated);
  normalise(out);
  return out;
}

std::string report_json_text(const Report& report) {
  json rules = json::array();
  std::vector<RuleCount> counts = count_by_rule(report);
  std::unordered_map<std::string, const RuleCount*> count_of;
  for (const auto& c : counts) count_of.emplace(c.code, &c);
  for (const auto& r : report.rules) {
    const RuleCount* c = count_of.at(r.code);
    json row{{"code", r.code},          {"family", family_of(r.code)},
             {"summary", r.summary},    {"severity", json_severity(r.severity)},
             {"findings", c->findings}, {"documents", c->documents}};
    if (report.baseline) {
      row["new"] = c->new_findings;
      row["fixed"] = c->fixed;
    }
    rules.push_back(std::move(row));
  }
  json history = json::array();
  for (const auto& h : report.history) {
    history.push_back(
        {{"generated", h.generated}, {"label", h.label}, {"totals", totals_json(h.totals)}});
  }
  // Written one document at a time (one per line), so no JSON tree of the whole corpus is built.
  std::string out;
  out.reserve(65536 + totals_of(report).findings * 768);  // one allocation for a large session
  out += "{";
  auto field = [&](std::string_view key, const json& value) {
    out += '"';
    out += key;
    out += "\":";
    out += value.dump();
    out += ",\n";
  };
  field("schema", "unlint-report/1");
  field("tool", {{"name", "unlint"}, {"version", report.tool_version}});
  field("generated", report.generated);
  field("label", report.label);
  field("totals", totals_json(totals_of(report)));
  field("rules", rules);
  out += "\"documents\":[";
  for (size_t i = 0; i < report.documents.size(); ++i) {
    const DocumentReport& d = report.documents[i];
    out += i ? ",\n" : "\n";
    json_text::Object doc(out);
    doc.string("path", d.path);
    if (d.readable()) {
      doc.string("encoding", d.encoding);
    } else {
      doc.string("error", d.error);
    }
    write_findings(doc.key("findings"), d.findings, false);
    doc.close();
  }
  out += "],\n";
  if (report.baseline) {
    out += "\"baseline\":";
    json_text::Object baseline(out);
    baseline.string("generated", report.baseline->generated)
        .string("label", report.baseline->label)
        .number("new", report.baseline->new_count);
    write_findings(baseline.key("fixed"), report.baseline->fixed, true);
    baseline.close();
    out += ",\n";
  }
  out += "\"history\":";
  out += history.dump();
  out += "}\n";
  return out;
}

Report report_from_json(const json& j, const std::string& source) {
  if (!j.is_object()) bad(source, "not a JSON object");
  std::string schema = str_or(j, "schema");
  if (schema.rfind("unlint-report/", 0) != 0) bad(source, "\"schema\" is not unlint-report/N");
  if (schema != "unlint-report/1") {
    throw Error(source + ": report schema " + schema + " is newer than this unlint understands");
  }
  Report r;
  r.generated = str_or(j, "generated");
  r.label = str_or(j, "label");
  if (j.contains("tool")) r.tool_version = str_or(j.at("tool"), "version");
  const json& rules = member(j, "rules", source);
  if (!rules.is_array()) bad(source, "\"rules\" is not an array");
  for (const auto& row : rules) {
    std::string code = str_or(row, "code");
    if (code.empty()) bad(source, "a rule without \"code\"");
    r.rules.push_back({code, str_or(row, "summary"), severity_from(row, "severity")});
  }
  const json& docs = member(j, "documents", source);
  if (!docs.is_array()) bad(source, "\"documents\" is not an array");
  for (const auto& dj : docs) {
    DocumentReport d;
    d.path = str_or(dj, "path");
    if (d.path.empty()) bad(source, "a document without \"path\"");
    d.encoding = str_or(dj, "encoding");
    d.error = str_or(dj, "error");
    if (dj.contains("findings")) {
      const json& fs = dj.at("findings");
      if (!fs.is_array()) bad(source, "\"findings\" of " + d.path + " is not an array");
      d.findings.reserve(fs.size());
      for (const auto& fj : fs) d.findings.push_back(finding_from(fj, d.path, source));
    }
    r.documents.push_back(std::move(d));
  }
  if (j.contains("history") && j.at("history").is_array()) {
    for (const auto& h : j.at("history")) {
      r.history.push_back({str_or(h, "generated"), str_or(h, "label"),
                           totals_from(h.value("totals", json::object()))});
    }
  }
  if (j.contains("baseline") && j.at("baseline").is_object()) {
    const json& b = j.at("baseline");
    BaselineDiff diff;
    diff.generated = str_or(b, "generated");
    diff.label = str_or(b, "label");
    diff.new_count = num_or(b, "new");
    if (b.contains("fixed") && b.at("fixed").is_array()) {
      for (const auto& fj : b.at("fixed")) diff.fixed.push_back(finding_from(fj, "", source));
    }
    r.baseline = std::move(diff);
  }
  normalise(r);
  return r;
}

Report read_report(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot open report (" + std::string(std::strerror(errno)) + ")");
  std::stringstream ss;
  ss << in.rdbuf();
  json j = json::parse(ss.str(), nullptr, false);
  if (j.is_discarded()) throw Error(path + ": not valid JSON");
  return report_from_json(j, path);
}

}  // namespace unlint
