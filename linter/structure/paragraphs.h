// The paragraph structure of a resolution-style text, read line by line in one pass: operative
// paragraphs (1. 2. …), sub-paragraphs ((a) (i) …), footnote markers and footnote lines.
//
// Built for PDF and Word extractions: page-break blank lines, indents, form feeds, page furniture
// (2 GE.20-08870) and footnote lines ( 1 见 E/CN.4/…) are not paragraphs. A text whose lines were
// joined keeps what is still recognisable: a marker inside a line is taken only right after a
// clause end (，；。：) and only where the numbering expects it, so a joined text never yields a
// finding a wrapped one would not. Invariant: every Span points into the text that was parsed;
// all vectors are in text order.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/line_index.h"
#include "core/span.h"
#include "structure/numbering_spec.h"

namespace unlint {

class Document;

struct Marker {
  Span span;          // the marker as written, without the space after it: "7." "（7）" "(a)"
  Span token;         // its number or label: "7" "a" "二"
  int value = 0;      // 7; (a) = 1; (iv) = 4; （三） = 3
  LabelKind kind = LabelKind::kNumber;
  int form = -1;      // index into NumberingSpec::forms
  bool fullwidth_digits = false;  // ７. — the number itself is in full-width digits
  bool mid_line = false;          // found inside a line (joined text), not at a line's start
};

struct Paragraph {
  Marker marker;
  int list = 0;      // numbered list: 0 is the operative part; a fresh "1." after it starts list 1
  uint32_t end = 0;  // where the paragraph ends: the next paragraph's marker, or the text's end
};

struct SubParagraph {
  Marker marker;
  int paragraph = -1;  // index into Structure::paragraphs; -1 in the preamble
  int level = 1;       // 1: (a) (b) …; 2: (i) (ii) … inside a first-degree sub-paragraph
  int list = -1;       // index into Structure::sub_lists
};

struct SubList {
  int paragraph = -1;
  int level = 1;
  LabelKind kind = LabelKind::kLetter;  // letters, roman numerals, or a numeric family
  std::vector<int> items;               // indexes into Structure::subs, in order
};

struct FootnoteMarker {
  Span span;  // the digits in the running text: 决议，[1]
  int value = 0;
  bool at_line_end = false;
};

struct FootnoteText {
  Span span;    // the footnote line from its number to its end: [1 见 E/CN.4/2001/2 …]
  Span number;  // [1]
  int value = 0;
};

struct Structure {
  std::vector<Paragraph> paragraphs;
  std::vector<SubParagraph> subs;
  std::vector<SubList> sub_lists;
  std::vector<FootnoteMarker> footnote_markers;  // empty unless the text carries footnote lines
  std::vector<FootnoteText> footnote_texts;
  // True when at least one operative paragraph starts a line: only then is the numbering a
  // structure that can be checked (a text with no line breaks left is not).
  bool line_based = false;

  // The paragraph that holds `offset` (the last one whose marker starts at or before it), or -1.
  int paragraph_at(uint32_t offset) const;
  // Whether `offset` lies in a footnote line.
  bool in_footnote_text(uint32_t offset) const;
  // The first first-degree sub-paragraph list of `paragraph`, or -1.
  int sub_list_of(int paragraph) const;
  // The second-degree list under first-degree sub-paragraph `sub`, or -1.
  int child_list_of(int sub) const;
  // The item of `list` whose label value is `value` (the later one if two share it), or -1.
  int sub_with_value(int list, int value) const;
};

Structure parse_structure(std::string_view text, const LineIndex& lines, const NumberingSpec& spec);
Structure parse_structure(const Document& doc, const NumberingSpec& spec);

// One numbering problem in a list of values that should run 1, 2, 3 …
struct SequenceIssue {
  enum class Kind : uint8_t {
    kGap,        // 7, 9: a number is missing
    kDuplicate,  // 8, 8
    kOrder,      // 9, 8: swapped or moved
  };
  size_t index = 0;  // position in the list of the item reported
  int expected = 0;
  int found = 0;
  Kind kind = Kind::kGap;
};

// Reports each break in `values` once, at the item that breaks it: a gap at the first number
// after it, a duplicate at the repeat, a swap at both items, a moved item where it stands.
std::vector<SequenceIssue> check_sequence(const std::vector<int>& values);

}  // namespace unlint
