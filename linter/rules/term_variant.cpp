// term.variant — a regional, non-UN, deprecated or misspelt variant of an official UN term.
// 参加普遍定期审查 → 参加普遍定期审议
#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <unordered_map>

#include "engine/rule.h"
#include "rules/options.h"

namespace unlint {
namespace {

class TermVariant final : public Rule {
 public:
  void check(const Context& ctx, Emitter& out) const override {
    // A variant's message and fix title are the same wherever it stands: made once per document.
    struct Texts {
      Text message, title;
    };
    std::unordered_map<uint64_t, Texts> made;
    for (const TermMatch& m : ctx.terms()) {
      if (m.form.role != FormRole::kVariant) continue;
      const Concept& c = ctx.glossary.concept_of(m.form);
      const uint64_t key = (uint64_t{m.form.concept_index} << 16) | m.form.index;
      auto [it, fresh] = made.try_emplace(key);
      if (fresh) {
        const Variant& v = c.variants[m.form.index];
        std::string message =
            fmt::format("{}“{}”，联合国正式用语为“{}”。({} variant; the UN term for “{}” is “{}”)",
                        variant_kind_label_zh(v.kind), v.form, c.official,
                        variant_kind_name(v.kind), c.en, c.official);
        if (!v.note.empty()) message += fmt::format(" {}", v.note);
        it->second.message = std::move(message);
        it->second.title = fmt::format("改为“{}” (use “{}”)", c.official, c.official);
      }
      Fix fix{it->second.title, {ctx.view.minimal_edit(m.view_begin, m.view_end, c.official)}};
      out.emit(ctx.doc_span(m), it->second.message, {std::move(fix)});
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
