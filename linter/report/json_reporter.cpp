#include "report/json_reporter.h"

#include <filesystem>
#include <sstream>

#include "report/json_text.h"
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

// The one finding of a file that could not be read.
json unreadable_json(const std::string& error) {
  return {{"range", {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 0}, {"character", 0}}}}},
          {"severity", 1},
          {"code", "input.unreadable"},
          {"source", "unlint"},
          {"message", "无法读取文件 (cannot read the file): " + error},
          {"data", {{"text", ""}, {"fixes", json::array()}}}};
}

// The document's members in the order nlohmann::json writes them (sorted by key), so that the
// files can be written as they come: {"files":[…],"summary":{…},"tool":{…}}.
JsonWriter::JsonWriter(std::ostream& out) : out_(out) { buf_ += "{\"files\":["; }

namespace {

// A range as lsp_range() makes it, positions found from the line `*hint` (updated to the start's
// line; a position before it is found by a search of the whole index).
void append_range(std::string& out, const Document& doc, Span span, uint32_t* hint) {
  const Position b = doc.lines().position(span.begin, hint);
  uint32_t from_start = *hint;
  const Position e = doc.lines().position(span.end, &from_start);
  json_text::Object r(out);
  json_text::Object(r.key("end")).number("character", e.utf16).number("line", e.line).close();
  json_text::Object(r.key("start")).number("character", b.utf16).number("line", b.line).close();
  r.close();
}

}  // namespace

void JsonWriter::diagnostic(const Document& doc, const Diagnostic& d, const std::string& uri,
                            uint32_t* line_hint) {
  // Members sorted by key, as diagnostic_json() gives them.
  json_text::Object j(buf_);
  j.string("code", d.code);
  {
    json_text::Object data(j.key("data"));
    data.key("fixes") += '[';
    for (size_t f = 0; f < d.fixes.size(); ++f) {
      if (f > 0) buf_ += ',';
      json_text::Object fix(buf_);
      fix.key("edits") += '[';
      for (size_t e = 0; e < d.fixes[f].edits.size(); ++e) {
        if (e > 0) buf_ += ',';
        const Edit& edit = d.fixes[f].edits[e];
        json_text::Object o(buf_);
        o.string("newText", edit.replacement);
        uint32_t hint = *line_hint;  // an edit may lie before the finding: then a full search
        append_range(o.key("range"), doc, edit.span, &hint);
        o.close();
      }
      buf_ += ']';
      fix.string("title", d.fixes[f].title).close();
    }
    buf_ += ']';
    if (doc.container()) {
      data.string("paragraph", doc.lines().line_text(doc.lines().line_of(d.span.begin)));
    }
    data.string("text", d.text).close();
  }
  j.string("message", d.message);
  append_range(j.key("range"), doc, d.span, line_hint);
  if (!d.related.empty()) {
    j.key("relatedInformation") += '[';
    for (size_t k = 0; k < d.related.size(); ++k) {
      if (k > 0) buf_ += ',';
      json_text::Object rel(buf_);
      json_text::Object loc(rel.key("location"));
      uint32_t hint = *line_hint;  // the place related may come before the finding
      append_range(loc.key("range"), doc, d.related[k].span, &hint);
      loc.string("uri", uri).close();
      rel.string("message", d.related[k].message).close();
    }
    buf_ += ']';
  }
  j.number("severity", static_cast<uint64_t>(d.severity)).string("source", "unlint").close();
}

void JsonWriter::file(const FileResult& r) {
  summary_.add(r);
  if (!first_file_) buf_ += ',';
  first_file_ = false;
  const std::string uri = file_uri(r.path);
  json_text::Object f(buf_);
  f.key("diagnostics") += '[';
  if (r.doc) {
    uint32_t line = 0;  // findings come sorted: each line is looked for from the last one's
    for (size_t k = 0; k < r.diagnostics.size(); ++k) {
      buf_ += k > 0 ? ",\n" : "\n";
      diagnostic(*r.doc, r.diagnostics[k], uri, &line);
      if (buf_.size() >= (size_t{1} << 16)) flush();
    }
    buf_ += r.diagnostics.empty() ? "]" : "\n]";
    f.string("encoding", r.doc->encoding());
  } else {
    buf_ += unreadable_json(r.error).dump();
    buf_ += ']';
    f.string("error", r.error);
  }
  f.string("path", r.path).string("uri", uri).close();
}

void JsonWriter::finish() {
  buf_ += "],\"summary\":";
  json_text::Object(buf_)
      .number("errors", summary_.errors)
      .number("files", summary_.files)
      .number("hints", summary_.hints)
      .number("information", summary_.information)
      .number("warnings", summary_.warnings)
      .close();
  buf_ += ",\"tool\":";
  json_text::Object(buf_).string("name", "unlint").string("version", kVersion).close();
  buf_ += "}\n";
  flush();
  out_.flush();
}

void JsonWriter::flush() {
  out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  buf_.clear();
}

std::string results_json_text(const std::vector<FileResult>& results) {
  std::ostringstream out;
  {
    JsonWriter w(out);
    for (const FileResult& r : results) w.file(r);
    w.finish();
  }
  return std::move(out).str();
}

}  // namespace unlint
