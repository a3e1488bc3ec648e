// numbering.footnote — footnote markers out of order, a marker without its footnote text, or a
// footnote text without its marker; checked only where the text carries footnote lines.
// …的报告；3 … 3 A/HRC/44/28。(marker 2 never given) → …的报告；2 … 2 A/HRC/44/28。
#include <fmt/format.h>

#include "engine/rule.h"
#include "rules/family.h"
#include "rules/options.h"
#include "structure/paragraphs.h"

namespace unlint {
namespace {

class NumberingFootnote final : public Rule {
 public:
  explicit NumberingFootnote(std::shared_ptr<const NumberingSpec> spec) : spec_(std::move(spec)) {}

  void check(const Context& ctx, Emitter& out) const override {
    const Structure& s = family::structure(ctx, *spec_);
    if (s.footnote_texts.empty() || s.footnote_markers.empty()) return;
    std::vector<int> values;
    for (const auto& m : s.footnote_markers) values.push_back(m.value);
    for (const SequenceIssue& is : check_sequence(values)) {
      const FootnoteMarker& m = s.footnote_markers[is.index];
      const char* zh = is.kind == SequenceIssue::Kind::kDuplicate ? "脚注标记重复"
                       : is.kind == SequenceIssue::Kind::kGap     ? "脚注标记编号不连续"
                                                                  : "脚注标记顺序错误";
      const char* en = is.kind == SequenceIssue::Kind::kDuplicate ? "duplicate footnote marker"
                       : is.kind == SequenceIssue::Kind::kGap     ? "footnote numbering gap"
                                                                  : "footnote marker out of order";
      out.emit(m.span, fmt::format("{}：此处应为脚注{}，实为脚注{}。({}: expected {}, found {})", zh,
                                   is.expected, is.found, en, is.expected, is.found));
    }
    for (const auto& m : s.footnote_markers) {
      if (find_text(s, m.value) == nullptr) {
        out.emit(m.span, fmt::format("脚注{}没有脚注文本。(footnote {} has no footnote text)",
                                     m.value, m.value));
      }
    }
    for (const auto& t : s.footnote_texts) {
      bool marked = false;
      for (const auto& m : s.footnote_markers) marked = marked || m.value == t.value;
      if (!marked) {
        out.emit(t.number, fmt::format("脚注{}的文本在正文中没有对应的脚注标记。(footnote text {} "
                                       "has no marker in the text)",
                                       t.value, t.value));
      }
    }
  }

 private:
  static const FootnoteText* find_text(const Structure& s, int value) {
    for (const auto& t : s.footnote_texts) {
      if (t.value == value) return &t;
    }
    return nullptr;
  }

  std::shared_ptr<const NumberingSpec> spec_;
};

const bool registered = register_rule({
    .code = "numbering.footnote",
    .summary = "脚注标记顺序错误或缺少脚注文本 (footnote markers out of order or without a "
               "footnote text)",
    .before = "…的报告；3\n 3 A/HRC/44/28。",
    .after = "",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "numbering.footnote");
      return std::make_unique<NumberingFootnote>(family::numbering_spec(setup));
    },
});

}  // namespace
}  // namespace unlint
