#include "report/text_reporter.h"

#include <fmt/format.h>

#include "text/utf8.h"

namespace unlint {
namespace {

const char* color_of(Severity s) {
  switch (s) {
    case Severity::kError: return "\x1b[1;31m";
    case Severity::kWarning: return "\x1b[1;33m";
    case Severity::kInfo: return "\x1b[1;36m";
    case Severity::kHint: return "\x1b[1;34m";
  }
  return "";
}

// The source line of `span`'s start, and a marker line under the part of it the span covers.
void append_excerpt(std::string& out, const Document& doc, Span span, bool color) {
  const LineIndex& lines = doc.lines();
  uint32_t line = lines.line_of(span.begin);
  uint32_t begin = lines.line_start(line), end = lines.line_end(line);
  std::string_view text = lines.line_text(line);
  std::string marker;
  bool marked = false;
  for (size_t i = 0; i < text.size();) {
    uint32_t at = begin + static_cast<uint32_t>(i);
    char32_t c = utf8::next(text, i);
    bool in = at >= span.begin && at < std::max(span.end, span.begin + 1);
    if (c == '\t') {
      marker += in ? '^' : '\t';
    } else {
      marker.append(static_cast<size_t>(utf8::display_width(c)), in ? '^' : ' ');
    }
    marked = marked || in;
  }
  if (!marked && span.begin >= end) marker += '^';  // at the line's end
  while (!marker.empty() && marker.back() == ' ') marker.pop_back();
  out += "  ";
  out += text;
  out += "\n  ";
  if (color) out += "\x1b[1;32m";
  out += marker;
  if (color) out += "\x1b[0m";
  out += "\n";
}

}  // namespace

std::string format_text(const std::vector<FileResult>& results, const TextOptions& o) {
  std::string out;
  Summary summary;
  for (const FileResult& r : results) {
    summary.add(r);
    if (!r.doc) {
      out += fmt::format("{}: {}error:{} {} [input.unreadable]\n", r.path,
                         o.color ? color_of(Severity::kError) : "", o.color ? "\x1b[0m" : "",
                         r.error);
      continue;
    }
    for (const Diagnostic& d : r.diagnostics) {
      Position p = r.doc->lines().position(d.span.begin);
      out += fmt::format("{}:{}:{}: {}{}:{} {} [{}]\n", r.path, p.line + 1, p.code_point + 1,
                         o.color ? color_of(d.severity) : "", severity_name(d.severity),
                         o.color ? "\x1b[0m" : "", d.message, d.code);
      if (!o.quiet) append_excerpt(out, *r.doc, d.span, o.color);
    }
  }
  if (!o.quiet) {
    size_t total = summary.errors + summary.warnings + summary.information + summary.hints;
    out += fmt::format("{} 个文件，{} 个问题 ({} file{}, {} error{}, {} warning{}, {} info)\n",
                       summary.files, total, summary.files, summary.files == 1 ? "" : "s",
                       summary.errors, summary.errors == 1 ? "" : "s", summary.warnings,
                       summary.warnings == 1 ? "" : "s", summary.information + summary.hints);
  }
  return out;
}

}  // namespace unlint
