// The date recogniser shared by the date.* rules: finds dates, ranges and lists of dates in the
// ScanView, in the UN layout (2020年6月30日), in Chinese numerals (二〇二一年三月一日) and as numeric
// dates (2020-06-30, 30/6/2020), together with a weekday that follows a date.
//
// Invariants: every view offset in a DateMatch lies on a code-point boundary of the view text;
// matches come in view order and do not overlap; a match only refers back (`prev`) to an earlier
// match of the same chain. The recogniser allocates only when it finds a date.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace unlint {
class Resources;
class YamlNode;
}  // namespace unlint

namespace unlint::dates {

// How a connector between two dates is treated.
enum class ConnectorKind : uint8_t {
  kRange,          // 至: the end of a range
  kReportedRange,  // a hyphen between Chinese dates: a range, reported by date.range
  kList,           // 和, 、: the next item of a list
};

struct Connector {
  std::string text;  // as it reads in the ScanView
  ConnectorKind kind;
};

struct WeekdayName {
  std::string text;
  int iso = 0;  // 1 = Monday … 7 = Sunday
};

// rules/dates.yaml, checked and ready for matching. Immutable once loaded; shared by threads.
struct DateGrammar {
  char32_t year_unit = U'年', month_unit = U'月', day_unit = U'日';
  std::vector<char32_t> day_variants;            // 号
  std::vector<char32_t> day_variant_not_before;  // 第30号决议 is no date
  bool two_digit_years = true;
  std::string year_first_separators;  // ASCII characters: 2020-06-30
  std::string year_last_separators;   // ASCII characters: 30/6/2020
  uint32_t han_within = 24;           // bytes of the same line searched for a Han character
  std::vector<std::pair<char32_t, int>> han_digits;  // 〇 → 0 … 九 → 9
  char32_t han_ten = U'十';
  std::string preferred_connector;  // 至
  std::vector<Connector> connectors;  // longest first
  std::vector<WeekdayName> weekdays;  // longest first

  // Parses a rules/dates.yaml text; throws Error(file, line, col, what) on schema errors.
  static DateGrammar parse(std::string_view yaml, const std::string& file);
  static DateGrammar parse(const YamlNode& root, const std::string& file);
  // The rules/dates.yaml the pack was built with; throws Error when it is missing or invalid.
  static DateGrammar load(const Resources& resources);

  int han_digit(char32_t c) const;  // -1 when c is none of han_digits
};

// One number of a date as written.
struct Part {
  uint32_t begin = 0, end = 0;  // view range; empty when the date does not write this part
  int value = 0;
  bool han = false;    // Chinese numerals
  uint8_t digits = 0;  // Arabic digits written (0 for Chinese numerals)
  bool present() const { return end > begin; }
};

enum class Layout : uint8_t {
  kChinese,    // 2020年6月30日, 二〇二〇年六月三十日, 6月30日, 30日 (after a connector)
  kYearFirst,  // 2020-06-30, 2020/6/30, 2020.6.30
  kYearLast,   // 30/6/2020, 6/30/2020, 3/6/2020
};

// For kYearLast: which of the two leading numbers is the day.
enum class Order : uint8_t { kDayFirst, kMonthFirst, kAmbiguous, kImpossible };

enum class Link : uint8_t { kNone, kRange, kList };

struct DateMatch {
  uint32_t begin = 0, end = 0;  // view range of the date itself (no weekday, no connector)
  Layout layout = Layout::kChinese;
  char separator = 0;  // kYearFirst, kYearLast
  Order order = Order::kDayFirst;
  Part year, month, day;  // as written; for kYearLast the reading `order` chose (none if unsure)
  Part first, second;     // kYearLast: the two numbers before the year, in writing order
  bool has_day = false;   // the date names a day (not only a month)
  uint32_t day_unit_begin = 0, day_unit_end = 0;  // 日 or 号 (kChinese)
  bool day_variant = false;                        // 号 for 日

  // The calendar date meant, the parts the text omits taken from the date this one continues;
  // 0 where unknown (no year given, a two-digit year, an unsure day/month order).
  int y = 0, m = 0, d = 0;

  Link link = Link::kNone;
  int32_t prev = -1;  // index of the date this one continues (the start of a range)
  uint32_t connector_begin = 0, connector_end = 0;  // the connector before this date
  uint32_t connector_outer_begin = 0, connector_outer_end = 0;  // with spaces around it
  bool connector_reported = false;

  uint32_t weekday_begin = 0, weekday_end = 0;  // the weekday name after the date, if any
  int weekday_iso = 0;                          // 0 when no weekday follows
};

// Every date in `view` (the ScanView text), in order.
std::vector<DateMatch> find_dates(std::string_view view, const DateGrammar& grammar);

// The UN form of what the date writes (2021年3月1日; 3月1日; 1日), or "" when it cannot be
// known for certain (a two-digit year, an unsure day/month order, a part out of range).
std::string un_form(const DateMatch& m, const DateGrammar& grammar);

// Source text for quoting in a message: line breaks that extraction left inside are dropped.
std::string quote(std::string_view source);

// "1 March 2021", "March 2021", "1 March" — for the English glosses.
std::string english_date(int y, int m, int d);
// "2021年3月1日", leaving out the parts that are 0.
std::string chinese_date(int y, int m, int d, const DateGrammar& grammar);

}  // namespace unlint::dates
