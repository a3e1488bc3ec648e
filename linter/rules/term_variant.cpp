// term.variant — a regional, non-UN, deprecated or misspelt variant of an official UN term.
// 参加普遍定期审查 → 参加普遍定期审议
#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <unordered_map>

#include "engine/rule.h"
#include "rules/options.h"
#include "text/utf8.h"

namespace unlint {
namespace {

// The bytes right before a match that already spell the start of the official form: 联合国 before
// the variant 人权高级专员 (official 联合国人权事务高级专员). The fix then replaces them too, so
// the official form is not written after its own start (联合国联合国人权事务高级专员). At least
// two characters must agree: one shared character is a coincidence (美国 before 货币…, with
// official 国际货币…), and the official form must still go on past them.
uint32_t official_lead_before(std::string_view view, const TermMatch& m, std::string_view official) {
  constexpr size_t kMinLead = 2;
  size_t best = 0, chars = 0;
  for (size_t k = 0; k < official.size() && k <= m.view_begin;) {
    if (chars >= kMinLead && view[m.view_begin - 1] == official[k - 1] &&
        view.compare(m.view_begin - k, k, official, 0, k) == 0) {
      best = k;
    }
    utf8::next(official, k);
    ++chars;
  }
  return static_cast<uint32_t>(best);
}

class TermVariant final : public Rule {
 public:
  void check(const Context& ctx, Emitter& out) const override {
    // A variant's message and fix title are the same wherever it stands, and so is its edit in
    // the view (every match of a key is the same view text): made once per document.
    struct Texts {
      Text message, title;
      ScanView::ViewEdit edit;
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
        const std::string_view have =
            std::string_view(ctx.view.text()).substr(m.view_begin, m.view_end - m.view_begin);
        it->second.edit = ScanView::view_edit(have, c.official);
      }
      const Texts& t = it->second;
      // With a lead taken in, the text edited is not the variant's: its edit is worked out anew.
      const uint32_t lead = official_lead_before(ctx.view.text(), m, c.official);
      Edit edit = lead == 0
                      ? ctx.view.place_edit(m.view_begin, m.view_end, t.edit, t.edit.inserted(c.official))
                      : ctx.view.minimal_edit(m.view_begin - lead, m.view_end, c.official);
      out.emit(ctx.doc_span(m), t.message, {Fix{t.title, {std::move(edit)}}});
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
