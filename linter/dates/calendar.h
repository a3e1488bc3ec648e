// Calendar facts for the date rules, from ICU's Gregorian calendar (UTC, strict fields).
// ICU calendars are not thread-safe: make one per check() call, and only when a date was found.
// Answers are kept, so a date a text gives many times is asked of ICU once.
#pragma once

#include <unicode/uversion.h>

#include <cstdint>
#include <memory>
#include <unordered_map>

U_NAMESPACE_BEGIN
class GregorianCalendar;
U_NAMESPACE_END

namespace unlint::dates {

class Calendar {
 public:
  Calendar();
  ~Calendar();
  Calendar(const Calendar&) = delete;
  Calendar& operator=(const Calendar&) = delete;

  // False only when ICU could not make a calendar; every query then answers "don't know" (0).
  bool ok() const { return cal_ != nullptr; }

  // Days in month m (1–12) of year y; y == 0 (year unknown) answers for a leap year.
  // 0 when the month is out of range or ICU fails.
  int days_in_month(int y, int m) const;
  bool exists(int y, int m, int d) const;
  // 1 = Monday … 7 = Sunday, or 0 when the date does not exist.
  int iso_weekday(int y, int m, int d) const;
  bool is_leap_year(int y) const;

 private:
  std::unique_ptr<icu::GregorianCalendar> cal_;
  mutable std::unordered_map<int64_t, int> days_in_month_, exists_, iso_weekday_;
};

}  // namespace unlint::dates
