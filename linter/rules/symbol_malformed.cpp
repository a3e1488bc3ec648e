// symbol.malformed — a UN document symbol written in a wrong form: full-width or lower-case
// characters, spaces, wrong or doubled separators, missing dots, misplaced components.
// 见Ａ／ＨＲＣ／４４／２８ → 见A/HRC/44/28
#include <fmt/format.h>

#include "core/error.h"
#include "engine/resources.h"
#include "engine/rule.h"
#include "rules/options.h"
#include "symbols/registry.h"
#include "symbols/symbol_grammar.h"

namespace unlint {
namespace {

using symbols::Defect;
using symbols::SymbolFinding;

class SymbolMalformed final : public Rule {
 public:
  explicit SymbolMalformed(symbols::SymbolRegistry reg) : reg_(std::move(reg)) {}

  void check(const Context& ctx, Emitter& out) const override {
    std::vector<SymbolFinding> found;
    symbols::scan_symbols(reg_, ctx.view, ctx.doc.text(), found);
    for (const SymbolFinding& f : found) {
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
  symbols::SymbolRegistry reg_;
};

const bool registered = register_rule({
    .code = "symbol.malformed",
    .summary = "文号写法有误：全角、大小写、空格、分隔符、缺少圆点 (malformed UN document symbol)",
    .before = "见Ａ／ＨＲＣ／４４／２８",
    .after = "见A/HRC/44/28",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "symbol.malformed");
      constexpr std::string_view kFile = "rules/symbols.yaml";
      auto tree = setup.resources.tree(kFile);
      if (!tree) throw Error(std::string(kFile), 0, 0, "rule data is missing");
      return std::make_unique<SymbolMalformed>(symbols::SymbolRegistry::load(tree->root(), kFile));
    },
});

}  // namespace
}  // namespace unlint
