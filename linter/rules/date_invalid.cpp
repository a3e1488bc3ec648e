// date.invalid — a date that does not exist, checked with ICU's Gregorian calendar.
// 2022年2月30日 → (no fix: which day was meant?)
//
// Parts a range or list leaves out are taken from the date before (2021年2月20日至30日 is
// 30 February 2021). A date without a year is checked against a leap year. No fix is offered:
// only the author knows which date was meant.
#include <fmt/format.h>

#include <optional>

#include "dates/calendar.h"
#include "dates/date_parser.h"
#include "engine/rule.h"
#include "rules/family.h"
#include "rules/options.h"

namespace unlint {
namespace {

using dates::DateGrammar;
using dates::DateMatch;
using dates::Layout;
using dates::Order;

class DateInvalid final : public Rule {
 public:
  explicit DateInvalid(std::shared_ptr<const DateGrammar> g) : data_(std::move(g)), g_(*data_) {}

  void check(const Context& ctx, Emitter& out) const override {
    const std::vector<DateMatch>& found = family::dates(ctx, g_);
    if (found.empty()) return;
    dates::Calendar cal;
    for (const DateMatch& m : found) check_one(ctx, cal, m, out);
  }

 private:
  void check_one(const Context& ctx, const dates::Calendar& cal, const DateMatch& m,
                 Emitter& out) const {
    // Found and quoted only for a message: most dates are valid.
    auto span = [&] { return ctx.view.to_doc(m.begin, m.end); };
    auto shown = [&] { return dates::quote(ctx.doc.slice(span())); };
    if (m.layout == Layout::kYearLast) {
      if (m.order == Order::kAmbiguous) return;  // either reading exists
      if (m.order == Order::kImpossible) {
        out.emit(span(), fmt::format("日期“{}”不存在：按日/月或月/日读都不是有效日期。"
                                   "(invalid date: neither day/month nor month/day exists)",
                                   shown()));
        return;
      }
    }
    // A part the text leaves out is named, so that “30日” can be understood.
    std::string meant;
    if (m.link != dates::Link::kNone && (!m.year.present() || !m.month.present()) && m.m >= 1 &&
        m.m <= 12) {
      meant = fmt::format("（即{}）", dates::chinese_date(m.y, m.m, m.d, g_));
    }
    if (m.m < 1 || m.m > 12) {
      if (!m.month.present()) return;
      out.emit(span(), fmt::format("日期“{}”不存在：没有{}月。(invalid date: there is no month {})",
                                 shown(), m.m, m.m));
      return;
    }
    if (!m.has_day) return;
    if (m.d < 1 || m.d > 31) {
      out.emit(span(),
               fmt::format("日期“{}”{}不存在：没有{}日。(invalid date: there is no day {})", shown(),
                           meant, m.d, m.d));
      return;
    }
    if (!cal.ok() || cal.exists(m.y, m.m, m.d)) return;
    int days = cal.days_in_month(m.y, m.m);
    std::string month_zh = dates::chinese_date(m.y, m.m, 0, g_);
    std::string month_en = dates::english_date(m.y, m.m, 0);
    std::string message;
    if (m.y == 0) {
      message = fmt::format(
          "日期“{}”{}不存在：{}最多有{}天。(invalid date: {} has at most {} days)", shown(),
          meant, month_zh, days, month_en, days);
    } else if (m.m == 2 && m.d == 29) {
      message = fmt::format(
          "日期“{}”{}不存在：{}年不是闰年，2月只有{}天。"
          "(invalid date: {} is not a leap year; February has {} days)",
          shown(), meant, m.y, days, m.y, days);
    } else {
      message = fmt::format("日期“{}”{}不存在：{}只有{}天。(invalid date: {} has {} days)", shown(),
                            meant, month_zh, days, month_en, days);
    }
    out.emit(span(), std::move(message));
  }

  std::shared_ptr<const DateGrammar> data_;
  const DateGrammar& g_;
};

const bool registered = register_rule({
    .code = "date.invalid",
    .summary = "不存在的日期 (a date that does not exist)",
    .before = "2022年2月30日",
    .after = "",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "date.invalid");
      return std::make_unique<DateInvalid>(family::date_grammar(setup));
    },
});

}  // namespace
}  // namespace unlint
