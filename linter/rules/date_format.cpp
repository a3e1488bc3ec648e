// date.format — a date not written in the UN form 2020年6月30日 (Arabic digits, no leading zeros,
// 年/月/日): leading zeros, numeric dates, Chinese numerals, 号 for 日, full-width digits,
// two-digit years.
// 2021年03月01日 → 2021年3月1日;  2020-06-30 → 2020年6月30日;  二〇二一年三月一日 → 2021年3月1日
//
// Fixes edit only the numbers and units that are wrong, so the spaces and line breaks PDF
// extraction left inside a date survive. A numeric date is replaced whole. No fix where the
// meaning is not certain: a two-digit year, or 3/6/2020 (3 June or 6 March?).
#include <fmt/format.h>

#include "dates/date_parser.h"
#include "engine/rule.h"
#include "rules/family.h"
#include "rules/options.h"
#include "text/utf8.h"

namespace unlint {
namespace {

using dates::DateGrammar;
using dates::DateMatch;
using dates::Layout;
using dates::Order;
using dates::Part;

struct Problems {
  std::vector<std::string> zh;
  std::vector<std::string> en;
  void add(std::string z, std::string e) {
    zh.push_back(std::move(z));
    en.push_back(std::move(e));
  }
  bool empty() const { return zh.empty(); }
};

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

class DateFormat final : public Rule {
 public:
  explicit DateFormat(std::shared_ptr<const DateGrammar> g) : data_(std::move(g)), g_(*data_) {}

  void check(const Context& ctx, Emitter& out) const override {
    for (const DateMatch& m : family::dates(ctx, g_)) {
      if (m.layout == Layout::kChinese) {
        check_chinese(ctx, m, out);
      } else {
        check_numeric(ctx, m, out);
      }
    }
  }

 private:
  void check_chinese(const Context& ctx, const DateMatch& m, Emitter& out) const {
    const std::string& view = ctx.view.text();
    const bool two_digit_year = m.year.present() && !m.year.han && m.year.digits == 2;
    const Part* const parts[] = {&m.year, &m.month, &m.day};
    Span spans[3];
    bool han = false, full_width = false, zero_month = false, zero_day = false;
    for (int k = 0; k < 3; ++k) {
      const Part* p = parts[k];
      if (!p->present()) continue;
      spans[k] = ctx.view.to_doc(p->begin, p->end);
      if (p->han) {
        han = true;
      } else {
        if (spans[k].size() != p->end - p->begin) full_width = true;
        if (p != &m.year && p->digits > 1 && view[p->begin] == '0') {
          (p == &m.month ? zero_month : zero_day) = true;
        }
      }
    }
    // Most dates of a draft are written the UN way: nothing more to look at.
    if (!two_digit_year && !han && !full_width && !zero_month && !zero_day && !m.day_variant) {
      return;
    }
    std::string want = dates::un_form(m, g_);
    if (want.empty() && !two_digit_year) return;  // a part out of range: date.invalid says so

    std::vector<Edit> edits;
    for (int k = 0; k < 3; ++k) {
      const Part* p = parts[k];
      if (!p->present()) continue;
      const Span span = spans[k];
      std::string digits = std::to_string(p->value);
      if (ctx.doc.slice(span) == digits) continue;
      // Plain ASCII digits keep what they share with the UN form (08 → 8 deletes the 0).
      bool plain = !p->han && span.size() == p->end - p->begin;
      edits.push_back(plain ? ctx.view.minimal_edit(p->begin, p->end, digits) : Edit{span, digits});
    }
    if (m.day_variant) {
      edits.push_back({ctx.view.to_doc(m.day_unit_begin, m.day_unit_end),
                       utf8::encode(g_.day_unit)});
    }

    Problems why;
    if (han) why.add("用了汉字数字", "Chinese numerals");
    if (full_width) why.add("用了全角数字", "full-width digits");
    if (zero_month || zero_day) {
      std::string what = zero_month && zero_day ? "月份和日" : zero_month ? "月份" : "日";
      why.add((why.empty() ? "的" : "") + what + "有前导零", "no leading zeros");
    }
    if (m.day_variant) {
      why.add(fmt::format("用“{}”代替“{}”", ctx.doc.slice(edits.back().span),
                          utf8::encode(g_.day_unit)),
              fmt::format("“{}”, not “{}”", utf8::encode(g_.day_unit),
                          ctx.doc.slice(edits.back().span)));
    }
    Span span = ctx.view.to_doc(m.begin, m.end);
    std::string shown = dates::quote(ctx.doc.slice(span));
    if (two_digit_year) {
      why.add("年份只写了两位", "two-digit year");
      out.emit(span, fmt::format("日期“{}”{}，应写出四位年份。(date format: {}; write the year in full)",
                                 shown, join(why.zh, "，"), join(why.en, "; ")));
      return;
    }
    if (why.empty()) return;
    emit_fixed(out, span, shown, why, want, std::move(edits));
  }

  void check_numeric(const Context& ctx, const DateMatch& m, Emitter& out) const {
    if (m.layout == Layout::kYearLast && m.order == Order::kImpossible) return;  // date.invalid
    Span span = ctx.view.to_doc(m.begin, m.end);
    std::string shown = dates::quote(ctx.doc.slice(span));
    Problems why;
    why.add("是数字格式", "numeric date in Chinese text");
    if (span.size() != m.end - m.begin) why.add("用了全角字符", "full-width characters");
    if (m.layout == Layout::kYearLast && m.order == Order::kAmbiguous) {
      int a = m.first.value, b = m.second.value, y = m.year.value;
      std::string day_first = dates::chinese_date(y, b, a, g_);
      std::string month_first = dates::chinese_date(y, a, b, g_);
      out.emit(span,
               fmt::format("日期“{}”{}，无法确定日和月的次序，应写作“{}”或“{}”。"
                           "(date format: {}; day/month order unclear; write “{}” or “{}”)",
                           shown, join(why.zh, "，"), day_first, month_first, join(why.en, "; "),
                           day_first, month_first));
      return;
    }
    std::string want = dates::un_form(m, g_);
    if (want.empty()) return;  // month or day out of range: date.invalid
    emit_fixed(out, span, shown, why, want, {Edit{span, want}});
  }

  void emit_fixed(Emitter& out, Span span, const std::string& shown, const Problems& why,
                  const std::string& want, std::vector<Edit> edits) const {
    std::string message = fmt::format("日期“{}”{}，应为“{}”。(date format: {}; use “{}”)", shown,
                                      join(why.zh, "，"), want, join(why.en, "; "), want);
    std::vector<Fix> fixes;
    if (!edits.empty()) {
      fixes.push_back(Fix{fmt::format("改为“{}” (use “{}”)", want, want), std::move(edits)});
    }
    out.emit(span, std::move(message), std::move(fixes));
  }

  std::shared_ptr<const DateGrammar> data_;
  const DateGrammar& g_;
};

const bool registered = register_rule({
    .code = "date.format",
    .summary = "日期未采用联合国格式2020年6月30日 (date not in the UN form 2020年6月30日)",
    .before = "2021年03月01日",
    .after = "2021年3月1日",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "date.format");
      return std::make_unique<DateFormat>(family::date_grammar(setup));
    },
});

}  // namespace
}  // namespace unlint
