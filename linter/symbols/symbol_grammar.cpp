#include "symbols/symbol_grammar.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>
#include <utility>

#include "core/byte_scan.h"
#include "text/scan_view.h"
#include "text/utf8.h"

namespace unlint::symbols {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
char to_upper(char c) { return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c; }
bool is_hspace(char c) { return c == ' ' || c == '\t'; }
bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string upper(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = to_upper(c);
  return r;
}

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // …
constexpr std::string_view kEnDash = "\xE2\x80\x93";    // –
constexpr std::string_view kEmDash = "\xE2\x80\x94";    // —

bool at(std::string_view t, size_t p, std::string_view s) {
  return p + s.size() <= t.size() && t.compare(p, s.size(), s) == 0;
}

size_t skip_ws(std::string_view t, size_t p, bool newlines) {
  while (p < t.size() && (newlines ? is_ws(t[p]) : is_hspace(t[p]))) ++p;
  return p;
}

// "(1994)", "(III)", "(S-VI)", "(Part I)", "(Resumption 1)": returns the offset after ")", or 0.
size_t paren_group(std::string_view t, size_t p) {
  if (p >= t.size() || t[p] != '(') return 0;
  size_t q = p + 1;
  while (q < t.size() && q - p <= 16 && (is_alnum(t[q]) || t[q] == '-' || t[q] == ' ')) ++q;
  if (q >= t.size() || t[q] != ')' || q == p + 1) return 0;
  std::string_view in = t.substr(p + 1, q - p - 1);
  bool year = in.size() == 4 && std::all_of(in.begin(), in.end(), is_digit);
  std::string_view r = in;
  if (r.starts_with("S-")) r.remove_prefix(2);
  if (r.starts_with("ES-")) r.remove_prefix(3);
  bool roman = !r.empty() && std::all_of(r.begin(), r.end(), [](char c) {
    return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C';
  });
  if (year || roman || in.starts_with("Part ") || in.starts_with("Resumption ")) return q + 1;
  return 0;
}

// Letters then a solidus: the start of the next symbol of a joint symbol.
bool root_follows(std::string_view t, size_t p) {
  size_t q = p;
  while (q < t.size() && is_alpha(t[q])) ++q;
  return q > p && q - p <= 8 && q < t.size() && t[q] == '/';
}

bool symbol_char_starts(std::string_view t, size_t p) {
  return p < t.size() && (is_alnum(t[p]) || at(t, p, kEllipsis) || at(t, p, "..."));
}

// Extends a candidate from a root at `i`; returns its end, or `i` when there is none.
size_t extend_candidate(std::string_view t, size_t i) {
  const size_t n = t.size();
  size_t p = i;
  while (p < n && is_alpha(t[p])) ++p;
  if (p - i > 10) return i;
  size_t q = skip_ws(t, p, false);
  if (q >= n || (t[q] != '/' && t[q] != '\\')) return i;
  size_t end = p;
  p = q;
  while (p < n) {
    char c = t[p];
    if (c == '/' || c == '\\') {
      ++p;
      end = p;
      size_t w = skip_ws(t, p, true);
      if (w < n && (symbol_char_starts(t, w) || t[w] == '/' || t[w] == '\\'))
        p = w;
      else
        break;
      continue;
    }
    if (is_alnum(c) || c == '*') {
      ++p;
      end = p;
      continue;
    }
    if (c == '.') {
      ++p;
      end = p;
      // "CN . 10": spaces after a dot that follows letters.
      size_t w = skip_ws(t, p, false);
      size_t before = p - 1;
      while (before > i && is_hspace(t[before - 1])) --before;
      if (w > p && w < n && is_digit(t[w]) && before > i && is_alpha(t[before - 1])) p = w;
      continue;
    }
    if (c == '-') {
      size_t w = skip_ws(t, p + 1, true);
      if (w < n && (is_alnum(t[w]) || at(t, w, kEllipsis))) {
        p = w;
        continue;
      }
      break;
    }
    if (c == '(') {
      size_t close = paren_group(t, p);
      if (!close) break;
      p = end = close;
      continue;
    }
    if (at(t, p, kEllipsis)) {
      p += kEllipsis.size();
      end = p;
      continue;
    }
    if (at(t, p, kEnDash) || at(t, p, kEmDash)) {
      size_t w = skip_ws(t, p + 3, true);
      if (root_follows(t, w)) {
        p = w;
        continue;
      }
      break;
    }
    if (is_ws(c)) {
      size_t w = skip_ws(t, p, true);
      if (w >= n) break;
      if (t[w] == '/' || t[w] == '\\') {
        p = w;
        continue;
      }
      if (t[w] == '(' && paren_group(t, w)) {
        p = end = paren_group(t, w);
        continue;
      }
      if (t[w] == '.' && p > 0 && is_alpha(t[p - 1])) {
        p = w;
        continue;
      }
      if (t[w] == '-' && root_follows(t, skip_ws(t, w + 1, true))) {
        p = w;
        continue;
      }
      if ((at(t, w, kEnDash) || at(t, w, kEmDash)) && root_follows(t, skip_ws(t, w + 3, true))) {
        p = w;
        continue;
      }
      // "217 A (III)": a letter of a lettered resolution before the session in parentheses.
      if (p > 0 && is_digit(t[p - 1]) && is_upper(t[w]) && w + 1 < n && t[w + 1] == ' ' &&
          paren_group(t, w + 2)) {
        p = end = paren_group(t, w + 2);
        continue;
      }
      break;
    }
    break;
  }
  while (end > i && (t[end - 1] == '.' || t[end - 1] == '-')) {
    if (end >= 3 && at(t, end - 3, "...")) break;
    --end;
  }
  return end;
}

bool boundary_before(std::string_view t, size_t i) {
  if (i == 0) return true;
  unsigned char b = static_cast<unsigned char>(t[i - 1]);
  if (b >= 0x80) return true;
  char c = static_cast<char>(b);
  return !(is_alnum(c) || c == '.' || c == '/' || c == '\\' || c == ':' || c == '_' || c == '-' ||
           c == '@' || c == '#' || c == '&' || c == '=' || c == '?' || c == '%' || c == '~' ||
           c == '+');
}

// ---- matching --------------------------------------------------------------------------------

struct Flags {
  bool case_ = false, missing_dot = false, leading_zero = false, missing_space = false;
  int count() const { return case_ + missing_dot + leading_zero + missing_space; }
};

bool is_placeholder(std::string_view s) {
  return s == kEllipsis || s == "..." || s == "xx" || s == "XX" || s == "xxx" || s == "XXX" ||
         s == "x" || s == "X" || s == "__" || s == "___";
}

// Reads a number at pos: digits (leading zeros dropped and flagged) or a draft placeholder.
bool take_number(std::string_view t, size_t& pos, std::string& out, Flags& f) {
  size_t b = pos;
  while (pos < t.size() && is_digit(t[pos])) ++pos;
  if (pos > b) {
    std::string_view d = t.substr(b, pos - b);
    size_t z = 0;
    while (z + 1 < d.size() && d[z] == '0') ++z;
    if (d == "0") return false;
    if (z > 0) f.leading_zero = true;
    out += d.substr(z);
    // A range at the end of a component: SR.1-60, CO/3-4.
    if (pos + 1 < t.size() && t[pos] == '-' && is_digit(t[pos + 1])) {
      size_t e = pos + 1;
      while (e < t.size() && is_digit(t[e])) ++e;
      if (e == t.size() && t[pos + 1] != '0' &&
          std::stoll(std::string(t.substr(pos + 1, std::min<size_t>(e - pos - 1, 9)))) >
              std::stoll(std::string(d.substr(0, std::min<size_t>(d.size(), 9))))) {
        out += t.substr(pos, e - pos);
        pos = e;
      }
    }
    return true;
  }
  for (std::string_view ph :
       {kEllipsis, std::string_view("..."), std::string_view("xxx"), std::string_view("XXX"),
        std::string_view("xx"), std::string_view("XX"), std::string_view("___"),
        std::string_view("__")}) {
    if (at(t, pos, ph)) {
      out += ph;
      pos += ph.size();
      return true;
    }
  }
  return false;
}

bool take_special_prefix(std::string_view t, size_t& pos, std::string& out, Flags& f) {
  for (std::string_view sp : {std::string_view("ES-"), std::string_view("S-")}) {
    if (pos + sp.size() <= t.size()) {
      bool eq = true, exact = true;
      for (size_t k = 0; k < sp.size(); ++k) {
        if (to_upper(t[pos + k]) != sp[k]) eq = false;
        if (t[pos + k] != sp[k]) exact = false;
      }
      if (eq) {
        if (!exact) f.case_ = true;
        out += sp;
        pos += sp.size();
        return true;
      }
    }
  }
  return false;
}

bool match_component(const ComponentPattern& cp, std::string_view t, std::string& out, Flags& f) {
  size_t pos = 0;
  for (size_t k = 0; k < cp.size(); ++k) {
    const Token& tok = cp[k];
    switch (tok.slot) {
      case Slot::kLiteral: {
        const std::string& lit = tok.text;
        for (size_t li = 0; li < lit.size(); ++li) {
          char lc = lit[li];
          if (pos < t.size() && to_lower(t[pos]) == to_lower(lc)) {
            if (t[pos] != lc) f.case_ = true;
            out += lc;
            ++pos;
          } else if (lc == '.' && pos < t.size() && is_digit(t[pos]) &&
                     (li + 1 < lit.size()
                          ? is_digit(lit[li + 1])
                          : k + 1 < cp.size() && cp[k + 1].slot != Slot::kLiteral)) {
            f.missing_dot = true;
            out += '.';
          } else if (lc == ' ' && pos < t.size() && t[pos] == '(') {
            f.missing_space = true;
            out += ' ';
          } else {
            return false;
          }
        }
        break;
      }
      case Slot::kNumber:
        if (!take_number(t, pos, out, f)) return false;
        break;
      case Slot::kYear: {
        size_t b = pos;
        while (pos < t.size() && is_digit(t[pos])) ++pos;
        if (pos - b != 4) return false;
        int y = std::stoi(std::string(t.substr(b, 4)));
        if (y < 1946 || y > 2099) return false;
        out += t.substr(b, 4);
        break;
      }
      case Slot::kSession:
        take_special_prefix(t, pos, out, f);
        if (!take_number(t, pos, out, f)) return false;
        break;
      case Slot::kCountry: {
        size_t b = pos;
        while (pos < t.size() && is_alpha(t[pos])) ++pos;
        if (pos - b != 3) return false;
        for (size_t q = b; q < pos; ++q) {
          if (is_lower(t[q])) f.case_ = true;
          out += to_upper(t[q]);
        }
        break;
      }
      case Slot::kWord: {
        size_t b = pos;
        while (pos < t.size() && is_alpha(t[pos])) ++pos;
        if (pos == b) return false;
        for (size_t q = b; q < pos; ++q) {
          if (is_lower(t[q])) f.case_ = true;
          out += to_upper(t[q]);
        }
        break;
      }
      case Slot::kRoman: {
        take_special_prefix(t, pos, out, f);
        size_t b = pos;
        while (pos < t.size() && std::string_view("IVXLC").find(t[pos]) != std::string_view::npos) {
          ++pos;
        }
        if (pos == b) return false;
        out += t.substr(b, pos - b);
        break;
      }
    }
  }
  return pos == t.size();
}

struct Match {
  bool ok = false;
  std::string canonical;
  Flags flags;
  const Pattern* pattern = nullptr;
};

// "Add.1", "Corr.2", "Summary": a final component; returns its canonical form.
bool match_modifier(const SymbolRegistry& reg, std::string_view t, std::string& out, Flags& f) {
  for (const SymbolRegistry::Modifier& mod : reg.modifiers()) {
    const std::string& m = mod.word;
    if (t.size() < m.size()) continue;
    bool eq = true;
    for (size_t k = 0; k < m.size(); ++k) eq = eq && to_lower(t[k]) == to_lower(m[k]);
    if (!eq) continue;
    std::string_view rest = t.substr(m.size());
    Flags g;
    if (t.substr(0, m.size()) != m) g.case_ = true;
    std::string o = m;
    if (!mod.numbered) {
      if (!rest.empty()) continue;
    } else {
      if (rest.starts_with('.')) {
        rest.remove_prefix(1);
      } else {
        g.missing_dot = true;
      }
      o += '.';
      size_t pos = 0;
      if (!take_number(rest, pos, o, g) || pos != rest.size()) continue;
    }
    out = o;
    f.case_ |= g.case_;
    f.missing_dot |= g.missing_dot;
    f.leading_zero |= g.leading_zero;
    return true;
  }
  return false;
}

Match best_match(const SymbolRegistry& reg, const std::vector<Pattern>& pats,
                 std::vector<std::string> comps) {
  Match best;
  bool star = false;
  if (!comps.empty() && comps.back().ends_with('*')) {
    star = true;
    comps.back().pop_back();
  }
  std::vector<std::string> mods;
  Flags mod_flags;
  while (comps.size() > 2) {
    std::string m;
    Flags g;
    if (!match_modifier(reg, comps.back(), m, g)) break;
    mods.insert(mods.begin(), m);
    mod_flags.case_ |= g.case_;
    mod_flags.missing_dot |= g.missing_dot;
    mod_flags.leading_zero |= g.leading_zero;
    comps.pop_back();
  }
  for (const Pattern& p : pats) {
    if (p.components.size() != comps.size()) continue;
    std::string out;
    Flags f = mod_flags;
    bool ok = true;
    for (size_t k = 0; k < comps.size() && ok; ++k) {
      if (k) out += '/';
      ok = match_component(p.components[k], comps[k], out, f);
    }
    if (!ok) continue;
    if (!best.ok || f.count() < best.flags.count()) {
      best.ok = true;
      best.flags = f;
      best.canonical = out;
      best.pattern = &p;
    }
  }
  if (best.ok) {
    for (const auto& m : mods) best.canonical += "/" + m;
    if (star) best.canonical += '*';
  }
  return best;
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.emplace_back(s.substr(b, i - b));
      b = i + 1;
    }
  }
  return out;
}

std::string join(const std::vector<std::string>& v, size_t n) {
  std::string s;
  for (size_t i = 0; i < n && i < v.size(); ++i) s += (i ? "/" : "") + v[i];
  return s;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

// Rewrites that undo one common slip; each returns false when it does not apply.
bool rewrite_separator(std::vector<std::string>& comps) {  // 70-1, 44.1 → 70/1, 44/1
  bool any = false;
  std::vector<std::string> out;
  for (const auto& c : comps) {
    size_t k = c.find_first_of(".-");
    if (k != std::string::npos && all_digits(c.substr(0, k)) && all_digits(c.substr(k + 1))) {
      out.push_back(c.substr(0, k));
      out.push_back(c.substr(k + 1));
      any = true;
    } else {
      out.push_back(c);
    }
  }
  if (any) comps = std::move(out);
  return any;
}

bool rewrite_slash_for_dot(std::vector<std::string>& comps) {  // Corr/1, L/1 → Corr.1, L.1
  static const std::array<std::string_view, 10> kDotted = {"add", "corr", "rev", "amend", "l",
                                                           "pv",  "sr",   "crp", "wp",    "r"};
  bool any = false;
  for (size_t k = 1; k + 1 < comps.size(); ++k) {
    std::string low;
    for (char c : comps[k]) low += to_lower(c);
    if (std::find(kDotted.begin(), kDotted.end(), low) != kDotted.end() &&
        (all_digits(comps[k + 1]) || is_placeholder(comps[k + 1]))) {
      comps[k] += "." + comps[k + 1];
      comps.erase(comps.begin() + static_cast<long>(k) + 1);
      any = true;
    }
  }
  return any;
}

bool rewrite_order(std::vector<std::string>& comps) {  // A/HRC/44/RES/1 → A/HRC/RES/44/1
  for (size_t k = 1; k + 1 < comps.size(); ++k) {
    std::string u = upper(comps[k + 1]);
    if ((u == "RES" || u == "DEC" || u == "PRST") &&
        (all_digits(comps[k]) || comps[k].starts_with("S-"))) {
      std::swap(comps[k], comps[k + 1]);
      return true;
    }
  }
  return false;
}

void add_flags(std::vector<Defect>& d, const Flags& f) {
  if (f.case_) d.push_back(Defect::kCase);
  if (f.missing_dot) d.push_back(Defect::kMissingDot);
  if (f.leading_zero) d.push_back(Defect::kLeadingZero);
  if (f.missing_space) d.push_back(Defect::kMissingSpace);
}

// The letters of a component, for comparing series names ("C.3" → "C").
std::string letters_of(std::string_view s) {
  std::string r;
  for (char c : s) {
    if (!is_alpha(c)) break;
    r += to_upper(c);
  }
  return r;
}

struct PartResult {
  enum class Kind : uint8_t { kOk, kShape, kUnknown, kNotSymbol } kind = Kind::kNotSymbol;
  std::string canonical;
  std::vector<Defect> defects;
  std::string unknown, suggestion, expected;
};

int max_distance(size_t len) { return len <= 4 ? 1 : 2; }

PartResult analyse_part(const SymbolRegistry& reg, std::string_view s) {
  PartResult r;
  std::vector<std::string> comps = split(s, '/');
  if (comps.size() < 2 || comps[0].empty()) return r;
  const std::string& root = comps[0];
  bool lower_root = std::any_of(root.begin(), root.end(), is_lower);
  if (!std::all_of(root.begin(), root.end(), is_alpha)) return r;
  const std::vector<Pattern>* pats = reg.patterns_for_root(upper(root));
  if (!pats) {
    if (lower_root) return r;
    // HRC/44/28: the principal organ left out.
    int found = 0;
    Match only;
    for (std::string_view organ : {"A", "E", "S"}) {
      std::vector<std::string> with = comps;
      with.insert(with.begin(), std::string(organ));
      Match m = best_match(reg, *reg.patterns_for_root(organ), with);
      if (m.ok && m.flags.count() == 0 && comps[0].size() >= 2) {
        ++found;
        only = m;
      }
    }
    if (found == 1) {
      r.kind = PartResult::Kind::kOk;
      r.canonical = only.canonical;
      r.defects.push_back(Defect::kMissingRoot);
      return r;
    }
    if (root.size() < 3) return r;
    for (const std::string& known : reg.roots()) {
      if (edit_distance(root, known) > 1) continue;
      std::vector<std::string> with = comps;
      with[0] = known;
      Match m = best_match(reg, *reg.patterns_for_root(known), with);
      if (m.ok) {
        r.kind = PartResult::Kind::kUnknown;
        r.unknown = root + "/";
        r.suggestion = m.canonical;
        return r;
      }
    }
    return r;
  }
  Match m = best_match(reg, *pats, comps);
  if (m.ok) {
    r.kind = PartResult::Kind::kOk;
    r.canonical = m.canonical;
    add_flags(r.defects, m.flags);
    return r;
  }
  // Slips with one certain correction.
  struct Try {
    bool (*apply)(std::vector<std::string>&);
    Defect defect;
  };
  const Try tries[] = {{rewrite_separator, Defect::kSeparator},
                       {rewrite_slash_for_dot, Defect::kSlashForDot},
                       {rewrite_order, Defect::kOrder}};
  for (const Try& t : tries) {
    std::vector<std::string> c = comps;
    if (!t.apply(c)) continue;
    Match x = best_match(reg, *pats, c);
    if (x.ok) {
      r.kind = PartResult::Kind::kOk;
      r.canonical = x.canonical;
      r.defects.push_back(t.defect);
      add_flags(r.defects, x.flags);
      return r;
    }
  }
  {
    std::vector<std::string> c = comps;
    if (rewrite_separator(c) && rewrite_order(c)) {
      Match x = best_match(reg, *pats, c);
      if (x.ok) {
        r.kind = PartResult::Kind::kOk;
        r.canonical = x.canonical;
        r.defects = {Defect::kSeparator, Defect::kOrder};
        add_flags(r.defects, x.flags);
        return r;
      }
    }
  }
  if (lower_root) return r;
  // S/RES/2532: a Security Council resolution without its year.
  if (upper(root) == "S" && comps.size() == 3 && upper(comps[1]) == "RES" && all_digits(comps[2])) {
    r.kind = PartResult::Kind::kShape;
    r.defects.push_back(Defect::kMissingYear);
    return r;
  }
  // How far does the best pattern get?
  size_t best_len = 0;
  for (const Pattern& p : *pats) {
    size_t k = 0;
    Flags f;
    std::string out;
    while (k < comps.size() && k < p.components.size() &&
           match_component(p.components[k], comps[k], out, f)) {
      out += '/';
      ++k;
    }
    best_len = std::max(best_len, k);
  }
  std::string out;
  Flags f;
  bool is_mod = best_len < comps.size() && match_modifier(reg, comps[best_len], out, f);
  // A/HRC/44/28/Add: the symbol fits its series up to a last component that is a modifier word
  // with no number (text cut after "Add."). Malformed, with no certain fix; not a new series.
  if (best_len >= 1 && best_len + 1 == comps.size() && !is_mod) {
    for (const SymbolRegistry::Modifier& m : reg.modifiers()) {
      if (m.numbered && upper(comps[best_len]) == upper(m.word)) {
        r.kind = PartResult::Kind::kShape;
        r.defects.push_back(Defect::kModifierNumber);
        return r;
      }
    }
  }
  if (best_len >= 1 && best_len < comps.size() && !comps[best_len].empty() &&
      is_alpha(comps[best_len][0]) && !is_mod) {
    std::string want = letters_of(comps[best_len]);
    int best_d = 1 << 20;
    std::string best_lit;
    bool best_pure = false;
    for (const Pattern& p : *pats) {
      if (p.components.size() <= best_len) continue;
      bool prefix_ok = true;
      for (size_t k = 0; k < best_len && prefix_ok; ++k) {
        std::string o;
        Flags g;
        prefix_ok = match_component(p.components[k], comps[k], o, g);
      }
      if (!prefix_ok) continue;
      const ComponentPattern& cp = p.components[best_len];
      if (cp.empty() || cp[0].slot != Slot::kLiteral) continue;
      std::string lit_letters = letters_of(cp[0].text);
      int d = edit_distance(want, lit_letters);
      if (d < best_d) {
        best_d = d;
        best_lit = cp[0].text;
        best_pure = cp.size() == 1;
      }
    }
    r.kind = PartResult::Kind::kUnknown;
    r.unknown = join(comps, best_len + 1) + "/";
    if (!best_lit.empty() && best_d <= max_distance(want.size())) {
      std::vector<std::string> with = comps;
      if (best_pure) {
        with[best_len] = best_lit;
      } else {
        with[best_len] = best_lit + comps[best_len].substr(want.size());
        if (with[best_len].find("..") != std::string::npos) with[best_len] = best_lit;
      }
      Match x = best_match(reg, *pats, with);
      r.suggestion = x.ok ? x.canonical : join(with, best_len + 1) + "/";
    }
    return r;
  }
  r.kind = PartResult::Kind::kShape;
  r.defects.push_back(Defect::kShape);
  // Name a few forms of the series the symbol seems to belong to.
  int listed = 0;
  for (const Pattern& p : *pats) {
    std::string o;
    Flags g;
    if (best_len >= 2 &&
        !(p.components.size() > 1 && match_component(p.components[1], comps[1], o, g))) {
      continue;
    }
    if (listed == 3) {
      r.expected += " …";
      break;
    }
    r.expected += (listed ? "、" : "") + p.text;
    ++listed;
  }
  return r;
}

void push_unique(std::vector<Defect>& d, Defect x) {
  if (std::find(d.begin(), d.end(), x) == d.end()) d.push_back(x);
}

}  // namespace

std::string_view defect_zh(Defect d) {
  switch (d) {
    case Defect::kFullWidthSlash:
      return "使用了全角斜线";
    case Defect::kFullWidth:
      return "使用了全角字母或数字";
    case Defect::kSpace:
      return "中间有空格";
    case Defect::kBackslash:
      return "使用了反斜线";
    case Defect::kDoubleSlash:
      return "斜线重复";
    case Defect::kTrailingSlash:
      return "末尾多了斜线";
    case Defect::kCase:
      return "大小写有误";
    case Defect::kMissingDot:
      return "缺少圆点";
    case Defect::kSlashForDot:
      return "该用圆点处用了斜线";
    case Defect::kSeparator:
      return "数字之间应为斜线";
    case Defect::kLeadingZero:
      return "数字前多了零";
    case Defect::kOrder:
      return "组成部分顺序有误";
    case Defect::kJointDash:
      return "联合文号之间应为不带空格的连字符";
    case Defect::kMissingSpace:
      return "括号前缺少空格";
    case Defect::kMissingRoot:
      return "缺少主要机关部分";
    case Defect::kMissingYear:
      return "缺少括号内的通过年份";
    case Defect::kModifierNumber:
      return "修订标记后缺少编号";
    case Defect::kShape:
      return "不符合该系列的文号结构";
  }
  return "";
}

std::string_view defect_en(Defect d) {
  switch (d) {
    case Defect::kFullWidthSlash:
      return "full-width solidus";
    case Defect::kFullWidth:
      return "full-width letters or digits";
    case Defect::kSpace:
      return "spaces inside";
    case Defect::kBackslash:
      return "backslash for solidus";
    case Defect::kDoubleSlash:
      return "doubled solidus";
    case Defect::kTrailingSlash:
      return "trailing solidus";
    case Defect::kCase:
      return "wrong letter case";
    case Defect::kMissingDot:
      return "missing dot";
    case Defect::kSlashForDot:
      return "solidus for dot";
    case Defect::kSeparator:
      return "dot or hyphen for solidus";
    case Defect::kLeadingZero:
      return "leading zero";
    case Defect::kOrder:
      return "misplaced component";
    case Defect::kJointDash:
      return "joint symbols take a plain hyphen";
    case Defect::kMissingSpace:
      return "missing space before parenthesis";
    case Defect::kMissingRoot:
      return "principal organ missing";
    case Defect::kMissingYear:
      return "year of adoption missing";
    case Defect::kModifierNumber:
      return "a modifier (Add., Corr., Rev.) without its number";
    case Defect::kShape:
      return "does not fit the series";
  }
  return "";
}

Edit minimal_doc_edit(Span span, std::string_view have, std::string_view want) {
  size_t hp = 0, wp = 0;
  while (hp < have.size() && wp < want.size()) {
    size_t h2 = hp, w2 = wp;
    if (utf8::next(have, h2) != utf8::next(want, w2)) break;
    hp = h2, wp = w2;
  }
  size_t hs = have.size(), ws = want.size();
  while (hs > hp && ws > wp) {
    size_t h2 = hs, w2 = ws;
    if (utf8::prev(have, h2) != utf8::prev(want, w2)) break;
    hs = h2, ws = w2;
  }
  Edit e;
  e.span = {span.begin + static_cast<uint32_t>(hp), span.begin + static_cast<uint32_t>(hs)};
  e.replacement = std::string(want.substr(wp, ws - wp));
  return e;
}

std::string one_line(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || text[i] == '\r') {
      while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
      while (i + 1 < text.size() && is_ws(text[i + 1])) ++i;
      continue;
    }
    out += text[i];
  }
  return out;
}

int edit_distance(std::string_view a, std::string_view b) {
  const size_t n = a.size(), m = b.size();
  if (n > 32 || m > 32) return 99;
  int d[33][33];
  for (size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      int cost = to_upper(a[i - 1]) == to_upper(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && to_upper(a[i - 1]) == to_upper(b[j - 2]) &&
          to_upper(a[i - 2]) == to_upper(b[j - 1])) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

SymbolFinding analyse_symbol(const SymbolRegistry& reg, std::string_view vt, std::string_view dt,
                             bool* is_symbol) {
  SymbolFinding out;
  if (is_symbol) *is_symbol = false;
  std::vector<Defect> defects;
  // Form, judged from the original bytes.
  for (size_t i = 0; i < dt.size();) {
    char32_t c = utf8::next(dt, i);
    if (c == 0xFF0F || c == 0xFF3C) {
      push_unique(defects, Defect::kFullWidthSlash);
    } else if (c >= 0xFF01 && c <= 0xFF5E) {
      push_unique(defects, Defect::kFullWidth);
    } else if (c == 0x3000 || c == 0x00A0) {
      push_unique(defects, Defect::kSpace);
    }
  }
  // Separators, spaces and line breaks, judged from the view.
  std::string norm;
  bool has_digit = false;
  int depth = 0;  // inside "(Part I)" spaces belong to the symbol
  for (size_t i = 0; i < vt.size();) {
    char c = vt[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (is_ws(c) && depth > 0) {
      norm += ' ';
      ++i;
      continue;
    }
    if (is_ws(c)) {
      size_t j = i;
      bool newline = false;
      while (j < vt.size() && is_ws(vt[j])) newline |= (vt[j] == '\n' || vt[j] == '\r'), ++j;
      char next = j < vt.size() ? vt[j] : 0;
      char prev = norm.empty() ? 0 : norm.back();
      if (next == '(' ||
          (is_digit(prev) && is_upper(next) && j + 1 < vt.size() && vt[j + 1] == ' ')) {
        norm += ' ';  // "955 (1994)", "217 A (III)"
      } else if (next == '-' || prev == '-' || at(vt, j, kEnDash) || at(vt, j, kEmDash)) {
        if (!newline) push_unique(defects, Defect::kJointDash);
      } else if (!newline) {
        push_unique(defects, Defect::kSpace);
      }
      i = j;
      continue;
    }
    if (c == '\\') {
      push_unique(defects, Defect::kBackslash);
      norm += '/';
      ++i;
      continue;
    }
    if (at(vt, i, kEnDash) || at(vt, i, kEmDash)) {
      push_unique(defects, Defect::kJointDash);
      norm += '-';
      i += 3;
      continue;
    }
    if (c == '/' && !norm.empty() && norm.back() == '/') {
      push_unique(defects, Defect::kDoubleSlash);
      ++i;
      continue;
    }
    if (is_digit(c)) has_digit = true;
    if (at(vt, i, kEllipsis)) has_digit = true;
    norm += c;
    ++i;
  }
  if (!has_digit && norm.find("...") == std::string::npos) return out;
  if (!norm.empty() && norm.back() == '/') {
    norm.pop_back();
    push_unique(defects, Defect::kTrailingSlash);
  }
  // Joint symbols: split before a registered root.
  std::vector<std::string> parts;
  size_t b = 0;
  for (size_t i = 0; i < norm.size(); ++i) {
    if (norm[i] != '-' || !root_follows(norm, i + 1)) continue;
    size_t q = i + 1;
    while (q < norm.size() && is_alpha(norm[q])) ++q;
    if (!reg.patterns_for_root(upper(norm.substr(i + 1, q - i - 1)))) continue;
    parts.push_back(norm.substr(b, i - b));
    b = i + 1;
  }
  parts.push_back(norm.substr(b));
  std::string canonical;
  bool shape = false;
  for (size_t k = 0; k < parts.size(); ++k) {
    PartResult r = analyse_part(reg, parts[k]);
    if (r.kind == PartResult::Kind::kNotSymbol) {
      if (k == 0) return out;  // not a symbol at all
      r.kind = PartResult::Kind::kShape;
      r.defects.push_back(Defect::kShape);
    }
    if (r.kind == PartResult::Kind::kUnknown) {
      if (is_symbol) *is_symbol = true;
      out.kind = SymbolFinding::Kind::kUnknownSeries;
      out.unknown = r.unknown;
      out.suggestion = r.suggestion;
      return out;
    }
    if (r.kind == PartResult::Kind::kShape) {
      shape = true;
      if (out.expected.empty()) out.expected = r.expected;
    }
    for (Defect d : r.defects) push_unique(defects, d);
    canonical += (k ? "-" : "") + r.canonical;
  }
  if (is_symbol) *is_symbol = true;
  if (defects.empty()) {
    out.kind = SymbolFinding::Kind::kValid;
    out.canonical = canonical;
    return out;
  }
  out.kind = SymbolFinding::Kind::kMalformed;
  std::sort(defects.begin(), defects.end());
  out.defects = defects;
  if (!shape) out.corrected = canonical;
  return out;
}

void scan_symbols(const SymbolRegistry& reg, const ScanView& view, std::string_view doc,
                  std::vector<SymbolFinding>& out, bool valid_too) {
  std::string_view t = view.text();
  const size_t n = t.size();
  // A draft cites the same documents again and again: each distinct candidate is judged once.
  // The key is the candidate as the view has it, followed, where the Document's bytes differ
  // (a full-width solidus, a line break), by a NUL and those bytes; it is looked up without
  // being made into a string.
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::pair<bool, SymbolFinding>, KeyHash, std::equal_to<>> judged;
  std::string joined;
  size_t i = 0;
  // A symbol starts with an ASCII letter: everything else is passed over sixteen bytes at a time.
  auto letters = [](const char* p) {
    using namespace bytes;
    return mask(in(fold_case(load(p)), 'a', 'z'));
  };
  bytes::Cursor starts(t, letters);
  while ((i = starts.next(i)) < n) {
    if (!boundary_before(t, i)) {
      while (i < n && (is_alnum(t[i]) || t[i] == '.' || t[i] == '/' || t[i] == '-')) ++i;
      continue;
    }
    size_t end = extend_candidate(t, i);
    if (end == i) {
      while (i < n && is_alnum(t[i])) ++i;
      continue;
    }
    std::string_view vt = t.substr(i, end - i), dt = vt, key = vt;
    Span ds;
    if (!view.verbatim(static_cast<uint32_t>(i), static_cast<uint32_t>(end), &ds)) {
      ds = view.to_doc(static_cast<uint32_t>(i), static_cast<uint32_t>(end));
      dt = doc.substr(ds.begin, ds.size());
      if (dt != vt) {
        joined.assign(vt);
        joined += '\0';
        joined += dt;
        key = joined;
      }
    }
    auto it = judged.find(key);
    if (it == judged.end()) {
      bool is_symbol = false;
      SymbolFinding judgement = analyse_symbol(reg, vt, dt, &is_symbol);
      it = judged.emplace(std::string(key), std::pair{is_symbol, std::move(judgement)}).first;
    }
    if (it->second.first && (valid_too || it->second.second.kind != SymbolFinding::Kind::kValid)) {
      SymbolFinding f = it->second.second;
      f.view_begin = static_cast<uint32_t>(i);
      f.view_end = static_cast<uint32_t>(end);
      out.push_back(std::move(f));
    }
    i = end;
  }
}

}  // namespace unlint::symbols
