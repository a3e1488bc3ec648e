#include "symbols/registry.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "core/error.h"
#include "text/yaml_tree.h"

namespace unlint::symbols {
namespace {

class Reader {
 public:
  explicit Reader(std::string_view file) : file_(file) {}

  [[noreturn]] void fail(const YamlNode& n, const std::string& what) const {
    YamlMark m = n.Mark();
    throw Error(file_, m.line + 1, m.column + 1, what);
  }

  void expect_keys(const YamlNode& n, std::initializer_list<std::string_view> allowed,
                   std::string_view what) const {
    if (!n.IsMap()) fail(n, "expected a mapping for " + std::string(what));
    for (const auto& kv : n) {
      std::string key = kv.first.Scalar();
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        fail(kv.first, "unknown key '" + key + "' in " + std::string(what));
      }
    }
  }

  int integer(const YamlNode& n, std::string_view what) const {
    if (!n.IsScalar()) fail(n, "expected a number for " + std::string(what));
    const std::string& s = n.Scalar();
    if (s.empty() || s.size() > 9 ||
        !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      fail(n, "expected a number for " + std::string(what) + ", got '" + s + "'");
    }
    return std::stoi(s);
  }

  std::string scalar(const YamlNode& n, std::string_view what) const {
    if (!n || !n.IsScalar()) fail(n, "expected text for " + std::string(what));
    return n.Scalar();
  }

  Date date(const YamlNode& n) const {
    std::string s = scalar(n, "a date");
    Date d;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' ||
        std::sscanf(s.c_str(), "%4d-%2d-%2d", &d.year, &d.month, &d.day) != 3 || d.month < 1 ||
        d.month > 12 || d.day < 1 || d.day > 31) {
      fail(n, "expected a date as YYYY-MM-DD, got '" + s + "'");
    }
    return d;
  }

 private:
  std::string file_;
};

// Splits "L.{n}" into tokens; returns false on an unknown placeholder.
bool parse_component(std::string_view s, ComponentPattern& out, std::string& bad) {
  size_t i = 0;
  std::string lit;
  auto flush = [&] {
    if (!lit.empty()) out.push_back({Slot::kLiteral, std::move(lit)});
    lit.clear();
  };
  while (i < s.size()) {
    if (s[i] == '{') {
      size_t close = s.find('}', i);
      if (close == std::string_view::npos) {
        bad = std::string(s.substr(i));
        return false;
      }
      std::string_view name = s.substr(i + 1, close - i - 1);
      Slot slot;
      if (name == "n") {
        slot = Slot::kNumber;
      } else if (name == "y") {
        slot = Slot::kYear;
      } else if (name == "s") {
        slot = Slot::kSession;
      } else if (name == "cc") {
        slot = Slot::kCountry;
      } else if (name == "w") {
        slot = Slot::kWord;
      } else if (name == "r") {
        slot = Slot::kRoman;
      } else {
        bad = "{" + std::string(name) + "}";
        return false;
      }
      flush();
      out.push_back({slot, {}});
      i = close + 1;
    } else {
      lit += s[i++];
    }
  }
  flush();
  return !out.empty();
}

std::vector<std::string_view> split_slash(std::string_view s) {
  std::vector<std::string_view> parts;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '/') {
      parts.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  }
  return parts;
}

std::string upper(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return r;
}

int days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

int Date::days() const { return days_from_civil(year, month, day); }

SymbolRegistry SymbolRegistry::load(std::string_view yaml, std::string_view file) {
  auto tree = YamlTree::parse(yaml, std::string(file));
  return load(tree->root(), file);
}

SymbolRegistry SymbolRegistry::load(const YamlNode& root, std::string_view file) {
  Reader r(file);
  r.expect_keys(root, {"modifiers", "series"}, "the symbol registry");
  SymbolRegistry reg;
  if (YamlNode mods = root["modifiers"]) {
    if (!mods.IsSequence()) r.fail(mods, "expected a list for 'modifiers'");
    for (const auto& m : mods) {
      std::string s = r.scalar(m, "a modifier");
      Modifier mod{s, false};
      if (s.ends_with(".{n}")) mod = {s.substr(0, s.size() - 4), true};
      if (mod.word.empty() || mod.word.find_first_of(".{}/ ") != std::string::npos) {
        r.fail(m, "expected a modifier word (Summary) or a word and .{n} (Add.{n}), got '" + s +
                      "'");
      }
      reg.modifiers_.push_back(std::move(mod));
    }
  }
  YamlNode list = root["series"];
  if (!list || !list.IsSequence()) r.fail(root, "expected a list 'series'");
  for (const YamlNode& s : list) {
    r.expect_keys(s, {"prefix", "name", "forms"}, "a series");
    std::vector<std::string> prefixes;
    YamlNode p = s["prefix"];
    if (!p) r.fail(s, "a series needs a 'prefix'");
    if (p.IsSequence()) {
      for (const auto& x : p) prefixes.push_back(r.scalar(x, "a prefix"));
    } else {
      prefixes.push_back(r.scalar(p, "'prefix'"));
    }
    std::string name = r.scalar(s["name"], "'name'");
    YamlNode forms = s["forms"];
    if (!forms || !forms.IsSequence() || forms.size() == 0) {
      r.fail(s, "a series needs a list of 'forms'");
    }
    for (const std::string& prefix : prefixes) {
      uint32_t index = static_cast<uint32_t>(reg.series_.size());
      reg.series_.push_back({prefix, name});
      auto prefix_parts = split_slash(prefix);
      std::string bad;
      ComponentPattern root_pattern;
      if (!parse_component(prefix_parts[0], root_pattern, bad) || root_pattern.size() != 1 ||
          root_pattern[0].slot != Slot::kLiteral) {
        r.fail(p, "a prefix must start with a literal series, got '" + prefix + "'");
      }
      std::string root_key = upper(root_pattern[0].text);
      for (const YamlNode& f : forms) {
        std::string form = r.scalar(f, "a form");
        Pattern pat;
        pat.series = index;
        pat.text = prefix + "/" + form;
        for (std::string_view part : split_slash(pat.text)) {
          ComponentPattern cp;
          if (!parse_component(part, cp, bad)) {
            r.fail(f, "bad component '" + std::string(part) + "' in form '" + form + "'" +
                          (bad.empty() ? "" : ": unknown placeholder " + bad));
          }
          pat.components.push_back(std::move(cp));
        }
        reg.by_root_[root_key].push_back(std::move(pat));
      }
      if (std::find(reg.roots_.begin(), reg.roots_.end(), root_key) == reg.roots_.end()) {
        reg.roots_.push_back(root_key);
      }
    }
  }
  return reg;
}

const std::vector<Pattern>* SymbolRegistry::patterns_for_root(std::string_view root) const {
  auto it = by_root_.find(root);
  return it == by_root_.end() ? nullptr : &it->second;
}

std::string_view body_name_zh(Body b) {
  switch (b) {
    case Body::kGeneralAssembly:
      return "大会";
    case Body::kHumanRightsCouncil:
      return "人权理事会";
    case Body::kSecurityCouncil:
      return "安全理事会";
    case Body::kEcosoc:
      return "经济及社会理事会";
    case Body::kCommissionOnHumanRights:
      return "人权委员会";
    case Body::kSubCommission:
      return "促进和保护人权小组委员会";
    default:
      return "";
  }
}

std::string chinese_numeral(int n) {
  static constexpr const char* kDigits[] = {"零", "一", "二", "三", "四",
                                            "五", "六", "七", "八", "九"};
  if (n <= 0 || n > 999) return std::to_string(n);
  std::string out;
  int h = n / 100, t = n / 10 % 10, u = n % 10;
  if (h) out += std::string(kDigits[h]) + "百";
  if (t) {
    if (h || t > 1) out += kDigits[t];
    out += "十";
  } else if (h && u) {
    out += "零";
  }
  if (u) out += kDigits[u];
  return out;
}

std::string_view body_name_en(Body b) {
  switch (b) {
    case Body::kGeneralAssembly:
      return "General Assembly";
    case Body::kHumanRightsCouncil:
      return "Human Rights Council";
    case Body::kSecurityCouncil:
      return "Security Council";
    case Body::kEcosoc:
      return "Economic and Social Council";
    case Body::kCommissionOnHumanRights:
      return "Commission on Human Rights";
    case Body::kSubCommission:
      return "Sub-Commission";
    default:
      return "";
  }
}

SessionCalendar SessionCalendar::load(std::string_view yaml, std::string_view file) {
  auto tree = YamlTree::parse(yaml, std::string(file));
  return load(tree->root(), file);
}

SessionCalendar SessionCalendar::load(const YamlNode& root, std::string_view file) {
  Reader r(file);
  r.expect_keys(root,
                {"bodies", "general_assembly", "human_rights_council", "commission_on_human_rights",
                 "sub_commission", "economic_and_social_council", "security_council"},
                "the session calendars");
  SessionCalendar cal;
  if (YamlNode bodies = root["bodies"]) {
    r.expect_keys(
        bodies,
        {"general_assembly", "human_rights_council", "security_council",
         "economic_and_social_council", "commission_on_human_rights", "sub_commission", "other"},
        "'bodies'");
    const std::pair<const char*, Body> ids[] = {
        {"general_assembly", Body::kGeneralAssembly},
        {"human_rights_council", Body::kHumanRightsCouncil},
        {"security_council", Body::kSecurityCouncil},
        {"economic_and_social_council", Body::kEcosoc},
        {"commission_on_human_rights", Body::kCommissionOnHumanRights},
        {"sub_commission", Body::kSubCommission},
        {"other", Body::kOther}};
    for (const auto& [key, body] : ids) {
      YamlNode names = bodies[key];
      if (!names) continue;
      if (!names.IsSequence()) r.fail(names, "expected a list of names");
      for (const auto& n : names) cal.body_names.emplace_back(r.scalar(n, "a body name"), body);
    }
    std::stable_sort(cal.body_names.begin(), cal.body_names.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  }
  if (YamlNode ga = root["general_assembly"]) {
    r.expect_keys(ga, {"year_offset", "opens_month", "first_numbered_session", "latest_session"},
                  "'general_assembly'");
    if (ga["year_offset"]) cal.ga_year_offset = r.integer(ga["year_offset"], "'year_offset'");
    if (ga["opens_month"]) cal.ga_opens_month = r.integer(ga["opens_month"], "'opens_month'");
    if (ga["first_numbered_session"]) {
      cal.ga_first_numbered_session = r.integer(ga["first_numbered_session"], "a session");
    }
    if (ga["latest_session"]) cal.ga_latest_session = r.integer(ga["latest_session"], "a session");
  }
  if (YamlNode h = root["human_rights_council"]) {
    r.expect_keys(h,
                  {"first_year", "sessions_per_year", "latest_session", "sessions", "grace_days"},
                  "'human_rights_council'");
    if (h["first_year"]) cal.hrc_first_year = r.integer(h["first_year"], "'first_year'");
    if (h["sessions_per_year"]) {
      cal.hrc_sessions_per_year = r.integer(h["sessions_per_year"], "'sessions_per_year'");
      if (cal.hrc_sessions_per_year == 0) r.fail(h["sessions_per_year"], "must be positive");
    }
    if (h["latest_session"]) cal.hrc_latest_session = r.integer(h["latest_session"], "a session");
    if (h["grace_days"]) cal.hrc_grace_days = r.integer(h["grace_days"], "'grace_days'");
    if (YamlNode s = h["sessions"]) {
      if (!s.IsMap()) r.fail(s, "expected a mapping of session number to dates");
      for (const auto& kv : s) {
        int n = r.integer(kv.first, "a session number");
        if (!kv.second.IsSequence()) r.fail(kv.second, "expected a list of [first, last] dates");
        for (const auto& part : kv.second) {
          if (!part.IsSequence() || part.size() != 2) {
            r.fail(part, "expected [first day, last day]");
          }
          Date a = r.date(part[0]), b = r.date(part[1]);
          if (b < a) r.fail(part, "the last day is before the first");
          cal.hrc_sessions[n].emplace_back(a, b);
        }
      }
    }
  }
  auto years = [&](const char* key, int* first, int* last) {
    YamlNode n = root[key];
    if (!n) return;
    r.expect_keys(n, {"first_year", "last_year"}, key);
    if (n["first_year"]) *first = r.integer(n["first_year"], "'first_year'");
    if (last && n["last_year"]) *last = r.integer(n["last_year"], "'last_year'");
  };
  years("commission_on_human_rights", &cal.chr_first_year, &cal.chr_last_year);
  years("sub_commission", &cal.subcom_first_year, &cal.subcom_last_year);
  years("economic_and_social_council", &cal.ecosoc_first_year, nullptr);
  if (YamlNode sc = root["security_council"]) {
    r.expect_keys(sc, {"anchors"}, "'security_council'");
    YamlNode a = sc["anchors"];
    if (!a || !a.IsSequence()) r.fail(sc, "expected a list of [number, year] 'anchors'");
    for (const auto& x : a) {
      if (!x.IsSequence() || x.size() != 2) r.fail(x, "expected [resolution number, year]");
      int n = r.integer(x[0], "a resolution number"), y = r.integer(x[1], "a year");
      if (!cal.sc_anchors.empty() &&
          (n < cal.sc_anchors.back().first || y < cal.sc_anchors.back().second)) {
        r.fail(x, "anchors must be in order of number and year");
      }
      cal.sc_anchors.emplace_back(n, y);
    }
  }
  return cal;
}

int SessionCalendar::hrc_year(int session) const {
  if (session <= hrc_sessions_per_year) return hrc_first_year;
  return hrc_first_year + (session - 1) / hrc_sessions_per_year;
}

std::pair<int, int> SessionCalendar::sc_year_range(int number) const {
  int lo = 1946, hi = 0;
  for (const auto& [n, y] : sc_anchors) {
    if (n <= number) lo = std::max(lo, y);
    if (n >= number) {
      hi = y;
      break;
    }
  }
  return {lo, hi};
}

}  // namespace unlint::symbols
