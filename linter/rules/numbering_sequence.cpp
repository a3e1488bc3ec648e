// numbering.sequence — operative paragraphs or sub-paragraphs numbered with a gap, a repeat or out
// of order; reported at the paragraph that breaks the run, naming the number it should have.
// 7. 敦促…；9. 决心… → 7. 敦促…；8. 决心… (unlint fix --renumber)
#include <fmt/format.h>

#include "engine/rule.h"
#include "rules/family.h"
#include "rules/options.h"
#include "structure/paragraphs.h"

namespace unlint {
namespace {

std::string sub_label(LabelKind kind, int v) {
  std::string l = format_label(kind == LabelKind::kRoman || kind == LabelKind::kLetter
                                   ? kind
                                   : LabelKind::kNumber,
                               v);
  return l.empty() ? std::to_string(v) : "(" + l + ")";
}

class NumberingSequence final : public Rule {
 public:
  explicit NumberingSequence(std::shared_ptr<const NumberingSpec> spec) : spec_(std::move(spec)) {}

  void check(const Context& ctx, Emitter& out) const override {
    const Structure& s = family::structure(ctx, *spec_);
    if (!s.line_based) return;  // no line structure left: nothing certain to say
    // Operative paragraphs, list by list.
    for (int list = 0;; ++list) {
      std::vector<int> idx, values;
      for (size_t i = 0; i < s.paragraphs.size(); ++i) {
        if (s.paragraphs[i].list == list) {
          idx.push_back(static_cast<int>(i));
          values.push_back(s.paragraphs[i].marker.value);
        }
      }
      if (idx.empty()) break;
      for (const SequenceIssue& is : check_sequence(values)) {
        const Paragraph& p = s.paragraphs[idx[is.index]];
        std::vector<Related> related;
        if (is.index > 0) {
          const Paragraph& before = s.paragraphs[idx[is.index - 1]];
          related.push_back({before.marker.span, fmt::format("上一段编号为{} (previous paragraph: {})",
                                                             before.marker.value,
                                                             before.marker.value)});
        }
        out.emit(p.marker.span, paragraph_message(is), {}, std::move(related));
      }
    }
    // Sub-paragraphs, list by list.
    for (const SubList& l : s.sub_lists) {
      std::vector<int> values;
      for (int item : l.items) values.push_back(s.subs[item].marker.value);
      for (const SequenceIssue& is : check_sequence(values)) {
        const SubParagraph& sp = s.subs[l.items[is.index]];
        std::string where = sp.paragraph >= 0
                                ? fmt::format("第{}段", s.paragraphs[sp.paragraph].marker.value)
                                : std::string("序言部分");
        std::string where_en = sp.paragraph >= 0
                                   ? fmt::format("paragraph {}", s.paragraphs[sp.paragraph].marker.value)
                                   : std::string("the preamble");
        std::string want = sub_label(l.kind, is.expected), got = sub_label(l.kind, is.found);
        out.emit(sp.marker.span,
                 fmt::format("{}的分段{}：此处应为{}，实为{}。(sub-paragraph {} in {}: expected {}, "
                             "found {})",
                             where, kind_zh(is.kind), want, got, kind_en(is.kind), where_en, want,
                             got));
      }
    }
  }

 private:
  static const char* kind_zh(SequenceIssue::Kind k) {
    switch (k) {
      case SequenceIssue::Kind::kGap: return "编号不连续";
      case SequenceIssue::Kind::kDuplicate: return "编号重复";
      case SequenceIssue::Kind::kOrder: return "编号顺序错误";
    }
    return "";
  }
  static const char* kind_en(SequenceIssue::Kind k) {
    switch (k) {
      case SequenceIssue::Kind::kGap: return "numbering gap";
      case SequenceIssue::Kind::kDuplicate: return "duplicate number";
      case SequenceIssue::Kind::kOrder: return "out of order";
    }
    return "";
  }
  static std::string paragraph_message(const SequenceIssue& is) {
    switch (is.kind) {
      case SequenceIssue::Kind::kGap:
        return fmt::format("执行段落编号不连续：此处应为第{}段，实为第{}段。(numbering gap: "
                           "expected paragraph {}, found {})",
                           is.expected, is.found, is.expected, is.found);
      case SequenceIssue::Kind::kDuplicate:
        return fmt::format("执行段落编号重复：第{}段已出现，此处应为第{}段。(duplicate paragraph "
                           "number {}: expected {})",
                           is.found, is.expected, is.found, is.expected);
      case SequenceIssue::Kind::kOrder:
        break;
    }
    return fmt::format("执行段落编号顺序错误：此处应为第{}段，实为第{}段。(paragraph out of order: "
                       "expected {}, found {})",
                       is.expected, is.found, is.expected, is.found);
  }

  std::shared_ptr<const NumberingSpec> spec_;
};

const bool registered = register_rule({
    .code = "numbering.sequence",
    .summary = "执行段落或分段编号不连续、重复或顺序错误 (operative paragraph or sub-paragraph "
               "numbering has a gap, a repeat or is out of order)",
    .before = "7. 敦促…；\n9. 决心…",
    .after = "",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "numbering.sequence");
      return std::make_unique<NumberingSequence>(family::numbering_spec(setup));
    },
});

}  // namespace
}  // namespace unlint
