// symbol.unknown-series — a symbol-shaped string whose series is not in rules/symbols.yaml, with
// the nearest registered series as a suggestion.
// 见A/HRX/45/12 → 见A/HRC/45/12 (suggested, not fixed)
#include <fmt/format.h>

#include "core/error.h"
#include "engine/resources.h"
#include "engine/rule.h"
#include "rules/options.h"
#include "symbols/registry.h"
#include "symbols/symbol_grammar.h"

namespace unlint {
namespace {

using symbols::SymbolFinding;

class SymbolUnknownSeries final : public Rule {
 public:
  explicit SymbolUnknownSeries(symbols::SymbolRegistry reg) : reg_(std::move(reg)) {}

  void check(const Context& ctx, Emitter& out) const override {
    std::vector<SymbolFinding> found;
    symbols::scan_symbols(reg_, ctx.view, ctx.doc.text(), found);
    for (const SymbolFinding& f : found) {
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
  symbols::SymbolRegistry reg_;
};

const bool registered = register_rule({
    .code = "symbol.unknown-series",
    .summary = "文号系列未登记，提示最接近的系列 (symbol of an unknown series, with the nearest "
               "known one)",
    .before = "见A/HRX/45/12",
    .after = "",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "symbol.unknown-series");
      constexpr std::string_view kFile = "rules/symbols.yaml";
      auto tree = setup.resources.tree(kFile);
      if (!tree) throw Error(std::string(kFile), 0, 0, "rule data is missing");
      return std::make_unique<SymbolUnknownSeries>(symbols::SymbolRegistry::load(tree->root(), kFile));
    },
});

}  // namespace
}  // namespace unlint
