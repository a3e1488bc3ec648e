// numbering.reference — a reference to a paragraph or sub-paragraph of this document (第N段,
// 第N(x)段, 上文第N段) that does not exist, or that 上文/下文 points the wrong way to. References
// into other documents (A/HRC/20/26，第29段; 第70/1号决议第5段) are not checked.
// 又请秘书长执行上文第40段 (35 operative paragraphs) → 又请秘书长执行上文第30段
#include <fmt/format.h>

#include <algorithm>

#include "engine/rule.h"
#include "rules/family.h"
#include "rules/options.h"
#include "structure/paragraphs.h"
#include "structure/references.h"

namespace unlint {
namespace {

class NumberingReference final : public Rule {
 public:
  explicit NumberingReference(std::shared_ptr<const NumberingSpec> spec) : spec_(std::move(spec)) {}

  void check(const Context& ctx, Emitter& out) const override {
    const Structure& s = family::structure(ctx, *spec_);
    if (!s.line_based) return;  // paragraphs not recognisable: every reference would be a guess
    for (const Reference& ref : find_references(ctx.view, s, *spec_)) {
      if (ref.external) continue;
      int para = -1;
      for (const RefTarget& t : ref.targets) {
        if (!t.inherited) {
          para = resolve_target(s, ref.span.begin, t.value, nullptr);
          if (para < 0) {
            out.emit(ref.span, missing_paragraph(s, ref, t.value));
            continue;
          }
          const Paragraph& p = s.paragraphs[para];
          if (ref.direction < 0 && p.marker.span.begin > ref.span.begin) {
            out.emit(ref.span,
                     fmt::format("“上文”所指的第{}段在本段之后。(“上文” (above) refers to paragraph "
                                 "{}, which comes later)",
                                 t.value, t.value),
                     {}, {{p.marker.span, fmt::format("第{}段 (paragraph {})", t.value, t.value)}});
          } else if (ref.direction > 0 && p.marker.span.begin < ref.span.begin) {
            out.emit(ref.span,
                     fmt::format("“下文”所指的第{}段在本段之前。(“下文” (below) refers to paragraph "
                                 "{}, which comes earlier)",
                                 t.value, t.value),
                     {}, {{p.marker.span, fmt::format("第{}段 (paragraph {})", t.value, t.value)}});
          }
        }
        if (para < 0 || t.labels.empty()) continue;
        const std::string& l1 = t.labels[0].text;
        int list = s.sub_list_of(para);
        int sub = s.sub_with_value(list, t.labels[0].value);
        if (sub < 0 && (list >= 0 || !written_in(ctx, s.paragraphs[para], l1))) {
          out.emit(ref.span, fmt::format("第{}段没有({})分段。(paragraph {} has no sub-paragraph "
                                         "({}))",
                                         t.value, l1, t.value, l1));
          continue;
        }
        if (sub < 0 || t.labels.size() < 2) continue;
        int child = s.child_list_of(sub);
        if (child >= 0 && s.sub_with_value(child, t.labels[1].value) < 0) {
          const std::string& l2 = t.labels[1].text;
          out.emit(ref.span, fmt::format("第{}({})段没有({})分段。(sub-paragraph {}({}) has no "
                                         "({}))",
                                         t.value, l1, l2, t.value, l1, l2));
        }
      }
    }
  }

 private:
  static std::string missing_paragraph(const Structure& s, const Reference& ref, int value) {
    int at = s.paragraph_at(ref.span.begin);
    int list = at >= 0 ? s.paragraphs[at].list : 0;
    int last = 0;
    for (const Paragraph& p : s.paragraphs) {
      if (p.list == list) last = std::max(last, p.marker.value);
    }
    return fmt::format("引用的第{}段不存在：执行段落编号为第1至{}段。(reference to paragraph {}, "
                       "which does not exist; operative paragraphs run from 1 to {})",
                       value, last, value, last);
  }

  // Whether "(x)" or "（x）" stands in the paragraph at all, where no sub-paragraph list was
  // recognised (a chapeau that does not end with a colon, for instance).
  static bool written_in(const Context& ctx, const Paragraph& p, const std::string& label) {
    std::string_view body = std::string_view(ctx.doc.text()).substr(
        p.marker.span.end, p.end - p.marker.span.end);
    return body.find("(" + label + ")") != std::string_view::npos ||
           body.find("（" + label + "）") != std::string_view::npos;
  }

  std::shared_ptr<const NumberingSpec> spec_;
};

const bool registered = register_rule({
    .code = "numbering.reference",
    .summary = "引用的段落或分段在本文件中不存在 (reference to a paragraph or sub-paragraph that "
               "does not exist in this document)",
    .before = "又请秘书长执行上文第40段",
    .after = "",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "numbering.reference");
      return std::make_unique<NumberingReference>(family::numbering_spec(setup));
    },
});

}  // namespace
}  // namespace unlint
