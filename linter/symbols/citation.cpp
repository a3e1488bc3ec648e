#include "symbols/citation.h"

#include <algorithm>
#include <cstring>

#include "core/byte_scan.h"
#include "text/scan_view.h"
#include "text/utf8.h"

namespace unlint::symbols {
namespace {

constexpr std::string_view kDi = "第";
constexpr std::string_view kHao = "号";
constexpr std::string_view kResolution = "决议";
constexpr std::string_view kDecision = "决定";
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
constexpr std::string_view kEnDash = "\xE2\x80\x93";

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

bool at(std::string_view t, size_t p, std::string_view s) {
  return p + s.size() <= t.size() && t.compare(p, s.size(), s) == 0;
}

size_t skip_hspace(std::string_view t, size_t p) {
  while (p < t.size() && (t[p] == ' ' || t[p] == '\t')) ++p;
  return p;
}

size_t take_digits(std::string_view t, size_t p, size_t max) {
  size_t q = p;
  while (q < t.size() && is_digit(t[q]) && q - p < max + 1) ++q;
  return q;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool is_roman(std::string_view s) {
  if (s.starts_with("ES-")) s.remove_prefix(3);
  if (s.starts_with("S-")) s.remove_prefix(2);
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C';
  });
}

bool starts_with_chinese_numeral(std::string_view s, size_t& len) {
  static constexpr std::string_view kNumerals[] = {"一", "二", "三", "四", "五", "六", "七",
                                                   "八", "九", "十", "百", "零", "〇"};
  len = 0;
  for (;;) {
    bool hit = false;
    for (auto n : kNumerals) {
      if (s.substr(len).starts_with(n)) {
        len += n.size();
        hit = true;
        break;
      }
    }
    if (!hit) return len > 0;
  }
}

// "2019年7月11日" ending just before `end` (the byte after 日); returns its start or npos.
size_t parse_date_before(std::string_view t, size_t day_end, Date& d) {
  constexpr std::string_view kRi = "日", kYue = "月", kNian = "年";
  if (day_end < kRi.size() || !at(t, day_end - kRi.size(), kRi)) return std::string_view::npos;
  size_t p = day_end - kRi.size();
  auto digits_before = [&](size_t end, size_t min, size_t max, int& v) -> size_t {
    size_t b = end;
    while (b > 0 && is_digit(t[b - 1]) && end - b < max) --b;
    if (end - b < min || (b > 0 && is_digit(t[b - 1]))) return std::string_view::npos;
    v = to_int(t.substr(b, end - b));
    return b;
  };
  size_t b = digits_before(p, 1, 2, d.day);
  if (b == std::string_view::npos || b < kYue.size() || !at(t, b - kYue.size(), kYue)) {
    return std::string_view::npos;
  }
  b = digits_before(b - kYue.size(), 1, 2, d.month);
  if (b == std::string_view::npos || b < kNian.size() || !at(t, b - kNian.size(), kNian)) {
    return std::string_view::npos;
  }
  b = digits_before(b - kNian.size(), 4, 4, d.year);
  if (b == std::string_view::npos) return b;
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return std::string_view::npos;
  return b;
}

// Whether the words between a body or a date and 第 tie them to the citation: nothing, 的,
// 通过的, 题为“…”的, 关于…的, optionally after 第五十二届会议, 于/在 and a date.
bool connector_ok(std::string_view t, size_t b, size_t e) {
  std::string_view s = t.substr(b, e - b);
  auto strip = [&](std::string_view p) {
    if (s.starts_with(p)) {
      s.remove_prefix(p.size());
      return true;
    }
    return false;
  };
  strip("在") || strip("于") || strip("其");
  if (s.starts_with(kDi)) {
    size_t len = 0;
    std::string_view rest = s.substr(kDi.size());
    if (starts_with_chinese_numeral(rest, len)) {
      rest.remove_prefix(len);
      if (rest.starts_with("届特别会议")) {
        s = rest.substr(std::string_view("届特别会议").size());
      } else if (rest.starts_with("届会议")) {
        s = rest.substr(std::string_view("届会议").size());
      }
      strip("上");
      strip("在") || strip("于");
    }
  }
  // A date right here.
  if (!s.empty() && is_digit(s[0])) {
    size_t ri = s.find("日");
    if (ri != std::string_view::npos && ri <= 16) {
      Date d;
      size_t off = static_cast<size_t>(s.data() - t.data());
      if (parse_date_before(t, off + ri + 3, d) == off) s.remove_prefix(ri + 3);
    }
  }
  strip("通过了") || strip("通过的") || strip("通过");
  if (s.empty() || s == "的") return true;
  if (s.find("。") != std::string_view::npos || s.find(';') != std::string_view::npos) return false;
  if (s.starts_with("题为“") && s.ends_with("”的")) return true;
  if (s.starts_with("关于") && s.ends_with("的")) return true;
  return false;
}

// Whether the body name [b, e) is the object of a verb or preposition (设立人权理事会的第60/251号
// 决议), so that it names what the resolution is about, not who adopted it. After a conjunction
// (和, 与, 及, 同) the name still adopts the resolution when 第 or a date follows it at once
// (……和人权理事会2018年3月23日第11/2号决议, 以及安全理事会第2532号决议).
bool governed(std::string_view t, size_t b, size_t e) {
  for (std::string_view w : {"设立", "建立", "成立", "关于", "有关", "授权", "向", "请", "对", "为"}) {
    if (b >= w.size() && t.compare(b - w.size(), w.size(), w) == 0) return true;
  }
  for (std::string_view w : {"与", "和", "及", "同"}) {
    if (b >= w.size() && t.compare(b - w.size(), w.size(), w) == 0) {
      bool adopts = at(t, e, kDi) || (e < t.size() && is_digit(t[e]));
      return !adopts;
    }
  }
  return false;
}

// After 号: 决议 or 决定 at once, or after a list of further numbers (号和第74/274号决议).
bool resolution_follows(std::string_view t, size_t p, bool& decision) {
  size_t limit = std::min(t.size(), p + 160);
  while (p < limit) {
    if (at(t, p, kResolution)) {
      decision = false;
      return true;
    }
    if (at(t, p, kDecision)) {
      decision = true;
      return true;
    }
    char c = t[p];
    if (is_digit(c) || is_upper(c) || c == '/' || c == '(' || c == ')' || c == ' ' || c == '-' ||
        c == '.' || c == ',') {
      ++p;
      continue;
    }
    bool ok = false;
    for (std::string_view w : {"、", "和", "及", "与", "以", "第", "号", "至", "…"}) {
      if (at(t, p, w)) {
        p += w.size();
        ok = true;
        break;
      }
    }
    if (!ok) return false;
  }
  return false;
}

}  // namespace

std::string_view citation_defect_zh(CitationDefect d) {
  switch (d) {
    case CitationDefect::kFullWidthSlash:
      return "使用了全角斜线";
    case CitationDefect::kFullWidthDigit:
      return "使用了全角数字";
    case CitationDefect::kSeparator:
      return "届次与编号之间应为斜线";
    case CitationDefect::kSpace:
      return "斜线两侧有空格";
  }
  return "";
}

std::string_view citation_defect_en(CitationDefect d) {
  switch (d) {
    case CitationDefect::kFullWidthSlash:
      return "full-width solidus";
    case CitationDefect::kFullWidthDigit:
      return "full-width digits";
    case CitationDefect::kSeparator:
      return "session and number are separated by a solidus";
    case CitationDefect::kSpace:
      return "spaces around the solidus";
  }
  return "";
}

void find_citations(const SessionCalendar& cal, const ScanView& view, std::string_view doc,
                    std::vector<Citation>& out) {
  std::string_view t = view.text();
  out.reserve(out.size() + t.size() / 1024);  // see find_dates
  // The last characters of the body names: only where one stands is a name looked for.
  std::vector<char32_t> name_ends;
  for (const auto& [name, body] : cal.body_names) {
    size_t k = name.size();
    if (k == 0) continue;
    char32_t last = utf8::prev(name, k);
    if (std::find(name_ends.begin(), name_ends.end(), last) == name_ends.end()) {
      name_ends.push_back(last);
    }
  }
  size_t prev_end = 0;
  Body prev_body = Body::kUnknown;
  uint32_t prev_body_begin = 0, prev_body_end = 0;
  size_t from = 0;
  for (;;) {
    size_t p = bytes::find(t, kDi, from);
    if (p == std::string_view::npos) break;
    from = p + kDi.size();
    size_t q = skip_hspace(t, from);
    if (q >= t.size() || !is_digit(t[q])) continue;
    Citation c;
    size_t a_end = take_digits(t, q, 5);
    if (a_end - q > 4) continue;
    c.first = to_int(t.substr(q, a_end - q));
    c.first_is_year = a_end - q == 4;
    size_t r = a_end;
    size_t s1 = skip_hspace(t, r);
    bool spaced = s1 > r;
    size_t num_end = a_end;
    if (s1 < t.size() && (t[s1] == '/' || t[s1] == '-' || t[s1] == '.' || t[s1] == '\\' ||
                          t[s1] == '_' || at(t, s1, kEnDash))) {
      bool slash = t[s1] == '/';
      size_t s2 = skip_hspace(t, s1 + (at(t, s1, kEnDash) ? kEnDash.size() : 1));
      spaced = spaced || s2 > s1 + 1;
      size_t b_end = take_digits(t, s2, 4);
      if (b_end > s2) {
        if (b_end - s2 > 4) continue;
        c.second = to_int(t.substr(s2, b_end - s2));
      } else if (at(t, s2, kEllipsis) || at(t, s2, "...")) {
        c.placeholder = true;
        b_end = s2 + (at(t, s2, kEllipsis) ? kEllipsis.size() : 3);
      } else {
        continue;
      }
      c.form = CitationForm::kSlash;
      num_end = b_end;
      if (!slash) c.defects.push_back(CitationDefect::kSeparator);
      if (spaced) c.defects.push_back(CitationDefect::kSpace);
      c.corrected =
          std::string(t.substr(q, a_end - q)) + "/" + std::string(t.substr(s2, b_end - s2));
    } else if (s1 < t.size() && t[s1] == '(') {
      size_t close = t.find(')', s1);
      if (close == std::string_view::npos || close - s1 > 12) continue;
      std::string_view in = t.substr(s1 + 1, close - s1 - 1);
      if (in.size() == 4 && std::all_of(in.begin(), in.end(), is_digit)) {
        c.form = CitationForm::kSecurityCouncil;
        c.second = to_int(in);
      } else if (is_roman(in)) {
        c.form = CitationForm::kRoman;
      } else {
        continue;
      }
      num_end = close + 1;
    } else {
      // 2200 A (XXI), 2200 A(XXI)
      size_t l = s1;
      if (l < t.size() && is_upper(t[l])) {
        size_t o = skip_hspace(t, l + 1);
        size_t close = o < t.size() && t[o] == '(' ? t.find(')', o) : std::string_view::npos;
        if (close != std::string_view::npos && close - o <= 12 &&
            is_roman(t.substr(o + 1, close - o - 1))) {
          c.form = CitationForm::kRoman;
          num_end = close + 1;
        }
      }
      if (c.form != CitationForm::kRoman) c.form = CitationForm::kBare;
    }
    // 31/16 A: a letter after the number.
    size_t h = skip_hspace(t, num_end);
    if (h < t.size() && is_upper(t[h]) && c.form == CitationForm::kSlash) h = skip_hspace(t, h + 1);
    if (!at(t, h, kHao)) continue;
    if (!resolution_follows(t, h + kHao.size(), c.decision)) continue;
    c.number_begin = static_cast<uint32_t>(q);
    c.number_end = static_cast<uint32_t>(num_end);

    // Form of the digits and solidus, from the original bytes (none is full-width where the
    // view has the Document's bytes as they are).
    Span ds;
    std::string_view orig;
    if (!view.verbatim(c.number_begin, c.number_end, &ds)) {
      ds = view.to_doc(c.number_begin, c.number_end);
      orig = doc.substr(ds.begin, ds.size());
    }
    for (size_t i = 0; i < orig.size();) {
      char32_t ch = utf8::next(orig, i);
      if (ch == 0xFF0F) {
        if (std::find(c.defects.begin(), c.defects.end(), CitationDefect::kFullWidthSlash) ==
            c.defects.end()) {
          c.defects.insert(c.defects.begin(), CitationDefect::kFullWidthSlash);
        }
      } else if (ch >= 0xFF10 && ch <= 0xFF19) {
        if (std::find(c.defects.begin(), c.defects.end(), CitationDefect::kFullWidthDigit) ==
            c.defects.end()) {
          c.defects.push_back(CitationDefect::kFullWidthDigit);
        }
      }
    }
    if (!c.defects.empty() && c.corrected.empty()) {
      c.corrected = std::string(t.substr(c.number_begin, c.number_end - c.number_begin));
    }

    // The body: the nearest name before 第 that the words in between tie to the citation.
    size_t limit = p > 360 ? p - 360 : 0;
    size_t i = p;
    bool found = false;
    while (i > limit && !found) {
      if (i <= prev_end) {
        if (prev_body != Body::kUnknown) {
          c.body = prev_body;
          c.body_begin = prev_body_begin;
          c.body_end = prev_body_end;
          c.body_inherited = true;
        }
        break;
      }
      size_t before = i;
      const char32_t ch = utf8::prev(t, before);  // the character that ends at i
      if (std::find(name_ends.begin(), name_ends.end(), ch) != name_ends.end()) {
        for (const auto& [name, body] : cal.body_names) {
          if (i >= name.size() && t.compare(i - name.size(), name.size(), name) == 0) {
            if (connector_ok(t, i, p) && !governed(t, i - name.size(), i)) {
              c.body = body;
              c.body_begin = static_cast<uint32_t>(i - name.size());
              c.body_end = static_cast<uint32_t>(i);
              found = true;
            }
            break;
          }
        }
      }
      if (found) break;
      i = before;
      if (ch == U'。' || ch == ';' || ch == U'；') break;
      if (ch == U'”' || ch == U'》') {
        char32_t open = ch == U'”' ? U'“' : U'《';
        size_t j = i;
        while (j > limit) {
          if (utf8::prev(t, j) == open) break;
        }
        if (j > limit) i = j;
      }
    }

    // The date: the nearest full date before 第, tied by the words in between.
    for (size_t k = p; k > limit && k > prev_end;) {
      size_t lo = std::max(limit, prev_end);
      if (k <= lo) break;
      // The last 日 in [lo, k): its last byte found first (string_view::rfind would compare
      // the whole needle at every position).
      constexpr std::string_view kRi = "日";
      size_t ri = std::string_view::npos;
      for (size_t j = k; j >= lo + kRi.size(); --j) {
        if (t[j - 1] == kRi[2] && t.compare(j - kRi.size(), kRi.size(), kRi) == 0) {
          ri = j - kRi.size();
          break;
        }
      }
      if (ri == std::string_view::npos) break;
      std::string_view between = t.substr(ri, p - ri);
      if (between.find("。") != std::string_view::npos) break;
      Date d;
      size_t b = parse_date_before(t, ri + 3, d);
      if (b != std::string_view::npos) {
        if (b >= prev_end && connector_ok(t, ri + 3, p)) {
          c.date = d;
          c.date_begin = static_cast<uint32_t>(b);
          c.date_end = static_cast<uint32_t>(ri + 3);
        }
        break;
      }
      k = ri;
    }

    prev_end = h + kHao.size();
    prev_body = c.body;
    prev_body_begin = c.body_begin;
    prev_body_end = c.body_end;
    from = prev_end;
    out.push_back(std::move(c));
  }
}

}  // namespace unlint::symbols
