// The UN symbol registry (rules/symbols.yaml) and session calendars (rules/sessions.yaml) as typed,
// immutable data for the symbol rules. Loaders throw Error with file:line:col on schema errors.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unlint {
class YamlNode;
}

namespace unlint::symbols {

// One token of a form component: literal text or a placeholder.
enum class Slot : uint8_t {
  kLiteral,
  kNumber,   // {n}
  kYear,     // {y}
  kSession,  // {s}: N, S-N, ES-N
  kCountry,  // {cc}
  kWord,     // {w}
  kRoman,    // {r}
};

struct Token {
  Slot slot = Slot::kLiteral;
  std::string text;  // the literal, for kLiteral
};

// A component between two solidi, e.g. "L.{n}" = [literal "L.", number].
using ComponentPattern = std::vector<Token>;

// A full symbol pattern: the series prefix followed by one form, component by component.
struct Pattern {
  std::vector<ComponentPattern> components;
  uint32_t series = 0;  // index into SymbolRegistry::series()
  std::string text;     // as written, "A/HRC/{s}/L.{n}"
};

struct Series {
  std::string prefix;  // as written, "A/HRC" or "A/C.{n}"
  std::string name;    // "人权理事会 (Human Rights Council)"
};

class SymbolRegistry {
 public:
  // Parses rules/symbols.yaml; `file` names it in errors.
  static SymbolRegistry load(std::string_view yaml, std::string_view file);
  static SymbolRegistry load(const YamlNode& root, std::string_view file);

  const std::vector<Series>& series() const { return series_; }
  // Patterns whose first component is the literal `root` (compared in upper case).
  const std::vector<Pattern>* patterns_for_root(std::string_view root) const;
  // Every root (A, S, E, CCPR, ...), upper case.
  const std::vector<std::string>& roots() const { return roots_; }
  // A modifier word in its canonical case (Add, Summary), and whether a number follows it (Add.1).
  struct Modifier {
    std::string word;
    bool numbered = true;
  };
  const std::vector<Modifier>& modifiers() const { return modifiers_; }

 private:
  std::vector<Series> series_;
  std::map<std::string, std::vector<Pattern>, std::less<>> by_root_;
  std::vector<std::string> roots_;
  std::vector<Modifier> modifiers_;
};

// A calendar date; ordering is chronological.
struct Date {
  int year = 0, month = 0, day = 0;
  friend auto operator<=>(const Date&, const Date&) = default;
  int days() const;  // days since a fixed epoch, for distances
};

enum class Body : uint8_t {
  kUnknown,
  kGeneralAssembly,
  kHumanRightsCouncil,
  kSecurityCouncil,
  kEcosoc,
  kCommissionOnHumanRights,
  kSubCommission,
  kOther,
};
std::string_view body_name_zh(Body b);
// A session number as UN Chinese writes it in 第…届会议: 31 → 三十一, 110 → 一百一十.
std::string chinese_numeral(int n);
std::string_view body_name_en(Body b);

struct SessionCalendar {
  // Chinese body names, longest first.
  std::vector<std::pair<std::string, Body>> body_names;

  int ga_year_offset = 1945;
  int ga_opens_month = 9;
  int ga_first_numbered_session = 31;
  int ga_latest_session = 81;

  int hrc_first_year = 2006;
  int hrc_sessions_per_year = 3;
  int hrc_latest_session = 63;
  int hrc_grace_days = 7;
  std::map<int, std::vector<std::pair<Date, Date>>> hrc_sessions;  // session → dated parts

  int chr_first_year = 1946, chr_last_year = 2006;
  int subcom_first_year = 1947, subcom_last_year = 2006;
  int ecosoc_first_year = 1946;

  std::vector<std::pair<int, int>> sc_anchors;  // (resolution number, year), by number

  static SessionCalendar load(std::string_view yaml, std::string_view file);
  static SessionCalendar load(const YamlNode& root, std::string_view file);

  // Year in which HRC regular session n met.
  int hrc_year(int session) const;
  // The years a Security Council resolution number can carry: [first, last]; last = 0 when open.
  std::pair<int, int> sc_year_range(int number) const;
};

}  // namespace unlint::symbols
