// term.first-mention — an official abbreviation used before the full name has been introduced.
// 人权高专办将提交报告 → 联合国人权事务高级专员办事处(人权高专办)将提交报告
#include <fmt/format.h>

#include <vector>

#include "engine/rule.h"
#include "rules/options.h"

namespace unlint {
namespace {

class TermFirstMention final : public Rule {
 public:
  void check(const Context& ctx, Emitter& out) const override {
    // Per concept: whether its full name has appeared, whether its abbreviation was reported.
    std::vector<char> introduced(ctx.glossary.concepts().size(), 0);
    std::vector<char> reported(ctx.glossary.concepts().size(), 0);
    for (const TermMatch& m : ctx.terms()) {
      uint32_t ci = m.form.concept_index;
      if (m.form.role == FormRole::kOfficial || m.form.role == FormRole::kAccepted) {
        introduced[ci] = 1;
        continue;
      }
      if (m.form.role != FormRole::kAbbreviation || introduced[ci] || reported[ci]) continue;
      reported[ci] = 1;
      const Concept& c = ctx.glossary.concept_of(m.form);
      std::string intro = c.introduce_full_name_only
                              ? c.official
                              : fmt::format("{}({})", c.official, c.abbreviation);
      Fix fix{fmt::format("首次出现处写全称：“{}” (introduce the full name)", intro),
              {ctx.view.minimal_edit(m.view_begin, m.view_end, intro)}};
      out.emit(ctx.doc_span(m),
               fmt::format("缩略语“{}”出现在全称“{}”之前；首次出现时应写全称并在括号中注明缩略语。"
                           "(abbreviation used before the full name of “{}” is introduced)",
                           c.abbreviation, c.official, c.en),
               {std::move(fix)});
    }
  }
};

const bool registered = register_rule({
    .code = "term.first-mention",
    .summary = "缩略语先于全称出现 (abbreviation used before the full name is introduced)",
    .before = "人权高专办将提交报告",
    .after = "联合国人权事务高级专员办事处(人权高专办)将提交报告",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "term.first-mention");
      return std::make_unique<TermFirstMention>();
    },
});

}  // namespace
}  // namespace unlint
