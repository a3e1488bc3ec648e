// date.weekday — a weekday given with a date that falls on another day, per ICU's Gregorian
// calendar.
// 2021年3月1日(星期二) → (no fix: 2021年3月1日 is a Monday; the date or the weekday is wrong)
#include <fmt/format.h>

#include <array>
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

constexpr std::array<const char*, 8> kWeekdayZh = {"",       "星期一", "星期二", "星期三",
                                                   "星期四", "星期五", "星期六", "星期日"};
constexpr std::array<const char*, 8> kWeekdayEn = {
    "", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

class DateWeekday final : public Rule {
 public:
  explicit DateWeekday(std::shared_ptr<const DateGrammar> g) : data_(std::move(g)), g_(*data_) {}

  void check(const Context& ctx, Emitter& out) const override {
    const std::vector<DateMatch>& found = family::dates(ctx, g_);
    std::optional<dates::Calendar> cal;
    for (const DateMatch& m : found) {
      if (m.weekday_iso == 0 || m.y == 0 || m.m == 0 || m.d == 0) continue;
      if (!cal) cal.emplace();
      int actual = cal->iso_weekday(m.y, m.m, m.d);
      if (actual == 0 || actual == m.weekday_iso) continue;  // no such date: date.invalid
      Span span = ctx.view.to_doc(m.weekday_begin, m.weekday_end);
      std::string written = dates::quote(ctx.doc.slice(span));
      std::string date_zh = dates::chinese_date(m.y, m.m, m.d, g_);
      out.emit(span, fmt::format("{}是{}，不是“{}”。(weekday: {} is a {}, not a {})", date_zh,
                                 kWeekdayZh[actual], written,
                                 dates::english_date(m.y, m.m, m.d), kWeekdayEn[actual],
                                 kWeekdayEn[m.weekday_iso]));
    }
  }

 private:
  std::shared_ptr<const DateGrammar> data_;
  const DateGrammar& g_;
};

const bool registered = register_rule({
    .code = "date.weekday",
    .summary = "日期所附星期与日历不符 (weekday does not match the date)",
    .before = "2021年3月1日(星期二)",
    .after = "",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "date.weekday");
      return std::make_unique<DateWeekday>(family::date_grammar(setup));
    },
});

}  // namespace
}  // namespace unlint
