// symbol.session-date — a citation whose session does not fit the date the text gives it:
// session 67 of the General Assembly met in 2012–2013, so it adopted no resolution in 2021.
// 大会2021年12月16日第67/180号决议 → (the date or the number must change; no fix)
#include <fmt/format.h>

#include "engine/rule.h"
#include "rules/family.h"
#include "rules/options.h"
#include "symbols/citation.h"
#include "symbols/registry.h"

namespace unlint {
namespace {

using symbols::Body;
using symbols::Citation;
using symbols::CitationForm;
using symbols::Date;

std::string zh_date(const Date& d) { return fmt::format("{}年{}月{}日", d.year, d.month, d.day); }
std::string en_date(const Date& d) {
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

class SymbolSessionDate final : public Rule {
 public:
  explicit SymbolSessionDate(std::shared_ptr<const symbols::SessionCalendar> cal)
      : data_(std::move(cal)), cal_(*data_) {}

  void check(const Context& ctx, Emitter& out) const override {
    for (const Citation& c : family::citations(ctx, cal_)) {
      if (!c.date || c.placeholder || !c.defects.empty()) continue;
      std::string message = judge(c);
      if (message.empty()) continue;
      Span span = ctx.view.to_doc(c.number_begin, c.number_end);
      std::vector<Related> related{
          {ctx.view.to_doc(c.date_begin, c.date_end), "所注日期 (the date given)"}};
      out.emit(span, std::move(message), {}, std::move(related));
    }
  }

 private:
  // Empty when the date fits.
  std::string judge(const Citation& c) const {
    const Date& d = *c.date;
    const int n = c.first, m = c.second;
    std::string_view kind = c.decision ? "决定" : "决议";
    std::string_view kind_en = c.decision ? "decision" : "resolution";
    if (c.form == CitationForm::kSecurityCouncil) {
      if (d.year == m) return {};
      return fmt::format(
          "安全理事会第{}({})号决议通过于{}年，与所注日期{}不符。(Security Council "
          "resolution {} ({}) was adopted in {}, not on {})",
          n, m, m, zh_date(d), n, m, m, en_date(d));
    }
    if (c.form != CitationForm::kSlash) return {};
    if (c.first_is_year) {
      if (c.body == Body::kGeneralAssembly || c.body == Body::kHumanRightsCouncil) return {};
      if (d.year == n) return {};
      return fmt::format(
          "第{}/{}号{}通过于{}年，与所注日期{}不符。({} {}/{} was adopted in {}, not "
          "on {})",
          n, m, kind, n, zh_date(d), kind_en, n, m, n, en_date(d));
    }
    if (c.body == Body::kGeneralAssembly) {
      if (n < cal_.ga_first_numbered_session || n > cal_.ga_latest_session) return {};
      int y1 = cal_.ga_year_offset + n;
      Date from{y1, cal_.ga_opens_month, 1}, to{y1 + 1, cal_.ga_opens_month, 30};
      if (from <= d && d <= to) return {};
      return fmt::format(
          "第{}/{}号{}是大会第{}届会议({}年{}月至{}年{}月)的{}，与所注日期{}不符。"
          "({} {}/{} belongs to session {} of the General Assembly, {}-{:02} to "
          "{}-{:02}, not {})",
          n, m, kind, symbols::chinese_numeral(n), y1, cal_.ga_opens_month, y1 + 1,
          cal_.ga_opens_month, kind, zh_date(d), kind_en, n, m, n, y1, cal_.ga_opens_month, y1 + 1,
          cal_.ga_opens_month, en_date(d));
    }
    if (c.body == Body::kHumanRightsCouncil) {
      if (n < 1 || n > cal_.hrc_latest_session) return {};
      auto it = cal_.hrc_sessions.find(n);
      if (it != cal_.hrc_sessions.end()) {
        std::string zh, en;
        for (const auto& [a, b] : it->second) {
          if (d.days() >= a.days() - cal_.hrc_grace_days &&
              d.days() <= b.days() + cal_.hrc_grace_days) {
            return {};
          }
          zh += (zh.empty() ? "" : "和") + zh_date(a) + "至" + zh_date(b);
          en += (en.empty() ? "" : " and ") + en_date(a) + " to " + en_date(b);
        }
        return fmt::format(
            "人权理事会第{}届会议于{}举行，第{}/{}号{}与所注日期{}不符。(session {} "
            "of the Human Rights Council met {}; {} {}/{} cannot be dated {})",
            symbols::chinese_numeral(n), zh, n, m, kind, zh_date(d), n, en, kind_en, n, m,
            en_date(d));
      }
      int y = cal_.hrc_year(n);
      if (d.year == y) return {};
      return fmt::format(
          "人权理事会第{}届会议于{}年举行，第{}/{}号{}与所注日期{}不符。(session {} "
          "of the Human Rights Council met in {}; {} {}/{} cannot be dated {})",
          symbols::chinese_numeral(n), y, n, m, kind, zh_date(d), n, y, kind_en, n, m, en_date(d));
    }
    return {};
  }

  std::shared_ptr<const symbols::SessionCalendar> data_;
  const symbols::SessionCalendar& cal_;
};

const bool registered = register_rule({
    .code = "symbol.session-date",
    .summary = "所引决议的届次与文中所注日期不符 (citation whose session does not fit its date)",
    .before = "大会2021年12月16日第67/180号决议",
    .after = "",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "symbol.session-date");
      return std::make_unique<SymbolSessionDate>(family::session_calendar(setup));
    },
});

}  // namespace
}  // namespace unlint
