// symbol.unknown-series — a symbol-shaped string whose series is not in rules/symbols.yaml, with
// the nearest registered series as a suggestion.
// 见A/HRX/45/12 → 见A/HRC/45/12 (suggested, not fixed)
#include <fmt/format.h>

#include "engine/rule.h"
#include "rules/family.h"
#include "rules/options.h"
#include "symbols/registry.h"
#include "symbols/symbol_grammar.h"

namespace unlint {
namespace {

using symbols::SymbolFinding;

class SymbolUnknownSeries final : public Rule {
 public:
  explicit SymbolUnknownSeries(std::shared_ptr<const symbols::SymbolRegistry> reg)
      : data_(std::move(reg)), reg_(*data_) {}

  void check(const Context& ctx, Emitter& out) const override {
    for (const SymbolFinding& f : family::symbols(ctx, reg_)) {
      if (f.kind != SymbolFinding::Kind::kUnknownSeries) continue;
      Span span = ctx.view.to_doc(f.view_begin, f.view_end);
      std::string shown = symbols::one_line(ctx.doc.slice(span));
      std::string message;
      if (!f.suggestion.empty()) {
        message = fmt::format(
            "文号“{}”的系列“{}”不在联合国文号系列登记表中，是否应为“{}”？(unknown symbol series "
            "“{}”; did you mean “{}”?)",
            shown, f.unknown, f.suggestion, f.unknown, f.suggestion);
      } else {
        message = fmt::format(
            "文号“{}”的系列“{}”不在联合国文号系列登记表中。(unknown symbol series “{}”)", shown,
            f.unknown, f.unknown);
      }
      out.emit(span, std::move(message));
    }
  }

 private:
  std::shared_ptr<const symbols::SymbolRegistry> data_;
  const symbols::SymbolRegistry& reg_;
};

const bool registered = register_rule({
    .code = "symbol.unknown-series",
    .summary = "文号系列未登记，提示最接近的系列 (symbol of an unknown series, with the nearest "
               "known one)",
    .before = "见A/HRX/45/12",
    .after = "",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "symbol.unknown-series");
      return std::make_unique<SymbolUnknownSeries>(family::symbol_registry(setup));
    },
});

}  // namespace
}  // namespace unlint
