#include "structure/paragraphs.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "core/byte_scan.h"
#include "core/document.h"
#include "text/utf8.h"

namespace unlint {
namespace {

bool is_ws(char32_t c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0x00A0 || c == 0x3000 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0xFEFF;
}

int digit_of(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);
  return -1;
}

bool contains(const std::u32string& set, char32_t c) {
  return set.find(c) != std::u32string::npos;
}

// Clause ends after which a marker may stand inside a joined line.
bool is_clause_end(char32_t c) {
  return c == U'，' || c == U'；' || c == U'。' || c == U'：' || c == ';' || c == ':';
}
bool is_colon(char32_t c) { return c == U'：' || c == ':'; }
bool is_strong_end(char32_t c) { return c == U'；' || c == U'。' || c == ';'; }

int han_digit(char32_t c) {
  static const std::u32string kDigits = U"一二三四五六七八九";
  size_t at = kDigits.find(c);
  return at == std::u32string::npos ? -1 : static_cast<int>(at) + 1;
}

// A number in Chinese numerals, 1–99, spanning [i, *end).
int parse_han(std::string_view t, size_t i, size_t limit, size_t* end) {
  std::u32string run;
  size_t j = i;
  while (j < limit && run.size() < 3) {
    size_t k = j;
    char32_t c = utf8::next(t, k);
    if (han_digit(c) < 0 && c != U'十') break;
    run += c;
    j = k;
  }
  int v = 0;
  if (run.size() == 1) {
    v = run[0] == U'十' ? 10 : han_digit(run[0]);
  } else if (run.size() == 2) {
    if (run[0] == U'十' && han_digit(run[1]) > 0) v = 10 + han_digit(run[1]);
    else if (han_digit(run[0]) > 1 && run[1] == U'十') v = han_digit(run[0]) * 10;
  } else if (run.size() == 3) {
    if (han_digit(run[0]) > 1 && run[1] == U'十' && han_digit(run[2]) > 0) {
      v = han_digit(run[0]) * 10 + han_digit(run[2]);
    }
  }
  *end = j;
  return v > 0 ? v : 0;
}

// An Arabic number of 1–3 digits (ASCII or full-width) at i, not followed by another digit.
int parse_number(std::string_view t, size_t i, size_t limit, size_t* end, bool* fullwidth) {
  int v = 0, n = 0;
  bool fw = false;
  size_t j = i;
  while (j < limit) {
    size_t k = j;
    char32_t c = utf8::next(t, k);
    int d = digit_of(c);
    if (d < 0) break;
    if (++n > 3) return 0;
    fw = fw || c > 0x7F;
    v = v * 10 + d;
    j = k;
  }
  if (n == 0 || v == 0) return 0;
  *end = j;
  if (fullwidth) *fullwidth = fw;
  return v;
}

struct FormMatch {
  Marker marker;
  MarkerRole role;
};

bool is_numeric_family(LabelKind k) { return k != LabelKind::kLetter && k != LabelKind::kRoman; }

// The first characters of what `scan` and `match_forms` look at, by first UTF-8 byte: a byte
// outside the table starts nothing either of them takes, so they pass over it without decoding.
struct LeadBytes {
  bytes::CharTrigger scan;        // clause ends and the punctuation a footnote marker follows
  std::array<bool, 256> forms{};  // the first character of any marker form
  std::vector<char32_t> form_firsts;  // the same characters, outside ASCII, sorted
  // The first bytes of what may follow a clause end for `scan` to take anything there: white
  // space, a digit (ASCII or full-width) or the first character of a marker form. After any
  // other byte (running text, the usual case) there is nothing to look at.
  std::array<bool, 256> follow{};

  // Whether a marker form may start with `c`, a character outside ASCII.
  bool form_first(char32_t c) const {
    return std::binary_search(form_firsts.begin(), form_firsts.end(), c);
  }

  explicit LeadBytes(const NumberingSpec& spec) {
    auto mark_scan = [this](char32_t c) { scan.add(c); };
    auto mark_form = [this](char32_t c) {
      forms[static_cast<unsigned char>(utf8::encode(c)[0])] = true;
      if (c >= 0x80) form_firsts.push_back(c);
    };
    for (char32_t c : {U'，', U'；', U'。', U'：', U';', U':'}) mark_scan(c);
    for (char32_t c : spec.footnote_marker_after) mark_scan(c);
    for (const MarkerForm& f : spec.forms) {
      if (!f.prefix.empty()) {
        size_t k = 0;
        mark_form(utf8::next(f.prefix, k));
        continue;
      }
      switch (f.kind) {
        case LabelKind::kNumber:
          for (char32_t c = '0'; c <= '9'; ++c) mark_form(c), mark_form(c - '0' + 0xFF10);
          break;
        case LabelKind::kLetter:
        case LabelKind::kRoman:
          for (char32_t c = 'a'; c <= 'z'; ++c) mark_form(c);
          break;
        case LabelKind::kHan:
          for (char32_t c : std::u32string_view(U"一二三四五六七八九十")) mark_form(c);
          break;
        case LabelKind::kCircled:
          for (char32_t c = 0x2460; c < 0x2460 + 20; ++c) mark_form(c);
          break;
        case LabelKind::kParenNumber:
          for (char32_t c = 0x2474; c < 0x2474 + 20; ++c) mark_form(c);
          break;
        case LabelKind::kParenHan:
          for (char32_t c = 0x3220; c < 0x3220 + 10; ++c) mark_form(c);
          break;
      }
    }
    std::sort(form_firsts.begin(), form_firsts.end());
    follow = forms;
    for (unsigned char b : {' ', '\t', '\f', '\v'}) follow[b] = true;
    for (unsigned char b = '0'; b <= '9'; ++b) follow[b] = true;
    // U+00A0, U+2000..U+200B, U+3000, U+FEFF and the full-width digits start with these.
    for (unsigned char b : {0xC2, 0xE2, 0xE3, 0xEF}) follow[b] = true;
  }
};

class Parser {
 public:
  Parser(std::string_view text, const LineIndex& lines, const NumberingSpec& spec)
      : t_(text), lines_(lines), spec_(spec), lead_(spec), scan_chars_(text, lead_.scan) {}

  Structure run() {
    const uint32_t n = lines_.line_count();
    for (uint32_t li = 0; li < n; ++li) line(lines_.line_start(li), lines_.line_end(li));
    for (size_t i = 0; i < s_.paragraphs.size(); ++i) {
      s_.paragraphs[i].end = i + 1 < s_.paragraphs.size()
                                 ? s_.paragraphs[i + 1].marker.span.begin
                                 : static_cast<uint32_t>(t_.size());
    }
    resolve_footnote_markers();
    return std::move(s_);
  }

 private:
  struct Candidate {
    Span span;
    int value;
    bool strong;
  };

  char32_t at(size_t i, size_t* next = nullptr) const {
    size_t k = i;
    char32_t c = utf8::next(t_, k);
    if (next) *next = k;
    return c;
  }
  size_t skip_ws(size_t i, size_t end) const {
    while (i < end) {
      size_t k;
      if (!is_ws(at(i, &k))) break;
      i = k;
    }
    return i;
  }
  bool starts_with(size_t i, size_t end, std::string_view s) const {
    if (s.empty()) return true;
    return end > i && end - i >= s.size() && t_[i] == s[0] && t_.substr(i, s.size()) == s;
  }

  // All marker forms that match at i.
  void match_forms(size_t i, size_t end, std::vector<FormMatch>& out) const {
    out.clear();
    if (i >= end) return;
    const unsigned char lead = static_cast<unsigned char>(t_[i]);
    if (!lead_.forms[lead] || (lead >= 0x80 && !lead_.form_first(at(i)))) return;
    // A number after a prefix is read once for all the forms that share the prefix's length.
    size_t number_at = SIZE_MAX, number_end = 0;
    int number = 0;
    bool number_fw = false;
    for (size_t fi = 0; fi < spec_.forms.size(); ++fi) {
      const MarkerForm& f = spec_.forms[fi];
      if (!starts_with(i, end, f.prefix)) continue;
      size_t q = i + f.prefix.size(), tok_end = q;
      int v = 0;
      bool fw = false;
      switch (f.kind) {
        case LabelKind::kNumber:
          if (q != number_at) {
            number_at = q;
            number_end = q;
            number_fw = false;
            number = parse_number(t_, q, end, &number_end, &number_fw);
          }
          v = number, tok_end = number_end, fw = number_fw;
          break;
        case LabelKind::kLetter:
        case LabelKind::kRoman: {
          size_t j = q;
          while (j < end && j - q < 9 && t_[j] >= 'a' && t_[j] <= 'z') ++j;
          std::string_view run = t_.substr(q, j - q);
          v = f.kind == LabelKind::kLetter ? letter_value(run) : roman_value(run);
          tok_end = j;
          break;
        }
        case LabelKind::kHan: v = parse_han(t_, q, end, &tok_end); break;
        case LabelKind::kCircled:
        case LabelKind::kParenNumber:
        case LabelKind::kParenHan: {
          if (q >= end) break;
          size_t k;
          char32_t c = at(q, &k);
          char32_t base = f.kind == LabelKind::kCircled ? 0x2460
                          : f.kind == LabelKind::kParenNumber ? 0x2474 : 0x3220;
          int count = f.kind == LabelKind::kParenHan ? 10 : 20;
          if (c >= base && c < base + count) {
            v = static_cast<int>(c - base) + 1;
            tok_end = k;
          }
          break;
        }
      }
      if (v <= 0 || !starts_with(tok_end, end, f.suffix)) continue;
      size_t after = tok_end + f.suffix.size();
      if (after < end) {
        char32_t c = at(after);
        if (digit_of(c) >= 0 || contains(spec_.marker_not_followed_by, c)) continue;
        // "3.5" and "A.1" are not markers; nor is "(a)(ii)" the start of a sub-paragraph's text.
        if (f.suffix == "." && (c < 0x80 && std::isalnum(static_cast<int>(c)))) continue;
      }
      FormMatch m;
      m.role = f.role;
      m.marker.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(after)};
      m.marker.token = {static_cast<uint32_t>(q), static_cast<uint32_t>(tok_end)};
      m.marker.value = v;
      m.marker.kind = f.kind;
      m.marker.form = static_cast<int>(fi);
      m.marker.fullwidth_digits = fw;
      out.push_back(m);
    }
  }

  int expected() const { return last_value_ + 1; }
  bool colon_open() const { return is_colon(tail_); }
  bool terminated() const {
    return tail_ == 0 || is_clause_end(tail_) || tail_ == '.' || tail_ == ',';
  }

  void add_paragraph(const Marker& m) {
    if (in_operative_ && m.value == 1 && last_value_ >= 2) ++list_;
    Paragraph p;
    p.marker = m;
    p.list = list_;
    s_.paragraphs.push_back(p);
    cur_para_ = static_cast<int>(s_.paragraphs.size()) - 1;
    in_operative_ = true;
    last_value_ = m.value;
    open_[0] = open_[1] = -1;
    if (!m.mid_line) s_.line_based = true;
  }

  void add_sub(const Marker& m, int level, int list, LabelKind family) {
    if (list < 0) {
      SubList l;
      l.paragraph = cur_para_;
      l.level = level;
      l.kind = family;
      s_.sub_lists.push_back(l);
      list = static_cast<int>(s_.sub_lists.size()) - 1;
    }
    SubParagraph sp;
    sp.marker = m;
    sp.paragraph = cur_para_;
    sp.level = level;
    sp.list = list;
    s_.subs.push_back(sp);
    s_.sub_lists[list].items.push_back(static_cast<int>(s_.subs.size()) - 1);
    open_[level - 1] = list;
    if (level == 1) open_[1] = -1;
  }

  // Whether `m` is written like the last item of `list`: a list of (1) (2) is not continued by
  // a paragraph numbered 3.
  bool same_form(int list, const Marker& m) const {
    const auto& items = s_.sub_lists[list].items;
    if (items.empty() || m.kind != LabelKind::kNumber) return true;
    const MarkerForm& a = spec_.forms[s_.subs[items.back()].marker.form];
    const MarkerForm& b = spec_.forms[m.form];
    return a.prefix == b.prefix && a.suffix == b.suffix;
  }

  int last_of(int list) const {
    const auto& items = s_.sub_lists[list].items;
    return items.empty() ? 0 : s_.subs[items.back()].marker.value;
  }
  LabelKind family_of(int list) const { return s_.sub_lists[list].kind; }

  // The open list numbered in `kind` ((1) 1. （一） ① …), or -1: 2. does not go on from ①.
  int open_numeric(LabelKind kind) const {
    for (int lv = 1; lv >= 0; --lv) {
      if (open_[lv] >= 0 && family_of(open_[lv]) == kind) return open_[lv];
    }
    return -1;
  }

  // Takes a letter or roman sub-paragraph marker from `ms` if the context allows one.
  bool try_alpha_sub(const std::vector<FormMatch>& ms, bool colon) {
    const FormMatch* letter = nullptr;
    const FormMatch* roman = nullptr;
    for (const auto& m : ms) {
      if (m.role != MarkerRole::kSub && m.role != MarkerRole::kSubMixed &&
          m.role != MarkerRole::kSubWrong) {
        continue;
      }
      if (m.marker.kind == LabelKind::kLetter && !letter) letter = &m;
      if (m.marker.kind == LabelKind::kRoman && !roman) roman = &m;
    }
    if (!letter && !roman) return false;
    const int lv = letter ? letter->marker.value : 0;
    const int rv = roman ? roman->marker.value : 0;
    const int l1 = open_[0], l2 = open_[1];
    const bool l1_letter = l1 >= 0 && family_of(l1) == LabelKind::kLetter;
    const bool l1_roman = l1 >= 0 && family_of(l1) == LabelKind::kRoman;
    const bool l2_roman = l2 >= 0 && family_of(l2) == LabelKind::kRoman;
    if (l2_roman && rv && rv == last_of(l2) + 1) return add_sub(roman->marker, 2, l2, LabelKind::kRoman), true;
    if (l1_letter && lv && lv == last_of(l1) + 1) return add_sub(letter->marker, 1, l1, LabelKind::kLetter), true;
    if (l1_roman && rv && rv == last_of(l1) + 1) return add_sub(roman->marker, 1, l1, LabelKind::kRoman), true;
    if (colon && l1_letter && rv == 1) return add_sub(roman->marker, 2, -1, LabelKind::kRoman), true;
    if (colon && lv == 1) return add_sub(letter->marker, 1, -1, LabelKind::kLetter), true;
    if (colon && rv == 1 && l1 < 0) return add_sub(roman->marker, 1, -1, LabelKind::kRoman), true;
    // Out of sequence inside an open list: (a) (c), or (i) (iii).
    if (rv && !lv && l2_roman) return add_sub(roman->marker, 2, l2, LabelKind::kRoman), true;
    if (rv && !lv && l1_letter) return add_sub(roman->marker, 2, -1, LabelKind::kRoman), true;
    if (rv && l2_roman && (!lv || !l1_letter)) return add_sub(roman->marker, 2, l2, LabelKind::kRoman), true;
    if (lv && l1_letter) return add_sub(letter->marker, 1, l1, LabelKind::kLetter), true;
    if (rv && l1_roman) return add_sub(roman->marker, 1, l1, LabelKind::kRoman), true;
    return false;
  }

  // A numeric-family sub-paragraph marker ((1) （一） ① ⑴ ㈠, or a number form used as one).
  bool try_numeric_sub(const FormMatch& m, bool colon, bool allow_new) {
    int open = open_numeric(m.marker.kind);
    if (open >= 0 && m.marker.value == last_of(open) + 1 && same_form(open, m.marker)) {
      add_sub(m.marker, s_.sub_lists[open].level, open, family_of(open));
      return true;
    }
    if (colon && allow_new && m.marker.value == 1) {
      bool under_alpha = open_[0] >= 0 && !is_numeric_family(family_of(open_[0]));
      add_sub(m.marker, under_alpha ? 2 : 1, -1, m.marker.kind);
      return true;
    }
    return false;
  }

  // A marker at the start of a line (or, with mid_line, after a clause end inside one).
  // Returns the end of the marker taken, or 0.
  size_t classify(std::vector<FormMatch>& ms, bool mid_line, char32_t before) {
    for (auto& m : ms) m.marker.mid_line = mid_line;
    const bool colon = mid_line ? is_colon(before) : colon_open();
    const FormMatch* op_acc = nullptr;
    const FormMatch* op_wrong = nullptr;
    const FormMatch* num_sub = nullptr;  // a number form that a sub-paragraph list could use
    const FormMatch* other_sub = nullptr;
    for (const auto& m : ms) {
      if (m.marker.kind == LabelKind::kNumber) {
        if (m.role == MarkerRole::kOperative && !op_acc) op_acc = &m;
        if (m.role == MarkerRole::kOperativeWrong && !op_wrong) op_wrong = &m;
        if (!num_sub && (m.role == MarkerRole::kSubWrong || !mid_line)) num_sub = &m;
      } else if (is_numeric_family(m.marker.kind) && !other_sub &&
                 (m.role == MarkerRole::kSubWrong || m.role == MarkerRole::kSub ||
                  m.role == MarkerRole::kSubMixed)) {
        other_sub = &m;
      }
    }
    const bool in_para = in_operative_ && cur_para_ >= 0;
    if (num_sub) {
      // A list of sub-items numbered 1. 2. or (1) (2) continues before anything else.
      int open = open_numeric(LabelKind::kNumber);
      if (open >= 0 && num_sub->marker.value == last_of(open) + 1 &&
          same_form(open, num_sub->marker)) {
        return try_numeric_sub(*num_sub, colon, false) ? num_sub->marker.span.end : 0;
      }
      if (in_para && colon && num_sub->marker.value == 1 &&
          try_numeric_sub(*num_sub, colon, true)) {
        return num_sub->marker.span.end;
      }
    }
    const int e = expected();
    if (op_acc) {
      const int v = op_acc->marker.value;
      // Inside a joined line, only where the numbering has room for it: the next number, or
      // (after ；or 。) one that a swap, a repeat or a deletion explains.
      bool take = !mid_line || v == e ||
                  (in_operative_ && is_strong_end(before) && v >= e - 2 && v <= e + 2);
      if (take) {
        add_paragraph(op_acc->marker);
        return op_acc->marker.span.end;
      }
    }
    if (op_wrong && !mid_line) {
      const int v = op_wrong->marker.value;
      if (v >= std::max(1, e - 1) && v <= e + 2 && terminated()) {
        add_paragraph(op_wrong->marker);
        return op_wrong->marker.span.end;
      }
    }
    if (num_sub && open_numeric(LabelKind::kNumber) >= 0 &&
        same_form(open_numeric(LabelKind::kNumber), num_sub->marker) &&
        (!mid_line || num_sub->role == MarkerRole::kSubWrong)) {
      int open = open_numeric(LabelKind::kNumber);
      add_sub(num_sub->marker, s_.sub_lists[open].level, open, family_of(open));
      return num_sub->marker.span.end;
    }
    if (other_sub) {
      if (try_numeric_sub(*other_sub, colon, true)) return other_sub->marker.span.end;
      int open = open_numeric(other_sub->marker.kind);
      if (open >= 0) {
        add_sub(other_sub->marker, s_.sub_lists[open].level, open, family_of(open));
        return other_sub->marker.span.end;
      }
    }
    const bool may_sub = colon || open_[0] >= 0;
    if (may_sub && try_alpha_sub(ms, colon)) return s_.subs.back().marker.span.end;
    return 0;
  }

  bool is_furniture(size_t p, size_t e) const {
    std::string_view line = t_.substr(p, e - p);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    for (const auto& f : spec_.page_furniture) {
      if (line.starts_with(f)) return true;
    }
    // "2 GE.20-08870", "2/6", "- 3 -", a bare number, or a document symbol on its own line.
    size_t i = 0;
    while (i < line.size() && (std::isdigit(static_cast<unsigned char>(line[i])) || line[i] == '/' ||
                               line[i] == '-' || line[i] == ' ')) {
      ++i;
    }
    if (i == line.size()) return true;
    for (const auto& f : spec_.page_furniture) {
      if (i > 0 && line.substr(i).starts_with(f)) return true;
    }
    if (line.empty() || line[0] < 'A' || line[0] > 'Z') return false;
    if (line.find('/') == std::string_view::npos) return false;
    for (char c : line) {
      if (c <= ' ' || static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
  }

  // A footnote line: " 1 见 E/CN.4/…", " 2 A/HRC/43/68。", " 1见…" once spaces are removed.
  bool footnote_text(size_t p, size_t e, bool page_break, size_t* text_start) {
    size_t q;
    bool fw = false;
    int v = parse_number(t_, p, e, &q, &fw);
    if (v == 0 || fw || q >= e) return false;
    size_t k;
    char32_t c = at(q, &k);
    size_t r = q;
    if (is_ws(c)) {
      r = skip_ws(q, e);
      if (r >= e) return false;
    } else if (!utf8::is_han(c)) {
      return false;
    }
    char32_t first = at(r);
    if (contains(spec_.footnote_not_followed_by, first) || digit_of(first) >= 0) return false;
    for (const auto& f : spec_.page_furniture) {
      if (starts_with(r, e, f)) return false;
    }
    const bool marked = v < static_cast<int>(kMaxNumber) && cand_count_[v] > 0;
    bool placed = (blank_run_ >= 2 || after_note_ || page_break) && v == last_text_value_ + 1;
    if (!marked && !placed) return false;
    FootnoteText ft;
    ft.number = {static_cast<uint32_t>(p), static_cast<uint32_t>(q)};
    size_t stop = e;
    while (stop > q && (t_[stop - 1] == ' ' || t_[stop - 1] == '\t')) --stop;
    ft.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(stop)};
    ft.value = v;
    s_.footnote_texts.push_back(ft);
    last_text_value_ = v;
    *text_start = q;
    return true;
  }

  // Markers and footnote numbers inside a line. Returns the offset where the last paragraph or
  // sub-paragraph taken inside the line begins (0 when none).
  size_t scan(size_t from, size_t e, bool footnote_line) {
    size_t taken_at = 0;
    size_t i = from;
    while ((i = scan_chars_.next(i)) < e) {
      size_t j;
      char32_t c = at(i, &j);
      const bool clause = is_clause_end(c);
      const bool note_punct = contains(spec_.footnote_marker_after, c);
      if ((!clause && !note_punct) || j >= e || !lead_.follow[static_cast<unsigned char>(t_[j])]) {
        i = j;
        continue;
      }
      size_t k = skip_ws(j, e);
      size_t d_end;
      bool fw = false;
      int d = k < e ? parse_number(t_, k, e, &d_end, &fw) : 0;
      if (clause && k < e) {
        // A paragraph number, possibly after a footnote number: "；2 21. 请" in a joined text.
        size_t m_at = k;
        int footnote = 0;
        Span footnote_span;
        if (d && d_end < e && is_ws(at(d_end))) {
          size_t k2 = skip_ws(d_end, e);
          size_t d2_end;
          if (parse_number(t_, k2, e, &d2_end, nullptr) && d2_end < e && at(d2_end) == '.') {
            footnote = d;
            footnote_span = {static_cast<uint32_t>(k), static_cast<uint32_t>(d_end)};
            m_at = k2;
          }
        }
        match_forms(m_at, e, ms_);
        if (!ms_.empty()) {
          size_t end = classify(ms_, true, c);
          if (end) {
            if (footnote && note_punct && k == j && !footnote_line) {
              add_cand({footnote_span, footnote, false});
            }
            taken_at = m_at;
            i = end;
            continue;
          }
        }
      }
      if (note_punct && d && k == j && !footnote_line && !fw) {
        size_t after = skip_ws(d_end, e);
        Span span{static_cast<uint32_t>(k), static_cast<uint32_t>(d_end)};
        if (after >= e) {
          add_cand({span, d, true});
          pending_strong_ = static_cast<int>(cands_.size()) - 1;
        } else {
          char32_t nc = at(after);
          if (!contains(spec_.footnote_not_followed_by, nc) && digit_of(nc) < 0 &&
              (after > d_end || utf8::is_cjk_text(nc))) {
            add_cand({span, d, false});
          }
        }
      }
      i = j;
    }
    return taken_at;
  }

  void line(size_t b, size_t e) {
    bool page_break = false;
    size_t p = b;
    while (p < e) {
      size_t k;
      char32_t c = at(p, &k);
      if (!is_ws(c)) break;
      page_break = page_break || c == '\f';
      p = k;
    }
    if (p >= e) {
      ++blank_run_;
      return;
    }
    // A number at the end of the previous line was a count, not a footnote: "，30" / "个国家".
    if (pending_strong_ >= 0) {
      char32_t c = at(p);
      if (utf8::is_han(c) && contains(spec_.footnote_not_followed_by, c)) {
        --cand_count_[cands_[pending_strong_].value];
        cands_.erase(cands_.begin() + pending_strong_);
      }
      pending_strong_ = -1;
    }
    if (is_furniture(p, e)) return;
    char32_t c0 = at(p);
    if (c0 == '*' || c0 == U'＊') {
      // A note on the sponsors (* 非人权理事会成员国。); a joined text may go on after it.
      if (!scan(p, e, true)) {
        after_note_ = true;
        blank_run_ = 0;
        return;
      }
      update_tail(p, e, cands_.size());
      after_note_ = false;
      blank_run_ = 0;
      return;
    }
    size_t from = p;
    bool footnote_line = false;
    match_forms(p, e, ms_);
    size_t end = ms_.empty() ? 0 : classify(ms_, false, 0);
    if (end) {
      from = end;
    } else {
      size_t ts;
      if (footnote_text(p, e, page_break, &ts)) {
        footnote_line = true;
        from = ts;
      }
    }
    size_t cands_before = cands_.size();
    size_t taken = scan(from, e, footnote_line);
    if (footnote_line && taken) {
      // A joined line: the footnote ends where the paragraph that follows it starts.
      uint32_t stop = static_cast<uint32_t>(taken);
      while (stop > s_.footnote_texts.back().span.begin && t_[stop - 1] == ' ') --stop;
      s_.footnote_texts.back().span.end = stop;
      footnote_line = false;
    }
    if (!footnote_line) update_tail(p, e, cands_before);
    after_note_ = footnote_line;
    blank_run_ = 0;
  }

  // The last character of the line's content, before a footnote number that ends it.
  void update_tail(size_t p, size_t e, size_t cands_before) {
    size_t last = e;
    if (cands_.size() > cands_before && cands_.back().strong) last = cands_.back().span.begin;
    size_t q = last;
    while (q > p) {
      char32_t c = utf8::prev(t_, q);
      if (!is_ws(c)) {
        tail_ = c;
        break;
      }
    }
  }

  void resolve_footnote_markers() {
    if (s_.footnote_texts.empty()) return;
    int max_text = 0;
    for (const auto& ft : s_.footnote_texts) max_text = std::max(max_text, ft.value);
    auto has_text = [&](int v) {
      for (const auto& ft : s_.footnote_texts) {
        if (ft.value == v) return true;
      }
      return false;
    };
    int expected = 1;
    for (const auto& c : cands_) {
      bool ok = c.strong ? c.value >= 1 && c.value <= max_text + 1
                         : c.value == expected && has_text(c.value);
      if (!ok) continue;
      s_.footnote_markers.push_back({c.span, c.value, c.strong});
      expected = std::max(expected, c.value + 1);
    }
  }

  std::string_view t_;
  const LineIndex& lines_;
  const NumberingSpec& spec_;
  const LeadBytes lead_;
  // Where the next clause end or footnote punctuation is (the characters `scan` looks at).
  bytes::Cursor<bytes::CharTrigger> scan_chars_;
  Structure s_;
  std::vector<FormMatch> ms_;

  int cur_para_ = -1;
  int list_ = 0;
  int last_value_ = 0;
  bool in_operative_ = false;
  int open_[2] = {-1, -1};
  char32_t tail_ = 0;

  std::vector<Candidate> cands_;
  // How many candidates have each value (numbers have at most three digits): whether a footnote
  // text's number was marked is one look, not a walk over every candidate so far.
  static constexpr size_t kMaxNumber = 1000;
  std::array<uint32_t, kMaxNumber> cand_count_{};
  void add_cand(const Candidate& c) {
    cands_.push_back(c);
    ++cand_count_[static_cast<size_t>(c.value)];
  }
  int pending_strong_ = -1;
  int blank_run_ = 0;
  bool after_note_ = false;
  int last_text_value_ = 0;
};

}  // namespace

Structure parse_structure(std::string_view text, const LineIndex& lines, const NumberingSpec& spec) {
  return Parser(text, lines, spec).run();
}

Structure parse_structure(const Document& doc, const NumberingSpec& spec) {
  return parse_structure(doc.text(), doc.lines(), spec);
}

int Structure::paragraph_at(uint32_t offset) const {
  auto it = std::upper_bound(paragraphs.begin(), paragraphs.end(), offset,
                             [](uint32_t o, const Paragraph& p) { return o < p.marker.span.begin; });
  return static_cast<int>(it - paragraphs.begin()) - 1;
}

bool Structure::in_footnote_text(uint32_t offset) const {
  auto it = std::upper_bound(footnote_texts.begin(), footnote_texts.end(), offset,
                             [](uint32_t o, const FootnoteText& f) { return o < f.span.begin; });
  if (it == footnote_texts.begin()) return false;
  --it;
  return offset < it->span.end;
}

int Structure::sub_list_of(int paragraph) const {
  for (size_t i = 0; i < sub_lists.size(); ++i) {
    if (sub_lists[i].paragraph == paragraph && sub_lists[i].level == 1) return static_cast<int>(i);
  }
  return -1;
}

int Structure::child_list_of(int sub) const {
  if (sub < 0 || subs[sub].level != 1) return -1;
  const uint32_t begin = subs[sub].marker.span.begin;
  uint32_t end = UINT32_MAX;
  const auto& siblings = sub_lists[subs[sub].list].items;
  auto it = std::find(siblings.begin(), siblings.end(), sub);
  if (it != siblings.end() && it + 1 != siblings.end()) end = subs[*(it + 1)].marker.span.begin;
  if (subs[sub].paragraph >= 0) end = std::min(end, paragraphs[subs[sub].paragraph].end);
  for (size_t i = 0; i < sub_lists.size(); ++i) {
    const SubList& l = sub_lists[i];
    if (l.level != 2 || l.items.empty()) continue;
    uint32_t at = subs[l.items.front()].marker.span.begin;
    if (at > begin && at < end) return static_cast<int>(i);
  }
  return -1;
}

int Structure::sub_with_value(int list, int value) const {
  if (list < 0) return -1;
  int found = -1;
  for (int item : sub_lists[list].items) {
    if (subs[item].marker.value == value) found = item;
  }
  return found;
}

std::vector<SequenceIssue> check_sequence(const std::vector<int>& values) {
  std::vector<SequenceIssue> out;
  std::vector<int> seen;
  auto was_seen = [&](int v) { return std::find(seen.begin(), seen.end(), v) != seen.end(); };
  int e = 1;
  const size_t n = values.size();
  for (size_t i = 0; i < n; ++i) {
    const int f = values[i];
    if (f == e) {
      seen.push_back(f);
      ++e;
      continue;
    }
    const int next = i + 1 < n ? values[i + 1] : -1;
    if (f == e + 1 && next == e) {  // two neighbours swapped
      out.push_back({i, e, f, SequenceIssue::Kind::kOrder});
      out.push_back({i + 1, e + 1, e, SequenceIssue::Kind::kOrder});
      seen.push_back(f);
      seen.push_back(e);
      ++i;
      e += 2;
      continue;
    }
    SequenceIssue::Kind kind = was_seen(f) ? SequenceIssue::Kind::kDuplicate
                                           : SequenceIssue::Kind::kOrder;
    if (next == e) {  // an extra item: inserted, repeated or moved here from later
      out.push_back({i, e, f, kind});
    } else if (next == e + 1) {  // the item stands where e belongs: a wrong number
      out.push_back({i, e, f, kind});
      ++e;
    } else {  // the numbering goes on from here: a gap (or a repeat it continues after)
      if (kind == SequenceIssue::Kind::kOrder && f > e) kind = SequenceIssue::Kind::kGap;
      out.push_back({i, e, f, kind});
      e = std::max(e, f + 1);
    }
    seen.push_back(f);
  }
  return out;
}

}  // namespace unlint
