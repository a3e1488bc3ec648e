#include "report/text_reporter.h"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <sstream>
#include <string_view>

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

// The excerpt under a finding is a window on its line, not the whole line: a PDF extraction can put
// a whole document on one line, and each finding would print all of it. The window holds up to
// kContext display columns on each side of the range (the side with less to show lends the rest
// to the other, so a short line is printed whole), and up to kRangeShown columns of the range
// itself; every cut falls between code points and shows as `…`.
constexpr int kContext = 40;
constexpr int kRangeShown = 2 * kContext;
constexpr std::string_view kEllipsis = "\u2026";  // one column, like utf8::display_width says

int columns(char32_t c) { return c == '\t' ? 1 : utf8::display_width(c); }

// Where lines are paragraphs (a Word file's), a line can hold line feeds of its own; the window
// does not go past one, so the excerpt stays one line.
bool breaks_line(char32_t c) { return c == '\n' || c == '\r'; }

// Where a walk over whole code points stopped, and the display columns it covered.
struct Walk {
  uint32_t at = 0;
  int width = 0;
};

// Forward from `from`, not past `limit`, while the width stays within `budget`.
Walk walk_forward(std::string_view text, uint32_t from, uint32_t limit, int budget) {
  Walk w{from, 0};
  while (w.at < limit) {
    size_t next = w.at;
    char32_t c = utf8::next(text, next);
    if (breaks_line(c) || w.width + columns(c) > budget) break;
    w.width += columns(c);
    w.at = static_cast<uint32_t>(next);
  }
  return w;
}

// Backward from `from`, not before `limit`, while the width stays within `budget`.
Walk walk_backward(std::string_view text, uint32_t from, uint32_t limit, int budget) {
  Walk w{from, 0};
  while (w.at > limit) {
    size_t prev = w.at;
    char32_t c = utf8::prev(text, prev);
    if (breaks_line(c) || prev < limit || w.width + columns(c) > budget) break;
    w.width += columns(c);
    w.at = static_cast<uint32_t>(prev);
  }
  return w;
}

// Appends text[from, to) to `line`, and to `marker` what stands under it: `mark` under each
// column, or blanks (a tab stays a tab so the marker follows the terminal's tab stops).
void append_part(std::string& line, std::string& marker, std::string_view text, uint32_t from,
                 uint32_t to, char mark) {
  line.append(text.substr(from, to - from));
  for (size_t i = from; i < to;) {
    char32_t c = utf8::next(text, i);
    if (c == '\t') {
      marker += mark == ' ' ? '\t' : mark;
    } else {
      marker.append(static_cast<size_t>(utf8::display_width(c)), mark);
    }
  }
}

// A window on the line of `span`'s start, and a marker line under the part of it the span covers
// (a span that goes on past the line is marked to the line's end). The cost is bounded by the
// window, not by the line's length.
void append_excerpt(std::string& out, const Document& doc, Span span, bool color) {
  const LineIndex& lines = doc.lines();
  std::string_view text = doc.text();
  uint32_t line = lines.line_of(span.begin);
  uint32_t begin = lines.line_start(line), end = lines.line_end(line);
  uint32_t mark_begin = std::clamp(span.begin, begin, end);
  uint32_t mark_end = std::min(std::max(span.end, span.begin + 1), end);
  if (mark_end < mark_begin) mark_end = mark_begin;

  Walk range = walk_forward(text, mark_begin, mark_end, kRangeShown);
  bool range_cut = range.at < mark_end;
  // First how much each side has (up to twice its share), then the shares.
  Walk left = walk_backward(text, mark_begin, begin, 2 * kContext);
  Walk right = range_cut ? Walk{range.at, 0} : walk_forward(text, range.at, end, 2 * kContext);
  int left_budget = kContext, right_budget = kContext;
  if (!range_cut && right.width < kContext) left_budget += kContext - right.width;
  if (left.width < kContext) right_budget += kContext - left.width;
  left = walk_backward(text, mark_begin, begin, left_budget);
  if (!range_cut) right = walk_forward(text, range.at, end, right_budget);

  std::string shown, marker;
  if (left.at > begin) {
    shown += kEllipsis;
    marker += ' ';
  }
  append_part(shown, marker, text, left.at, mark_begin, ' ');
  append_part(shown, marker, text, mark_begin, range.at, '^');
  if (range.at == mark_begin && !range_cut) marker += '^';  // at the line's end
  if (range_cut) {
    shown += kEllipsis;
    marker += '^';  // the range goes on past the cut
  } else {
    append_part(shown, marker, text, range.at, right.at, ' ');
    if (right.at < end) shown += kEllipsis;
  }
  while (!marker.empty() && (marker.back() == ' ' || marker.back() == '\t')) marker.pop_back();
  out += "  ";
  out += shown;
  out += "\n  ";
  if (color) out += "\x1b[1;32m";
  out += marker;
  if (color) out += "\x1b[0m";
  out += "\n";
}

}  // namespace

void TextWriter::file(const FileResult& r) {
  summary_.add(r);
  if (!r.doc) {
    buf_ += fmt::format("{}: {}error:{} {} [input.unreadable]\n", r.path,
                        o_.color ? color_of(Severity::kError) : "", o_.color ? "\x1b[0m" : "",
                        r.error);
    return;
  }
  // A Word file's lines are paragraphs: draft.docx:¶12:5.
  std::string_view line_name = r.doc->container() ? r.doc->container()->line_name() : "";
  uint32_t line = 0;  // findings come sorted: each line is looked for from the last one's
  for (const Diagnostic& d : r.diagnostics) {
    Position p = r.doc->lines().position(d.span.begin, &line);
    // path:line:column: severity: message [code], appended piece by piece (a large file has
    // tens of thousands of these lines).
    buf_ += r.path;
    buf_ += ':';
    buf_ += line_name;
    const fmt::format_int line_no(p.line + 1), column(p.code_point + 1);
    buf_.append(line_no.data(), line_no.size());
    buf_ += ':';
    buf_.append(column.data(), column.size());
    buf_ += ": ";
    if (o_.color) buf_ += color_of(d.severity);
    buf_ += severity_name(d.severity);
    buf_ += ':';
    if (o_.color) buf_ += "\x1b[0m";
    buf_ += ' ';
    buf_ += std::string_view(d.message);
    buf_ += " [";
    buf_ += std::string_view(d.code);
    buf_ += "]\n";
    if (!o_.quiet) append_excerpt(buf_, *r.doc, d.span, o_.color);
    if (buf_.size() >= (size_t{1} << 16)) flush();
  }
}

void TextWriter::finish() {
  if (!o_.quiet) {
    const Summary& s = summary_;
    size_t total = s.errors + s.warnings + s.information + s.hints;
    buf_ += fmt::format("{} 个文件，{} 个问题 ({} file{}, {} error{}, {} warning{}, {} info)\n",
                        s.files, total, s.files, s.files == 1 ? "" : "s", s.errors,
                        s.errors == 1 ? "" : "s", s.warnings, s.warnings == 1 ? "" : "s",
                        s.information + s.hints);
  }
  flush();
  out_.flush();
}

void TextWriter::flush() {
  out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  buf_.clear();
}

std::string format_text(const std::vector<FileResult>& results, const TextOptions& o) {
  std::ostringstream out;
  {
    TextWriter w(out, o);
    for (const FileResult& r : results) w.file(r);
    w.finish();
  }
  return std::move(out).str();
}

}  // namespace unlint
