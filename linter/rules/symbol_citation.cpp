// symbol.citation — a resolution or decision citation whose number is written wrongly (72-5,
// 72／5, 70 / 1), a Security Council number without its year or with an impossible year, or a
// number that the cited body cannot have (大会第25/3号决议, 人权委员会第2010/5号决议).
// 大会第72-5号决议 → 大会第72/5号决议
#include <fmt/format.h>

#include "engine/rule.h"
#include "rules/family.h"
#include "rules/options.h"
#include "symbols/citation.h"
#include "symbols/registry.h"
#include "symbols/symbol_grammar.h"

namespace unlint {
namespace {

using symbols::Body;
using symbols::Citation;
using symbols::CitationForm;

class SymbolCitation final : public Rule {
 public:
  explicit SymbolCitation(std::shared_ptr<const symbols::SessionCalendar> cal)
      : data_(std::move(cal)), cal_(*data_) {}

  void check(const Context& ctx, Emitter& out) const override {
    for (const Citation& c : family::citations(ctx, cal_)) check_one(ctx, c, out);
  }

 private:
  // 第58.3号决议 with no UN body tied to it: the World Health Assembly (WHA58.3) and other bodies
  // outside the United Nations' session/number scheme number their resolutions with a full
  // stop, so the full stop is a defect only where a UN body that uses the solidus is named.
  static bool numbered_elsewhere(const Context& ctx, const Citation& c) {
    if (c.body != Body::kUnknown && c.body != Body::kOther) return false;
    if (c.defects.size() != 1 || c.defects[0] != symbols::CitationDefect::kSeparator) return false;
    std::string_view number =
        std::string_view(ctx.view.text()).substr(c.number_begin, c.number_end - c.number_begin);
    return number.find('.') != std::string_view::npos;
  }

  void check_one(const Context& ctx, const Citation& c, Emitter& out) const {
    if (numbered_elsewhere(ctx, c)) return;
    // Where the number stands in the Document, and how it is written there: found only for a
    // message, as most citations are well formed.
    auto span = [&] { return ctx.view.to_doc(c.number_begin, c.number_end); };
    auto shown = [&] { return symbols::one_line(ctx.doc.slice(span())); };
    std::string_view kind = c.decision ? "决定" : "决议";
    std::string_view kind_en = c.decision ? "decision" : "resolution";
    if (!c.defects.empty()) {
      std::string zh, en;
      for (auto d : c.defects) {
        zh += (zh.empty() ? "" : "、") + std::string(symbols::citation_defect_zh(d));
        en += (en.empty() ? "" : "; ") + std::string(symbols::citation_defect_en(d));
      }
      std::string message =
          fmt::format("{}编号“{}”{}，应为“{}”。(malformed {} number: {}; use “{}”)", kind, shown(),
                      zh, c.corrected, kind_en, en, c.corrected);
      const Span at = span();
      Fix fix{fmt::format("改为“{}” (use “{}”)", c.corrected, c.corrected),
              {symbols::minimal_doc_edit(at, ctx.doc.slice(at), c.corrected)}};
      out.emit(at, std::move(message), {std::move(fix)});
      return;
    }
    if (c.placeholder) return;
    auto emit = [&](std::string message) {
      std::vector<Related> related;
      if (c.body != Body::kUnknown && c.body != Body::kOther) {
        related.push_back(
            {ctx.view.to_doc(c.body_begin, c.body_end),
             fmt::format("所引机关 (the body cited: {})", symbols::body_name_en(c.body))});
      }
      out.emit(span(), std::move(message), {}, std::move(related));
    };
    const int n = c.first, m = c.second;

    if (c.form == CitationForm::kSecurityCouncil) {
      auto [lo, hi] = cal_.sc_year_range(n);
      if (c.second < lo || (hi != 0 && c.second > hi)) {
        std::string range_zh = hi == 0    ? fmt::format("{}年以后", lo)
                               : lo == hi ? fmt::format("{}年", lo)
                                          : fmt::format("{}年至{}年之间", lo, hi);
        std::string range_en = hi == 0    ? fmt::format("{} or later", lo)
                               : lo == hi ? fmt::format("in {}", lo)
                                          : fmt::format("between {} and {}", lo, hi);
        emit(
            fmt::format("安全理事会第{}号决议通过于{}，不可能是{}年。(Security Council resolution "
                        "{} was adopted {}, not in {})",
                        n, range_zh, m, n, range_en, m));
      }
      return;
    }
    if (c.body == Body::kSecurityCouncil) {
      if (c.form == CitationForm::kBare) {
        emit(
            fmt::format("安全理事会第{}号决议缺少通过年份，应写作“第{}(年份)号决议”。(Security "
                        "Council resolution number without its year: write “{} (YYYY)”)",
                        n, n, n));
      } else if (c.form == CitationForm::kSlash) {
        emit(
            fmt::format("安全理事会决议编号为“第编号(年份)号”，没有“{}”这样的写法。(Security "
                        "Council resolutions are cited as number (year), not “{}”)",
                        shown(), shown()));
      }
      return;
    }
    if (c.form != CitationForm::kSlash) return;
    const std::string_view body_zh = symbols::body_name_zh(c.body);
    const std::string_view body_en = symbols::body_name_en(c.body);
    switch (c.body) {
      case Body::kGeneralAssembly:
        if (c.first_is_year) {
          emit(
              fmt::format("大会{}以届次而非年份编号，“{}”不是大会{}编号。(General Assembly {}s "
                          "are numbered by session, not by year)",
                          kind, shown(), kind, kind_en));
        } else if (n < cal_.ga_first_numbered_session) {
          emit(
              fmt::format("大会自第{}届会议({}年)起才以“届次/编号”为{}编号，不存在第{}/{}号{}。"
                          "(General Assembly {}s are numbered session/number only from "
                          "session {}, {})",
                          symbols::chinese_numeral(cal_.ga_first_numbered_session),
                          cal_.ga_year_offset + cal_.ga_first_numbered_session, kind, n, m, kind,
                          kind_en, cal_.ga_first_numbered_session,
                          cal_.ga_year_offset + cal_.ga_first_numbered_session));
        } else if (n > cal_.ga_latest_session) {
          emit(
              fmt::format("大会尚未举行第{}届会议，不存在第{}/{}号{}。(the General Assembly has "
                          "not held a session {})",
                          symbols::chinese_numeral(n), n, m, kind, n));
        }
        break;
      case Body::kHumanRightsCouncil:
        if (c.first_is_year) {
          emit(
              fmt::format("人权理事会{}以届次而非年份编号，“{}”不是人权理事会{}编号。(Human "
                          "Rights Council {}s are numbered by session, not by year)",
                          kind, shown(), kind, kind_en));
        } else if (n > cal_.hrc_latest_session) {
          emit(
              fmt::format("人权理事会尚未举行第{}届会议，不存在第{}/{}号{}。(the Human Rights "
                          "Council has not held a session {})",
                          symbols::chinese_numeral(n), n, m, kind, n));
        }
        break;
      case Body::kCommissionOnHumanRights:
      case Body::kSubCommission:
      case Body::kEcosoc: {
        int first = c.body == Body::kEcosoc                    ? cal_.ecosoc_first_year
                    : c.body == Body::kCommissionOnHumanRights ? cal_.chr_first_year
                                                               : cal_.subcom_first_year;
        int last = c.body == Body::kEcosoc                    ? 0
                   : c.body == Body::kCommissionOnHumanRights ? cal_.chr_last_year
                                                              : cal_.subcom_last_year;
        if (!c.first_is_year) {
          emit(
              fmt::format("{}{}以年份编号(如第2005/69号)，“{}”不是{}{}编号。({} {}s are "
                          "numbered year/number)",
                          body_zh, kind, shown(), body_zh, kind, body_en, kind_en));
        } else if (n < first || (last != 0 && n > last)) {
          std::string zh =
              last ? fmt::format("{}年至{}年之间", first, last) : fmt::format("{}年以后", first);
          std::string en =
              last ? fmt::format("in {}–{}", first, last) : fmt::format("from {}", first);
          emit(fmt::format("{}的{}年份须在{}，不存在第{}/{}号{}。(the {} adopted {}s only {})",
                           body_zh, kind, zh, n, m, kind, body_en, kind_en, en));
        }
        break;
      }
      default:
        break;
    }
  }

  std::shared_ptr<const symbols::SessionCalendar> data_;
  const symbols::SessionCalendar& cal_;
};

const bool registered = register_rule({
    .code = "symbol.citation",
    .summary = "决议、决定编号写法有误或不可能存在 (malformed or impossible resolution citation)",
    .before = "大会第72-5号决议",
    .after = "大会第72/5号决议",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "symbol.citation");
      return std::make_unique<SymbolCitation>(family::session_calendar(setup));
    },
});

}  // namespace
}  // namespace unlint
