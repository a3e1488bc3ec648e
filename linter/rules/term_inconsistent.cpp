// term.inconsistent — one concept written in two accepted forms in the same document.
// 贩运人口……人口贩运 → report the second form, pointing at the first; a person picks one.
#include <fmt/format.h>

#include <vector>

#include "engine/rule.h"
#include "rules/options.h"

namespace unlint {
namespace {

class TermInconsistent final : public Rule {
 public:
  void check(const Context& ctx, Emitter& out) const override {
    // Concept → its first official or accepted use.
    std::vector<const TermMatch*> first(ctx.glossary.concepts().size(), nullptr);
    for (const TermMatch& m : ctx.terms()) {
      if (m.form.role != FormRole::kOfficial && m.form.role != FormRole::kAccepted) continue;
      const TermMatch*& seen = first[m.form.concept_index];
      if (seen == nullptr) {
        seen = &m;
        continue;
      }
      const TermMatch& f = *seen;
      if (f.form.role == m.form.role && f.form.index == m.form.index) continue;
      const Concept& c = ctx.glossary.concept_of(m.form);
      const std::string& was = ctx.glossary.form_text(f.form);
      const std::string& now = ctx.glossary.form_text(m.form);
      out.emit(ctx.doc_span(m),
               fmt::format("同一概念前文用“{}”，此处用“{}”，请统一用一种写法。(inconsistent: “{}” "
                           "was written “{}” earlier; use one form)",
                           was, now, c.en, was),
               {}, {{ctx.doc_span(f), fmt::format("首次用法“{}” (first used here)", was)}});
    }
  }
};

const bool registered = register_rule({
    .code = "term.inconsistent",
    .summary = "同一概念混用两种写法 (one concept written in two forms in one document)",
    .before = "贩运人口……人口贩运",
    .after = "",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "term.inconsistent");
      return std::make_unique<TermInconsistent>();
    },
});

}  // namespace
}  // namespace unlint
