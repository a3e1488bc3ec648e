#include "dates/date_parser.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "core/byte_scan.h"
#include "core/error.h"
#include "engine/resources.h"
#include "text/scan_view.h"
#include "text/utf8.h"
#include "text/yaml_tree.h"

namespace unlint::dates {

// ---------------------------------------------------------------------------------------------
// rules/dates.yaml

namespace {

[[noreturn]] void fail(const std::string& file, const YamlNode& at, const std::string& what) {
  YamlMark m = at.Mark();
  throw Error(file, m.line < 0 ? 0 : m.line + 1, m.column < 0 ? 0 : m.column + 1, what);
}

YamlNode require(const std::string& file, const YamlNode& parent, const char* key,
                   const char* what) {
  YamlNode n = parent[key];
  if (!n) fail(file, parent, fmt::format("expected '{}': {}", key, what));
  return n;
}

std::string scalar(const std::string& file, const YamlNode& n, const char* what) {
  if (!n.IsScalar() || n.Scalar().empty()) fail(file, n, fmt::format("expected {}", what));
  return n.Scalar();
}

char32_t one_char(const std::string& file, const YamlNode& n, const char* what) {
  std::string s = scalar(file, n, what);
  size_t i = 0;
  char32_t c = fold_width(utf8::next(s, i));
  if (i != s.size()) fail(file, n, fmt::format("expected {}: one character, got '{}'", what, s));
  return c;
}

std::vector<char32_t> char_list(const std::string& file, const YamlNode& n, const char* what) {
  if (!n.IsSequence()) fail(file, n, fmt::format("expected a list of {}", what));
  std::vector<char32_t> out;
  for (const auto& item : n) out.push_back(one_char(file, item, what));
  return out;
}

std::vector<std::string> string_list(const std::string& file, const YamlNode& n,
                                     const char* what) {
  if (!n.IsSequence()) fail(file, n, fmt::format("expected a list of {}", what));
  std::vector<std::string> out;
  for (const auto& item : n) out.push_back(ScanView::fold(scalar(file, item, what)));
  return out;
}

std::string ascii_chars(const std::string& file, const YamlNode& n, const char* what) {
  std::string out;
  for (const std::string& s : string_list(file, n, what)) {
    if (s.size() != 1 || static_cast<unsigned char>(s[0]) >= 0x80 ||
        (s[0] >= '0' && s[0] <= '9')) {
      fail(file, n, fmt::format("expected {}: single ASCII punctuation characters", what));
    }
    out += s;
  }
  return out;
}

}  // namespace

DateGrammar DateGrammar::parse(std::string_view yaml, const std::string& file) {
  auto tree = YamlTree::parse(yaml, file);
  return parse(tree->root(), file);
}

DateGrammar DateGrammar::parse(const YamlNode& root, const std::string& file) {
  if (!root.IsMap()) throw Error(file, 1, 1, "expected a mapping");
  DateGrammar g;

  YamlNode units = require(file, root, "units", "year, month and day units");
  g.year_unit = one_char(file, require(file, units, "year", "年"), "the year unit");
  g.month_unit = one_char(file, require(file, units, "month", "月"), "the month unit");
  g.day_unit = one_char(file, require(file, units, "day", "日"), "the day unit");
  if (units["day_variants"]) {
    g.day_variants = char_list(file, units["day_variants"], "day units");
  }
  if (units["day_variant_not_before"]) {
    g.day_variant_not_before =
        char_list(file, units["day_variant_not_before"], "characters");
  }

  if (YamlNode two = root["two_digit_years"]) {
    try {
      g.two_digit_years = two.as<bool>();
    } catch (const Error&) {
      fail(file, two, "expected true or false");
    }
  }

  YamlNode numeric = require(file, root, "numeric", "numeric date settings");
  g.year_first_separators = ascii_chars(
      file, require(file, numeric, "year_first_separators", "a list"), "separators");
  g.year_last_separators = ascii_chars(
      file, require(file, numeric, "year_last_separators", "a list"), "separators");
  if (YamlNode w = numeric["han_within"]) {
    int v = -1;
    try {
      v = w.as<int>();
    } catch (const Error&) {
    }
    if (v < 1 || v > 400) fail(file, w, "expected a number of bytes from 1 to 400");
    g.han_within = static_cast<uint32_t>(v);
  }

  YamlNode han = require(file, root, "han_numerals", "digits and ten");
  YamlNode digits = require(file, han, "digits", "a mapping of numerals to 0–9");
  if (!digits.IsMap()) fail(file, digits, "expected a mapping of numerals to 0–9");
  for (const auto& kv : digits) {
    char32_t c = one_char(file, kv.first, "a numeral");
    int v = -1;
    try {
      v = kv.second.as<int>();
    } catch (const Error&) {
    }
    if (v < 0 || v > 9) fail(file, kv.second, "expected a digit value from 0 to 9");
    g.han_digits.emplace_back(c, v);
  }
  g.han_ten = one_char(file, require(file, han, "ten", "十"), "the numeral for ten");

  YamlNode ranges = require(file, root, "range_connectors", "preferred, accepted, reported");
  g.preferred_connector = scalar(file, require(file, ranges, "preferred", "至"), "a connector");
  for (auto& s : string_list(file, require(file, ranges, "accepted", "a list"), "connectors")) {
    g.connectors.push_back({std::move(s), ConnectorKind::kRange});
  }
  if (ranges["reported"]) {
    for (auto& s : string_list(file, ranges["reported"], "connectors")) {
      g.connectors.push_back({std::move(s), ConnectorKind::kReportedRange});
    }
  }
  if (root["list_connectors"]) {
    for (auto& s : string_list(file, root["list_connectors"], "connectors")) {
      g.connectors.push_back({std::move(s), ConnectorKind::kList});
    }
  }
  std::stable_sort(g.connectors.begin(), g.connectors.end(),
                   [](const Connector& a, const Connector& b) {
                     return a.text.size() > b.text.size();
                   });

  YamlNode weekdays = require(file, root, "weekdays", "a list of {name, iso}");
  if (!weekdays.IsSequence()) fail(file, weekdays, "expected a list of {name, iso}");
  for (const auto& w : weekdays) {
    if (!w.IsMap()) fail(file, w, "expected {name, iso}");
    WeekdayName wn;
    wn.text = ScanView::fold(scalar(file, require(file, w, "name", "the weekday"), "a name"));
    YamlNode iso = require(file, w, "iso", "1 (Monday) to 7 (Sunday)");
    try {
      wn.iso = iso.as<int>();
    } catch (const Error&) {
    }
    if (wn.iso < 1 || wn.iso > 7) fail(file, iso, "expected iso: 1 (Monday) to 7 (Sunday)");
    g.weekdays.push_back(std::move(wn));
  }
  std::stable_sort(g.weekdays.begin(), g.weekdays.end(),
                   [](const WeekdayName& a, const WeekdayName& b) {
                     return a.text.size() > b.text.size();
                   });
  return g;
}

DateGrammar DateGrammar::load(const Resources& resources) {
  const std::string name = "rules/dates.yaml";
  return parse(resources.required_tree(name)->root(), name);
}

int DateGrammar::han_digit(char32_t c) const {
  for (const auto& [k, v] : han_digits) {
    if (k == c) return v;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// The recogniser

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

class Scanner {
 public:
  Scanner(std::string_view view, const DateGrammar& g, std::vector<DateMatch>& out)
      : v_(view), n_(view.size()), g_(g), out_(out) {
    trigger_.add_range('0', '9');
    for (const auto& [c, value] : g.han_digits) {
      if (value >= 1 && c >= 0x80) trigger_.add(c);
      mark_numeral(c);
    }
    if (g.han_ten >= 0x80) trigger_.add(g.han_ten);
    mark_numeral(g.han_ten);
  }

  void run() {
    bytes::Cursor candidates(v_, trigger_);
    size_t i = 0;
    while ((i = candidates.next(i)) < n_) {
      const unsigned char b = static_cast<unsigned char>(v_[i]);
      if (b < 0x80) {
        if (!is_digit(static_cast<char>(b))) {
          ++i;
          continue;
        }
        size_t e = chain(i);
        if (e > i) {
          i = e;
          continue;
        }
        while (i < n_ && is_digit(v_[i])) ++i;  // the rest of this number is no date either
        continue;
      }
      size_t next = i;
      char32_t c = utf8::next(v_, next);
      if ((han_digit(c) >= 1 || c == g_.han_ten) && !after_han_numeral(i)) {
        size_t e = chain(i);
        if (e > i) {
          i = e;
          continue;
        }
      }
      i = next;
    }
  }

 private:
  // The code point at p (0 at the end) and where the next one starts.
  char32_t peek(size_t p, size_t& after) const {
    after = p;
    if (p >= n_) return 0;
    return utf8::next(v_, after);
  }

  void mark_numeral(char32_t c) {
    if (c < 0x10000) {
      numeral_bmp_[c >> 6] |= uint64_t{1} << (c & 63);
    } else {
      astral_numerals_ = true;
    }
  }
  // Whether c may be a numeral, by the bitmap: most characters are told without a search.
  bool maybe_numeral(char32_t c) const {
    return c < 0x10000 ? (numeral_bmp_[c >> 6] >> (c & 63)) & 1 : astral_numerals_;
  }
  int han_digit(char32_t c) const { return maybe_numeral(c) ? g_.han_digit(c) : -1; }
  bool is_han_numeral(char32_t c) const {
    return maybe_numeral(c) && (g_.han_digit(c) >= 0 || c == g_.han_ten);
  }

  bool after_han_numeral(size_t p) const {
    if (p == 0) return false;
    size_t q = p;
    char32_t c = utf8::prev(v_, q);
    return c >= 0x80 && is_han_numeral(c);
  }

  size_t skip_blanks(size_t p) const {
    while (p < n_ && (v_[p] == ' ' || v_[p] == '\t')) ++p;
    return p;
  }

  bool read_arabic(size_t p, Part& out) const {
    size_t e = p;
    int value = 0;
    while (e < n_ && is_digit(v_[e])) {
      if (e - p < 9) value = value * 10 + (v_[e] - '0');
      ++e;
    }
    if (e == p) return false;
    out = {static_cast<uint32_t>(p), static_cast<uint32_t>(e), value, false,
           static_cast<uint8_t>(std::min<size_t>(e - p, 255))};
    return true;
  }

  // Four numerals, 二〇二一.
  bool read_han_year(size_t p, Part& out) const {
    size_t q = p, r;
    int value = 0;
    for (int k = 0; k < 4; ++k) {
      int d = han_digit(peek(q, r));
      if (d < 0) return false;
      value = value * 10 + d;
      q = r;
    }
    if (is_han_numeral(peek(q, r))) return false;
    out = {static_cast<uint32_t>(p), static_cast<uint32_t>(q), value, true, 0};
    return true;
  }

  // 1 to 99 in numerals: 三, 十, 十二, 二十, 三十一.
  bool read_han_small(size_t p, Part& out) const {
    size_t q = p, r;
    char32_t c = peek(q, r);
    int lead = han_digit(c);
    int value = 0;
    if (lead >= 1) {
      q = r;
      c = peek(q, r);
    }
    if (c == g_.han_ten) {
      value = (lead >= 1 ? lead : 1) * 10;
      q = r;
      c = peek(q, r);
      int ones = han_digit(c);
      if (ones >= 1) {
        value += ones;
        q = r;
        c = peek(q, r);
      }
    } else if (lead >= 1) {
      value = lead;
    } else {
      return false;
    }
    if (is_han_numeral(c)) return false;
    out = {static_cast<uint32_t>(p), static_cast<uint32_t>(q), value, true, 0};
    return true;
  }

  // A month or a day: one or two digits, or numerals.
  bool read_small(size_t p, Part& out) const {
    if (p >= n_) return false;
    if (is_digit(v_[p])) return read_arabic(p, out) && out.digits <= 2;
    return read_han_small(p, out);
  }

  bool unit_at(size_t p, char32_t unit, size_t& after) const { return peek(p, after) == unit; }

  bool day_unit_at(size_t p, size_t& after, bool& variant) const {
    char32_t c = peek(p, after);
    variant = false;
    if (c == g_.day_unit) return true;
    if (std::find(g_.day_variants.begin(), g_.day_variants.end(), c) == g_.day_variants.end()) {
      return false;
    }
    size_t r;
    char32_t next = peek(after, r);
    if (std::find(g_.day_variant_not_before.begin(), g_.day_variant_not_before.end(), next) !=
        g_.day_variant_not_before.end()) {
      return false;
    }
    variant = true;
    return true;
  }

  // A day and its unit at p, into m.
  bool read_day(size_t p, DateMatch& m) const {
    Part day;
    size_t after;
    bool variant;
    if (!read_small(p, day) || !day_unit_at(day.end, after, variant)) return false;
    m.day = day;
    m.has_day = true;
    m.day_unit_begin = day.end;
    m.day_unit_end = static_cast<uint32_t>(after);
    m.day_variant = variant;
    m.end = static_cast<uint32_t>(after);
    return true;
  }

  // 2020年6月30日, 2020年6月, 6月30日; after a connector (base) also 6月 and 30日, as long as the
  // date names a day exactly when the one it continues does.
  bool parse_chinese(size_t p, const DateMatch* base, DateMatch& m) const {
    m.layout = Layout::kChinese;
    m.begin = static_cast<uint32_t>(p);
    Part year;
    size_t after;
    bool arabic = is_digit(v_[p]);
    bool have_year = arabic ? read_arabic(p, year) : read_han_year(p, year);
    if (have_year && unit_at(year.end, g_.year_unit, after)) {
      bool two_digit = arabic && year.digits == 2 && g_.two_digit_years;
      if (arabic && year.digits != 4 && !two_digit) return false;
      Part month;
      size_t q;
      if (!read_small(after, month) || !unit_at(month.end, g_.month_unit, q)) return false;
      m.year = year;
      m.month = month;
      m.end = static_cast<uint32_t>(q);
      read_day(q, m);
      if (two_digit && !m.has_day) return false;
      return !base || base->has_day == m.has_day;
    }
    Part month;
    if (read_small(p, month) && unit_at(month.end, g_.month_unit, after)) {
      m.month = month;
      m.end = static_cast<uint32_t>(after);
      read_day(after, m);
      if (!m.has_day && (!base || base->has_day)) return false;
      return !base || base->has_day == m.has_day;
    }
    if (base && base->has_day) return read_day(p, m);
    return false;
  }

  // Whether a Han character stands within han_within bytes of [b, e) on the same line.
  bool han_near(size_t b, size_t e) const {
    size_t from = b > g_.han_within ? b - g_.han_within : 0;
    while (from < b && (static_cast<unsigned char>(v_[from]) & 0xC0) == 0x80) ++from;
    bool seen = false;
    for (size_t i = from; i < b;) {
      char32_t c = utf8::next(v_, i);
      if (c == '\n' || c == '\r') seen = false;
      else if (utf8::is_han(c)) seen = true;
    }
    if (seen) return true;
    size_t to = std::min(n_, e + g_.han_within);
    for (size_t i = e; i < to;) {
      char32_t c = utf8::next(v_, i);
      if (c == '\n' || c == '\r') return false;
      if (utf8::is_han(c)) return true;
    }
    return false;
  }

  // 2020-06-30, 2020/6/30, 2020.6.30; 30/6/2020, 6/30/2020.
  bool parse_numeric(size_t p, DateMatch& m) const {
    if (p > 0) {
      char b = v_[p - 1];
      if (is_alpha(b) || b == '/' || b == '.' || b == '-' || b == '_' || b == ':' || b == '\\' ||
          b == '#' || b == '+' || b == ',') {
        return false;
      }
    }
    Part a, b, c;
    read_arabic(p, a);
    if (a.end + 1 >= n_) return false;
    char sep = v_[a.end];
    if (!read_arabic(a.end + 1, b) || b.end + 1 >= n_ || v_[b.end] != sep) return false;
    if (!read_arabic(b.end + 1, c)) return false;
    size_t e = c.end;
    if (e < n_) {
      char x = v_[e];
      if (is_alpha(x) || x == '_' || x == '/' || x == '\\' || x == '%') return false;
      if ((x == '.' || x == '-' || x == ':' || x == ',') && e + 1 < n_ && is_digit(v_[e + 1])) {
        return false;
      }
    }
    m.begin = static_cast<uint32_t>(p);
    m.end = static_cast<uint32_t>(e);
    m.separator = sep;
    m.has_day = true;
    if (a.digits == 4 && b.digits <= 2 && c.digits <= 2 &&
        g_.year_first_separators.find(sep) != std::string::npos) {
      m.layout = Layout::kYearFirst;
      m.year = a;
      m.month = b;
      m.day = c;
    } else if (a.digits <= 2 && b.digits <= 2 && c.digits == 4 &&
               g_.year_last_separators.find(sep) != std::string::npos) {
      m.layout = Layout::kYearLast;
      m.year = c;
      m.first = a;
      m.second = b;
      bool day_first = a.value >= 1 && a.value <= 31 && b.value >= 1 && b.value <= 12;
      bool month_first = a.value >= 1 && a.value <= 12 && b.value >= 1 && b.value <= 31;
      if (day_first && month_first && a.value != b.value) {
        m.order = Order::kAmbiguous;
      } else if (day_first) {
        m.order = Order::kDayFirst;
        m.day = a;
        m.month = b;
      } else if (month_first) {
        m.order = Order::kMonthFirst;
        m.month = a;
        m.day = b;
      } else {
        m.order = Order::kImpossible;
      }
    } else {
      return false;
    }
    return han_near(p, e);
  }

  bool parse_at(size_t p, const DateMatch* base, DateMatch& m) const {
    if (is_digit(v_[p])) {
      DateMatch numeric;
      if ((!base || base->has_day) && parse_numeric(p, numeric)) {
        m = numeric;
        return true;
      }
    }
    return parse_chinese(p, base, m);
  }

  static void resolve(DateMatch& m, const DateMatch* base) {
    if (m.year.present()) {
      m.y = m.year.digits == 2 ? 0 : m.year.value;
    } else {
      m.y = base ? base->y : 0;
    }
    if (m.month.present()) {
      m.m = m.month.value;
    } else if (m.layout == Layout::kChinese) {
      m.m = base ? base->m : 0;
    }
    m.d = m.day.present() ? m.day.value : 0;
  }

  size_t weekday(size_t p, DateMatch& m) const {
    size_t q = skip_blanks(p);
    bool bracket = q < n_ && v_[q] == '(';
    if (bracket) q = skip_blanks(q + 1);
    for (const WeekdayName& w : g_.weekdays) {
      if (v_.substr(q, w.text.size()) != w.text) continue;
      size_t end = q + w.text.size();
      if (bracket) {
        size_t close = skip_blanks(end);
        if (close >= n_ || v_[close] != ')') return p;
        m.weekday_begin = static_cast<uint32_t>(q);
        m.weekday_end = static_cast<uint32_t>(end);
        m.weekday_iso = w.iso;
        return close + 1;
      }
      if (q != p) return p;  // a bare weekday follows the date directly
      m.weekday_begin = static_cast<uint32_t>(q);
      m.weekday_end = static_cast<uint32_t>(end);
      m.weekday_iso = w.iso;
      return end;
    }
    return p;
  }

  const Connector* connector(size_t p, size_t& begin, size_t& end) const {
    size_t q = skip_blanks(p);
    for (const Connector& c : g_.connectors) {
      if (v_.substr(q, c.text.size()) == c.text) {
        begin = q;
        end = q + c.text.size();
        return &c;
      }
    }
    return nullptr;
  }

  // Whether the Arabic number at p is followed by what a date that starts with it needs next: the
  // year or month unit (2020年, 6月), or a separator of a numeric date (2020-06-30, 30/6/2020).
  // Most numbers in a draft (paragraph numbers, symbols, counts) are told by this one look.
  bool may_start_date(size_t p) const {
    size_t e = p;
    while (e < n_ && is_digit(v_[e])) ++e;
    if (e >= n_) return false;
    const char c = v_[e];
    if (static_cast<unsigned char>(c) < 0x80) {
      if (g_.year_first_separators.find(c) == std::string::npos &&
          g_.year_last_separators.find(c) == std::string::npos) {
        return false;
      }
      // A numeric date goes on with digits and the same separator: not "1. " (a paragraph
      // number) or "70/1号" (a resolution).
      size_t f = e + 1;
      if (f >= n_ || !is_digit(v_[f])) return false;
      while (f < n_ && is_digit(v_[f])) ++f;
      return f < n_ && v_[f] == c;
    }
    size_t after;
    const char32_t u = peek(e, after);
    return u == g_.year_unit || u == g_.month_unit;
  }

  // A date at p and the dates that continue it; returns where the chain ends, or p when there is
  // no date at p.
  size_t chain(size_t p) {
    if (is_digit(v_[p]) && !may_start_date(p)) return p;
    DateMatch m;
    if (!parse_at(p, nullptr, m)) return p;
    resolve(m, nullptr);
    size_t end = m.has_day ? weekday(m.end, m) : m.end;
    out_.push_back(m);
    for (;;) {
      size_t cb, ce;
      const Connector* c = connector(end, cb, ce);
      if (!c) break;
      // A line break may follow a Latin hyphen; the view keeps it, the range goes on.
      size_t next_at = ce;
      while (next_at < n_ && (v_[next_at] == ' ' || v_[next_at] == '\t' || v_[next_at] == '\n' ||
                              v_[next_at] == '\r')) {
        ++next_at;
      }
      if (next_at >= n_) break;
      DateMatch next;
      const DateMatch& base = out_.back();
      if (!parse_at(next_at, &base, next)) break;
      resolve(next, &base);
      next.link = c->kind == ConnectorKind::kList ? Link::kList : Link::kRange;
      next.prev = static_cast<int32_t>(out_.size() - 1);
      next.connector_begin = static_cast<uint32_t>(cb);
      next.connector_end = static_cast<uint32_t>(ce);
      next.connector_outer_begin = static_cast<uint32_t>(end);
      next.connector_outer_end = static_cast<uint32_t>(next_at);
      next.connector_reported = c->kind == ConnectorKind::kReportedRange;
      end = next.has_day ? weekday(next.end, next) : next.end;
      out_.push_back(next);
    }
    return end;
  }

  std::string_view v_;
  size_t n_;
  const DateGrammar& g_;
  std::vector<DateMatch>& out_;
  bytes::CharTrigger trigger_;  // digits, and the Han numerals a date may start with
  std::array<uint64_t, 1024> numeral_bmp_{};  // the numerals (BMP)
  bool astral_numerals_ = false;
};

constexpr std::array<const char*, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

}  // namespace

std::vector<DateMatch> find_dates(std::string_view view, const DateGrammar& grammar) {
  std::vector<DateMatch> out;
  // Room for a date every 256 bytes, more than drafts have: a large text's dates then never
  // move while they are found (moving holds the old and the new array at once). Room never
  // filled costs address space, not memory.
  out.reserve(view.size() / 256);
  Scanner(view, grammar, out).run();
  return out;
}

std::string chinese_date(int y, int m, int d, const DateGrammar& g) {
  std::string s;
  if (y > 0) {
    s += std::to_string(y);
    utf8::append(s, g.year_unit);
  }
  if (m > 0) {
    s += std::to_string(m);
    utf8::append(s, g.month_unit);
  }
  if (d > 0) {
    s += std::to_string(d);
    utf8::append(s, g.day_unit);
  }
  return s;
}

std::string un_form(const DateMatch& m, const DateGrammar& g) {
  auto month_ok = [](const Part& p) { return !p.present() || (p.value >= 1 && p.value <= 12); };
  auto day_ok = [](const Part& p) { return !p.present() || (p.value >= 1 && p.value <= 31); };
  switch (m.layout) {
    case Layout::kChinese:
      if (m.year.present() && m.year.digits == 2) return "";
      if (!month_ok(m.month) || !day_ok(m.day)) return "";
      return chinese_date(m.year.present() ? m.year.value : 0,
                          m.month.present() ? m.month.value : 0,
                          m.day.present() ? m.day.value : 0, g);
    case Layout::kYearFirst:
    case Layout::kYearLast:
      if (!m.month.present() || !m.day.present() || !month_ok(m.month) || !day_ok(m.day)) {
        return "";
      }
      return chinese_date(m.year.value, m.month.value, m.day.value, g);
  }
  return "";
}

std::string quote(std::string_view source) {
  std::string s;
  s.reserve(source.size());
  for (char c : source) {
    if (c != '\n' && c != '\r') s += c;
  }
  return s;
}

std::string english_date(int y, int m, int d) {
  std::string s;
  if (d > 0) s += std::to_string(d);
  if (m >= 1 && m <= 12) {
    if (!s.empty()) s += ' ';
    s += kMonthNames[static_cast<size_t>(m - 1)];
  }
  if (y > 0) {
    if (!s.empty()) s += ' ';
    s += std::to_string(y);
  }
  return s;
}

}  // namespace unlint::dates
