// numbering.marker — a paragraph or sub-paragraph marker in a form UN documents do not use:
// 7、 7． 7) （7） for an operative paragraph; （一） ㈠ ① (1) for a sub-paragraph; （a） mixed with
// (a) in one list. The forms are data (rules/numbering.yaml).
// 1、重申国际合作的重要性； → 1. 重申国际合作的重要性；
#include <fmt/format.h>

#include "engine/rule.h"
#include "rules/family.h"
#include "rules/options.h"
#include "structure/paragraphs.h"
#include "text/utf8.h"

namespace unlint {
namespace {

class NumberingMarker final : public Rule {
 public:
  explicit NumberingMarker(std::shared_ptr<const NumberingSpec> spec) : spec_(std::move(spec)) {
    for (const MarkerForm& f : spec_->forms) {
      if (f.role == MarkerRole::kOperative && !operative_) operative_ = &f;
      if (f.role == MarkerRole::kSub && f.kind == LabelKind::kLetter && !letter_) letter_ = &f;
      if (f.role == MarkerRole::kSub && f.kind == LabelKind::kRoman && !roman_) roman_ = &f;
    }
  }

  void check(const Context& ctx, Emitter& out) const override {
    const Structure& s = family::structure(ctx, *spec_);
    const std::string& text = ctx.doc.text();
    for (const Paragraph& p : s.paragraphs) {
      const MarkerForm& f = spec_->forms[p.marker.form];
      if (f.role == MarkerRole::kOperative && !p.marker.fullwidth_digits) continue;
      std::string want = format_form(*operative_, p.marker.value);
      std::string have(ctx.doc.slice(p.marker.span));
      out.emit(p.marker.span,
               fmt::format("执行段落编号格式不符合联合国文件格式：“{}”应为“{}”。(operative paragraph "
                           "marker “{}” should be “{}”)",
                           have, want, have, want),
               {fix(text, p.marker.span, want)});
    }
    for (const SubList& l : s.sub_lists) {
      bool has_accepted = false;
      for (int item : l.items) {
        has_accepted = has_accepted || spec_->forms[s.subs[item].marker.form].role == MarkerRole::kSub;
      }
      for (int item : l.items) {
        const Marker& m = s.subs[item].marker;
        const MarkerForm& f = spec_->forms[m.form];
        std::string have(ctx.doc.slice(m.span));
        if (f.role == MarkerRole::kSub) continue;
        if (f.role == MarkerRole::kSubMixed) {
          if (!has_accepted) continue;
          const MarkerForm* to = m.kind == LabelKind::kRoman ? roman_ : letter_;
          std::string want = format_form(*to, m.value);
          out.emit(m.span,
                   fmt::format("同一列表中全角括号与半角括号混用：“{}”应为“{}”。(full-width and "
                               "half-width parentheses mixed in one list: “{}” should be “{}”)",
                               have, want, have, want),
                   {fix(text, m.span, want)});
          continue;
        }
        // A numbered form: first-degree sub-paragraphs take letters, second-degree roman numerals.
        const bool roman = l.level == 2 || l.kind == LabelKind::kRoman;
        std::string want = format_form(roman ? *roman_ : *letter_, m.value);
        if (want.empty()) continue;
        out.emit(m.span,
                 fmt::format("分段编号格式不符合联合国文件格式：“{}”应为“{}”。(sub-paragraph marker "
                             "“{}” should be “{}”)",
                             have, want, have, want),
                 {fix(text, m.span, want)});
      }
    }
  }

 private:
  // Replaces the marker, adding the space UN style puts after it when the text follows directly.
  static Fix fix(const std::string& text, Span span, const std::string& want) {
    std::string replacement = want;
    if (span.end < text.size()) {
      size_t i = span.end;
      char32_t next = utf8::next(text, i);
      if (next != ' ' && next != '\t' && next != 0x3000 && next != '\r' && next != '\n') {
        replacement += ' ';
      }
    }
    return Fix{fmt::format("改为“{}” (use “{}”)", want, want), {Edit{span, replacement}}};
  }

  std::shared_ptr<const NumberingSpec> spec_;
  const MarkerForm* operative_ = nullptr;
  const MarkerForm* letter_ = nullptr;
  const MarkerForm* roman_ = nullptr;
};

const bool registered = register_rule({
    .code = "numbering.marker",
    .summary = "段落或分段编号格式不符合联合国文件格式 (paragraph or sub-paragraph marker in a "
               "non-UN form)",
    .before = "1、重申国际合作的重要性；",
    .after = "1. 重申国际合作的重要性；",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "numbering.marker");
      return std::make_unique<NumberingMarker>(family::numbering_spec(setup));
    },
});

}  // namespace
}  // namespace unlint
