// date.range — a date range whose end precedes its start, or whose ends are joined by a hyphen.
// 2020年6月30日-7月17日 → 2020年6月30日至7月17日
//
// The end may leave out the year or the month it shares with the start (2009年4月20日至24日);
// they are taken from the start. An end before the start gets no fix: either end may be wrong,
// or a range across a new year lacks the end's year.
#include <fmt/format.h>

#include <tuple>

#include "dates/date_parser.h"
#include "engine/rule.h"
#include "rules/family.h"
#include "rules/options.h"

namespace unlint {
namespace {

using dates::DateGrammar;
using dates::DateMatch;

// Both ends can be compared: the same parts are known on both sides.
bool comparable(const DateMatch& a, const DateMatch& b) {
  if (a.m < 1 || a.m > 12 || b.m < 1 || b.m > 12) return false;
  if ((a.y == 0) != (b.y == 0)) return false;
  if (a.has_day != b.has_day) return false;
  return !a.has_day || (a.d >= 1 && b.d >= 1);
}

class DateRange final : public Rule {
 public:
  explicit DateRange(std::shared_ptr<const DateGrammar> g) : data_(std::move(g)), g_(*data_) {}

  void check(const Context& ctx, Emitter& out) const override {
    const std::vector<DateMatch>& found = family::dates(ctx, g_);
    for (const DateMatch& end : found) {
      if (end.link != dates::Link::kRange) continue;
      const DateMatch& start = found[static_cast<size_t>(end.prev)];
      Span whole = ctx.view.to_doc(start.begin, end.end);
      std::string shown = dates::quote(ctx.doc.slice(whole));
      if (end.connector_reported) report_connector(ctx, start, end, shown, out);
      if (comparable(start, end) &&
          std::tie(end.y, end.m, end.d) < std::tie(start.y, start.m, start.d)) {
        report_order(ctx, start, end, whole, shown, out);
      }
    }
  }

 private:
  void report_connector(const Context& ctx, const DateMatch& start, const DateMatch& end,
                        const std::string& shown, Emitter& out) const {
    Span connector = ctx.view.to_doc(end.connector_begin, end.connector_end);
    // Spaces typed around a Latin hyphen go with it; line breaks stay.
    Span replaced = ctx.view.to_doc(end.connector_outer_begin, end.connector_outer_end);
    std::string_view was = ctx.doc.slice(connector);
    const std::string& to = g_.preferred_connector;
    std::string after = dates::quote(
        std::string(ctx.doc.slice(ctx.view.to_doc(start.begin, end.connector_outer_begin))) + to +
        std::string(ctx.doc.slice(ctx.view.to_doc(end.connector_outer_end, end.end))));
    bool has_break = false;
    for (char c : ctx.doc.slice(replaced)) has_break = has_break || c == '\n' || c == '\r';
    if (has_break) replaced = connector;
    out.emit(connector,
             fmt::format("日期范围“{}”用“{}”连接，应用“{}”：“{}”。(date range: use “{}” between "
                         "the dates, not “{}”)",
                         shown, was, to, after, to, was),
             {Fix{fmt::format("改为“{}” (use “{}”)", to, to), {Edit{replaced, to}}}});
  }

  void report_order(const Context& ctx, const DateMatch& start, const DateMatch& end, Span whole,
                    const std::string& shown, Emitter& out) const {
    std::string start_zh = dates::chinese_date(start.y, start.m, start.d, g_);
    std::string end_zh = dates::chinese_date(end.y, end.m, end.d, g_);
    std::string end_written =
        dates::quote(ctx.doc.slice(ctx.view.to_doc(end.begin, end.end)));
    std::string start_en = dates::english_date(start.y, start.m, start.d);
    std::string end_en = dates::english_date(end.y, end.m, end.d);
    std::string zh = fmt::format("日期范围“{}”的终点", shown);
    if (end_written != end_zh) {
      zh += fmt::format("“{}”（即{}）", end_written, end_zh);
    } else {
      zh += fmt::format("“{}”", end_zh);
    }
    zh += fmt::format("早于起点“{}”", start_zh);
    std::string en = fmt::format("date range: the end, {}, precedes the start, {}", end_en,
                                 start_en);
    if (!end.year.present() && start.y != 0) {
      zh += "；若范围跨年，应写明终点的年份";
      en += "; if the range runs into the next year, give the end's year";
    }
    out.emit(whole, fmt::format("{}。({})", zh, en));
  }

  std::shared_ptr<const DateGrammar> data_;
  const DateGrammar& g_;
};

const bool registered = register_rule({
    .code = "date.range",
    .summary = "日期范围终点早于起点或用连字符连接 (date range ends before it starts, or uses a hyphen)",
    .before = "2020年6月30日-7月17日",
    .after = "2020年6月30日至7月17日",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "date.range");
      return std::make_unique<DateRange>(family::date_grammar(setup));
    },
});

}  // namespace
}  // namespace unlint
