#include "report/json_reporter.h"

#include <filesystem>

#include "version.h"

namespace unlint {

using nlohmann::json;

json lsp_range(const Document& doc, Span span, bool utf8_positions) {
  auto pos = [&](uint32_t offset) {
    Position p = doc.lines().position(offset);
    return json{{"line", p.line},
                {"character", utf8_positions ? offset - doc.lines().line_start(p.line) : p.utf16}};
  };
  return json{{"start", pos(span.begin)}, {"end", pos(span.end)}};
}

std::string percent_encode(std::string_view path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string file_uri(const std::string& path) {
  std::error_code ec;
  std::string abs = std::filesystem::absolute(path, ec).lexically_normal().string();
  if (ec) abs = path;
  return "file://" + percent_encode(abs);
}

json diagnostic_json(const Document& doc, const Diagnostic& d, const std::string& uri,
                     bool utf8_positions) {
  json j{{"range", lsp_range(doc, d.span, utf8_positions)},
         {"severity", static_cast<int>(d.severity)},
         {"code", d.code},
         {"source", "unlint"},
         {"message", d.message}};
  if (!d.related.empty()) {
    json rel = json::array();
    for (const auto& r : d.related) {
      rel.push_back({{"location", {{"uri", uri}, {"range", lsp_range(doc, r.span, utf8_positions)}}},
                     {"message", r.message}});
    }
    j["relatedInformation"] = rel;
  }
  json fixes = json::array();
  for (const Fix& f : d.fixes) {
    json edits = json::array();
    for (const Edit& e : f.edits) {
      edits.push_back({{"range", lsp_range(doc, e.span, utf8_positions)}, {"newText", e.replacement}});
    }
    fixes.push_back({{"title", f.title}, {"edits", edits}});
  }
  j["data"] = {{"text", d.text}, {"fixes", fixes}};
  if (doc.container()) {
    // A Word file's lines are paragraphs: the paragraph gives a tool its context.
    j["data"]["paragraph"] = doc.lines().line_text(doc.lines().line_of(d.span.begin));
  }
  return j;
}

json results_json(const std::vector<FileResult>& results) {
  json files = json::array();
  Summary summary;
  for (const FileResult& r : results) {
    summary.add(r);
    std::string uri = file_uri(r.path);
    json f{{"path", r.path}, {"uri", uri}};
    json diags = json::array();
    if (r.doc) {
      f["encoding"] = r.doc->encoding();
      for (const Diagnostic& d : r.diagnostics) diags.push_back(diagnostic_json(*r.doc, d, uri));
    } else {
      f["error"] = r.error;
      diags.push_back({{"range", {{"start", {{"line", 0}, {"character", 0}}},
                                  {"end", {{"line", 0}, {"character", 0}}}}},
                       {"severity", 1},
                       {"code", "input.unreadable"},
                       {"source", "unlint"},
                       {"message", "无法读取文件 (cannot read the file): " + r.error},
                       {"data", {{"text", ""}, {"fixes", json::array()}}}});
    }
    f["diagnostics"] = diags;
    files.push_back(f);
  }
  return json{{"tool", {{"name", "unlint"}, {"version", kVersion}}},
              {"files", files},
              {"summary",
               {{"files", summary.files},
                {"errors", summary.errors},
                {"warnings", summary.warnings},
                {"information", summary.information},
                {"hints", summary.hints}}}};
}

}  // namespace unlint
