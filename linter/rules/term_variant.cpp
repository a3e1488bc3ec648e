// term.variant — a regional, non-UN, deprecated or misspelt variant of an official UN term.
// 参加普遍定期审查 → 参加普遍定期审议
#include <fmt/format.h>

#include "engine/rule.h"
#include "rules/options.h"

namespace unlint {
namespace {

class TermVariant final : public Rule {
 public:
  void check(const Context& ctx, Emitter& out) const override {
    for (const TermMatch& m : ctx.terms) {
      if (m.form.role != FormRole::kVariant) continue;
      const Concept& c = ctx.glossary.concept_of(m.form);
      const Variant& v = c.variants[m.form.index];
      std::string message =
          fmt::format("{}“{}”，联合国正式用语为“{}”。({} variant; the UN term for “{}” is “{}”)",
                      variant_kind_label_zh(v.kind), v.form, c.official, variant_kind_name(v.kind),
                      c.en, c.official);
      if (!v.note.empty()) message += fmt::format(" {}", v.note);
      Fix fix{fmt::format("改为“{}” (use “{}”)", c.official, c.official),
              {ctx.view.minimal_edit(m.view_begin, m.view_end, c.official)}};
      out.emit(ctx.doc_span(m), std::move(message), {std::move(fix)});
    }
  }
};

const bool registered = register_rule({
    .code = "term.variant",
    .summary = "非标准、地区或过时的用语 (non-standard, regional or deprecated variant of a UN term)",
    .before = "参加普遍定期审查",
    .after = "参加普遍定期审议",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "term.variant");
      return std::make_unique<TermVariant>();
    },
});

}  // namespace
}  // namespace unlint
