#include "dates/calendar.h"

#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

namespace unlint::dates {

namespace {
constexpr int kLeapYear = 2000;  // stands in for an unknown year: every month at its longest

int64_t key(int y, int m, int d) { return (static_cast<int64_t>(y) * 16 + m) * 64 + d; }

// The answer kept under `k` in `memo`, asking `ask()` the first time.
template <class Ask>
int remembered(std::unordered_map<int64_t, int>& memo, int64_t k, Ask&& ask) {
  auto it = memo.find(k);
  if (it != memo.end()) return it->second;
  int v = ask();
  memo.emplace(k, v);
  return v;
}
}  // namespace

Calendar::Calendar() {
  UErrorCode status = U_ZERO_ERROR;
  auto cal = std::make_unique<icu::GregorianCalendar>(*icu::TimeZone::getGMT(),
                                                      icu::Locale::getRoot(), status);
  if (U_FAILURE(status)) return;
  cal->setLenient(false);
  cal_ = std::move(cal);
}

Calendar::~Calendar() = default;

int Calendar::days_in_month(int y, int m) const {
  if (!cal_ || m < 1 || m > 12) return 0;
  return remembered(days_in_month_, key(y, m, 0), [&] {
    UErrorCode status = U_ZERO_ERROR;
    cal_->clear();
    cal_->set(y == 0 ? kLeapYear : y, m - 1, 1);
    int n = cal_->getActualMaximum(UCAL_DAY_OF_MONTH, status);
    return U_SUCCESS(status) ? n : 0;
  });
}

bool Calendar::exists(int y, int m, int d) const {
  if (!cal_) return true;  // cannot tell: do not report
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return remembered(exists_, key(y, m, d), [&] {
    UErrorCode status = U_ZERO_ERROR;
    cal_->clear();
    cal_->set(y == 0 ? kLeapYear : y, m - 1, d);
    // A strict calendar refuses to compute fields for 30 February.
    cal_->get(UCAL_DAY_OF_WEEK, status);
    return U_SUCCESS(status) ? 1 : 0;
  }) != 0;
}

int Calendar::iso_weekday(int y, int m, int d) const {
  if (!cal_ || y == 0 || m < 1 || m > 12 || d < 1 || d > 31) return 0;
  return remembered(iso_weekday_, key(y, m, d), [&] {
    UErrorCode status = U_ZERO_ERROR;
    cal_->clear();
    cal_->set(y, m - 1, d);
    int32_t w = cal_->get(UCAL_DAY_OF_WEEK, status);  // UCAL_SUNDAY = 1 … UCAL_SATURDAY = 7
    if (U_FAILURE(status)) return 0;
    return w == UCAL_SUNDAY ? 7 : w - 1;
  });
}

bool Calendar::is_leap_year(int y) const { return cal_ && cal_->isLeapYear(y); }

}  // namespace unlint::dates
