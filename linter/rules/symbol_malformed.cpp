// symbol.malformed — a UN document symbol written in a wrong form: full-width or lower-case
// characters, spaces, wrong or doubled separators, missing dots, misplaced components.
// 见Ａ／ＨＲＣ／４４／２８ → 见A/HRC/44/28
#include <fmt/format.h>

#include "engine/rule.h"
#include "rules/family.h"
#include "rules/options.h"
#include "symbols/registry.h"
#include "symbols/symbol_grammar.h"

namespace unlint {
namespace {

using symbols::Defect;
using symbols::SymbolFinding;

class SymbolMalformed final : public Rule {
 public:
  explicit SymbolMalformed(std::shared_ptr<const symbols::SymbolRegistry> reg)
      : data_(std::move(reg)), reg_(*data_) {}

  void check(const Context& ctx, Emitter& out) const override {
    for (const SymbolFinding& f : family::symbols(ctx, reg_)) {
      if (f.kind != SymbolFinding::Kind::kMalformed) continue;
      Span span = ctx.view.to_doc(f.view_begin, f.view_end);
      std::string_view have = ctx.doc.slice(span);
      std::string shown = symbols::one_line(have);
      std::string zh, en;
      for (Defect d : f.defects) {
        zh += (zh.empty() ? "" : "、") + std::string(symbols::defect_zh(d));
        en += (en.empty() ? "" : "; ") + std::string(symbols::defect_en(d));
      }
      if (!f.corrected.empty()) {
        std::string message = fmt::format("文号“{}”{}，应为“{}”。(malformed symbol: {}; use “{}”)",
                                          shown, zh, f.corrected, en, f.corrected);
        Fix fix{fmt::format("改为“{}” (use “{}”)", f.corrected, f.corrected),
                {symbols::minimal_doc_edit(span, have, f.corrected)}};
        out.emit(span, std::move(message), {std::move(fix)});
      } else {
        std::string message = fmt::format("文号“{}”{}。(malformed symbol: {})", shown, zh, en);
        if (!f.expected.empty()) {
          message =
              fmt::format("文号“{}”{}；该系列的形式如 {}。(malformed symbol: {}; expected {})",
                          shown, zh, f.expected, en, f.expected);
        }
        out.emit(span, std::move(message));
      }
    }
  }

 private:
  std::shared_ptr<const symbols::SymbolRegistry> data_;
  const symbols::SymbolRegistry& reg_;
};

const bool registered = register_rule({
    .code = "symbol.malformed",
    .summary = "文号写法有误：全角、大小写、空格、分隔符、缺少圆点 (malformed UN document symbol)",
    .before = "见Ａ／ＨＲＣ／４４／２８",
    .after = "见A/HRC/44/28",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "symbol.malformed");
      return std::make_unique<SymbolMalformed>(family::symbol_registry(setup));
    },
});

}  // namespace
}  // namespace unlint
