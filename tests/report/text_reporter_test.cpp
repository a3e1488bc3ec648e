// Text output: the location line, then a window on the source line with a marker under the range.
// A short line is shown whole; a long one is cut on code-point boundaries, each cut shown as `…`,
// and the marker stays under the range in display columns (two per CJK character).
#include "report/text_reporter.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "text/utf8.h"

namespace unlint {
namespace {

const std::string kEllipsis = "\u2026";

std::string repeat(std::string_view s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

size_t width(std::string_view s) {
  size_t w = 0;
  for (size_t i = 0; i < s.size();) w += static_cast<size_t>(utf8::display_width(utf8::next(s, i)));
  return w;
}

struct Excerpt {
  std::string location, shown, marker;
};

// The text output for one diagnostic over `span` of `text`, split into its three lines.
Excerpt excerpt(const std::string& text, Span span) {
  std::vector<FileResult> results(1);
  results[0].path = "a.txt";
  results[0].doc = std::make_unique<Document>("a.txt", text);
  Diagnostic d;
  d.code = "term.variant";
  d.severity = Severity::kError;
  d.span = span;
  d.message = "message";
  results[0].diagnostics.push_back(d);
  std::string out = format_text(results, {});
  Excerpt e;
  size_t a = out.find('\n'), b = out.find('\n', a + 1), c = out.find('\n', b + 1);
  EXPECT_NE(c, std::string::npos) << out;
  if (c == std::string::npos) return e;
  e.location = out.substr(0, a);
  EXPECT_EQ(out.substr(a + 1, 2), "  ");
  EXPECT_EQ(out.substr(b + 1, 2), "  ");
  e.shown = out.substr(a + 3, b - a - 3);
  e.marker = out.substr(b + 3, c - b - 3);
  return e;
}

// The span of the first occurrence of `needle` in `text`.
Span span_of(const std::string& text, std::string_view needle, size_t from = 0) {
  size_t at = text.find(needle, from);
  EXPECT_NE(at, std::string::npos) << needle;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

// The marker starts under `before` (what the window shows before the range) and has one caret
// per column of `range`.
void expect_marker(const Excerpt& e, std::string_view before, std::string_view range) {
  EXPECT_EQ(e.marker, std::string(width(before), ' ') + std::string(width(range), '^'))
      << e.shown << "\n" << e.marker;
}

const std::string kTerm = "普遍定期审查";

TEST(TextReporter, ShortLineIsShownWhole) {
  std::string text = "参加" + kTerm + "的会议。\n下一行";
  Excerpt e = excerpt(text, span_of(text, kTerm));
  EXPECT_EQ(e.location, "a.txt:1:3: error: message [term.variant]");
  EXPECT_EQ(e.shown, "参加" + kTerm + "的会议。");
  expect_marker(e, "参加", kTerm);
}

TEST(TextReporter, ContextOnOneSideIsLentToTheOther) {
  // 45 columns before the range and 10 after: under 40 + 40 + the range, so nothing is cut.
  std::string before = "   注意到所有利益相关方，包括公民社会的参与对于";
  std::string text = before + kTerm + "的重要性，";
  Excerpt e = excerpt(text, span_of(text, kTerm));
  EXPECT_EQ(e.shown, text);
  expect_marker(e, before, kTerm);
}

TEST(TextReporter, LongLineWindowedAtTheStart) {
  std::string text = kTerm + repeat("的", 1000);
  Excerpt e = excerpt(text, span_of(text, kTerm));
  // Nothing to show on the left, so the right side gets both shares: 80 columns.
  EXPECT_EQ(e.shown, kTerm + repeat("的", 40) + kEllipsis);
  expect_marker(e, "", kTerm);
}

TEST(TextReporter, LongLineWindowedInTheMiddle) {
  std::string text = repeat("的", 1000) + kTerm + repeat("的", 1000);
  Excerpt e = excerpt(text, span_of(text, kTerm));
  EXPECT_EQ(e.location, "a.txt:1:1001: error: message [term.variant]");
  EXPECT_EQ(e.shown, kEllipsis + repeat("的", 20) + kTerm + repeat("的", 20) + kEllipsis);
  expect_marker(e, kEllipsis + repeat("的", 20), kTerm);
}

TEST(TextReporter, LongLineWindowedAtTheEnd) {
  std::string text = repeat("的", 1000) + kTerm + "。";
  Excerpt e = excerpt(text, span_of(text, kTerm));
  // Two columns after the range; the left side gets the other 38 of that share.
  EXPECT_EQ(e.shown, kEllipsis + repeat("的", 39) + kTerm + "。");
  expect_marker(e, kEllipsis + repeat("的", 39), kTerm);
}

TEST(TextReporter, OtherLinesOfALongDocumentAreNotShown) {
  std::string text = repeat("x", 500) + "\n" + kTerm + "\n" + repeat("y", 500);
  Excerpt e = excerpt(text, span_of(text, kTerm));
  EXPECT_EQ(e.location, "a.txt:2:1: error: message [term.variant]");
  EXPECT_EQ(e.shown, kTerm);
}

TEST(TextReporter, CutsFallBetweenCodePointsAndTheCaretFollowsDisplayWidth) {
  // Mixed widths around the range: ASCII (one column) and CJK (two). On the left, 39 columns of
  // "x的的…" fit and the next 的 would make 41, so the cut falls before it.
  std::string left = repeat("的", 100) + "x" + repeat("的", 19);
  std::string right = "A/HRC/44/28" + repeat("和", 100);
  std::string text = left + kTerm + right;
  Excerpt e = excerpt(text, span_of(text, kTerm));
  std::string shown_left = kEllipsis + "x" + repeat("的", 19);
  EXPECT_EQ(e.shown, shown_left + kTerm + "A/HRC/44/28" + repeat("和", 14) + kEllipsis);
  EXPECT_EQ(width(e.shown), 1 + 39 + 12 + 11 + 28 + 1u);
  expect_marker(e, shown_left, kTerm);
  // The shown text is well-formed UTF-8: no code point was split.
  EXPECT_EQ(utf8::valid_prefix(e.shown), e.shown.size());
}

TEST(TextReporter, FullWidthAndAsciiRangeIsMarkedColumnByColumn) {
  std::string range = "Ａ／ＨＲＣ/44/28";
  std::string text = repeat("a", 300) + "见" + range + "号文件" + repeat("b", 300);
  Excerpt e = excerpt(text, span_of(text, range));
  EXPECT_EQ(e.shown, kEllipsis + repeat("a", 38) + "见" + range + "号文件" + repeat("b", 34) +
                         kEllipsis);
  expect_marker(e, kEllipsis + repeat("a", 38) + "见", range);
  EXPECT_EQ(std::count(e.marker.begin(), e.marker.end(), '^'), 16);
}

TEST(TextReporter, RangeLongerThanTheWindowIsShownTruncated) {
  std::string range = repeat("审", 200);  // 400 columns
  std::string text = repeat("的", 1000) + range + repeat("的", 1000);
  Span span = span_of(text, range);
  Excerpt e = excerpt(text, span);
  EXPECT_EQ(e.location, "a.txt:1:1001: error: message [term.variant]");
  // 40 columns before, the first 80 columns of the range, and `…` (marked: the range goes on).
  EXPECT_EQ(e.shown, kEllipsis + repeat("的", 20) + repeat("审", 40) + kEllipsis);
  EXPECT_EQ(e.marker, std::string(41, ' ') + std::string(81, '^'));
}

TEST(TextReporter, RangeAcrossALineBreakIsMarkedToTheLineEnd) {
  std::string text = "参加普遍定期\n审查的会议";
  Span span = span_of(text, "普遍定期\n审查");
  Excerpt e = excerpt(text, span);
  EXPECT_EQ(e.shown, "参加普遍定期");
  expect_marker(e, "参加", "普遍定期");
}

TEST(TextReporter, EmptyRangeMarksTheCharacterAtItOrTheLineEnd) {
  std::string text = "参加会议\n下一行";
  Excerpt at = excerpt(text, {6, 6});  // before 会
  EXPECT_EQ(at.shown, "参加会议");
  expect_marker(at, "参加", "会");
  Excerpt end = excerpt(text, {12, 12});  // at the line break
  EXPECT_EQ(end.shown, "参加会议");
  EXPECT_EQ(end.marker, std::string(8, ' ') + "^");
  std::string long_line = repeat("的", 500);
  Excerpt long_end = excerpt(long_line, {static_cast<uint32_t>(long_line.size()),
                                         static_cast<uint32_t>(long_line.size())});
  EXPECT_EQ(long_end.shown, kEllipsis + repeat("的", 40));
  EXPECT_EQ(long_end.marker, std::string(81, ' ') + "^");
}

TEST(TextReporter, TabsStayTabsInTheMarker) {
  std::string text = "1.\t参加" + kTerm;
  Excerpt e = excerpt(text, span_of(text, kTerm));
  EXPECT_EQ(e.shown, text);
  EXPECT_EQ(e.marker, "  \t    ^^^^^^^^^^^^");
}

TEST(TextReporter, OutputPerFindingIsBoundedOnAHugeLine) {
  // Two megabytes on one line with a finding every ~200 KB: each excerpt is a window, so the
  // output stays a few hundred bytes per finding.
  std::string chunk = repeat("的", 70000) + kTerm;
  std::string text = repeat(chunk, 10);
  std::vector<FileResult> results(1);
  results[0].path = "big.txt";
  results[0].doc = std::make_unique<Document>("big.txt", text);
  for (size_t at = text.find(kTerm); at != std::string::npos; at = text.find(kTerm, at + 1)) {
    Diagnostic d;
    d.code = "term.variant";
    d.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + kTerm.size())};
    d.message = "message";
    results[0].diagnostics.push_back(d);
  }
  ASSERT_EQ(results[0].diagnostics.size(), 10u);
  std::string out = format_text(results, {});
  EXPECT_LT(out.size(), 10 * 600u) << out.substr(0, 2000);
  EXPECT_NE(out.find("big.txt:1:70001: warning: message [term.variant]\n  " + kEllipsis +
                     repeat("的", 20) + kTerm + "的"),
            std::string::npos);
}

TEST(TextReporter, QuietPrintsOnlyLocations) {
  std::vector<FileResult> results(1);
  results[0].path = "a.txt";
  results[0].doc = std::make_unique<Document>("a.txt", "参加" + kTerm);
  Diagnostic d;
  d.code = "term.variant";
  d.severity = Severity::kError;
  d.span = {6, 24};
  d.message = "message";
  results[0].diagnostics.push_back(d);
  EXPECT_EQ(format_text(results, {.color = false, .quiet = true}),
            "a.txt:1:3: error: message [term.variant]\n");
}

}  // namespace
}  // namespace unlint
