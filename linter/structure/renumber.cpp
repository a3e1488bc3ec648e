#include "structure/renumber.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "structure/paragraphs.h"
#include "structure/references.h"
#include "text/scan_view.h"

namespace unlint {
namespace {

// New values by position: paragraphs within their list, sub-paragraphs within theirs.
struct Numbering {
  std::vector<int> paragraph;  // by paragraph index
  std::vector<int> sub;        // by sub index
};

Numbering new_numbers(const Structure& s) {
  Numbering n;
  n.paragraph.resize(s.paragraphs.size());
  std::map<int, int> count;  // list → paragraphs so far
  for (size_t i = 0; i < s.paragraphs.size(); ++i) n.paragraph[i] = ++count[s.paragraphs[i].list];
  n.sub.resize(s.subs.size());
  for (const SubList& l : s.sub_lists) {
    for (size_t k = 0; k < l.items.size(); ++k) n.sub[l.items[k]] = static_cast<int>(k) + 1;
  }
  return n;
}

void replace_token(const Span& token, std::string_view have, const std::string& want,
                   std::vector<Edit>& edits) {
  if (want.empty() || have == want) return;
  edits.push_back({token, want});
}

}  // namespace

RenumberResult renumber(const Document& doc, const NumberingSpec& spec) {
  RenumberResult r;
  const Structure s = parse_structure(doc, spec);
  if (!s.line_based) {
    if (!s.paragraphs.empty()) {
      r.notes.push_back({s.paragraphs.front().marker.span,
                         "没有以行首编号开始的执行段落，未重新编号。(no operative paragraph starts a "
                         "line; the numbering is not recognisable, nothing renumbered)"});
    }
    return r;
  }
  const Numbering n = new_numbers(s);
  for (size_t i = 0; i < s.paragraphs.size(); ++i) {
    const Marker& m = s.paragraphs[i].marker;
    if (m.value != n.paragraph[i]) {
      replace_token(m.token, doc.slice(m.token), std::to_string(n.paragraph[i]), r.edits);
    }
  }
  for (size_t i = 0; i < s.subs.size(); ++i) {
    const Marker& m = s.subs[i].marker;
    if (m.value != n.sub[i]) {
      replace_token(m.token, doc.slice(m.token), format_label(m.kind, n.sub[i]), r.edits);
    }
  }

  ScanView view(doc.text());
  for (const Reference& ref : find_references(view, s, spec)) {
    if (ref.external) continue;
    int para = -1;
    for (const RefTarget& t : ref.targets) {
      if (!t.inherited) {
        bool ambiguous = false;
        para = resolve_target(s, ref.span.begin, t.value, &ambiguous);
        if (para < 0) {
          r.notes.push_back({ref.span, fmt::format("第{}段不存在，引用未改动。(paragraph {} does not "
                                                   "exist; reference left unchanged)",
                                                   t.value, t.value)});
          continue;
        }
        if (ambiguous) {
          r.notes.push_back(
              {ref.span, fmt::format("第{}段的编号出现两次，引用按后一段改编号，请核对。(paragraph "
                                     "number {} was used twice; the reference now follows the later "
                                     "one — please check)",
                                     t.value, t.value)});
        }
        const int want = n.paragraph[para];
        if (want != t.value) replace_token(t.number, doc.slice(t.number), std::to_string(want), r.edits);
      }
      if (para < 0 || t.labels.empty()) continue;
      int list = s.sub_list_of(para);
      int sub = s.sub_with_value(list, t.labels[0].value);
      if (sub < 0) {
        r.notes.push_back({ref.span, fmt::format("第{}({})段不存在，引用未改动。(sub-paragraph {}({}) "
                                                 "does not exist; reference left unchanged)",
                                                 t.value, t.labels[0].text, t.value, t.labels[0].text)});
        continue;
      }
      const LabelKind k1 = s.sub_lists[list].kind;
      replace_token(t.labels[0].span, doc.slice(t.labels[0].span),
                    format_label(k1 == LabelKind::kRoman ? LabelKind::kRoman : LabelKind::kLetter,
                                 n.sub[sub]),
                    r.edits);
      if (t.labels.size() < 2) continue;
      int child = s.sub_with_value(s.child_list_of(sub), t.labels[1].value);
      if (child < 0) continue;
      replace_token(t.labels[1].span, doc.slice(t.labels[1].span),
                    format_label(LabelKind::kRoman, n.sub[child]), r.edits);
    }
  }
  std::sort(r.edits.begin(), r.edits.end(),
            [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
  r.edits.erase(std::unique(r.edits.begin(), r.edits.end()), r.edits.end());
  std::sort(r.notes.begin(), r.notes.end(), [](const RenumberNote& a, const RenumberNote& b) {
    return a.span.begin < b.span.begin;
  });
  return r;
}

std::string apply_edits(std::string_view text, const std::vector<Edit>& edits) {
  std::string out;
  out.reserve(text.size());
  uint32_t at = 0;
  for (const Edit& e : edits) {
    if (e.span.begin < at || e.span.end > text.size()) continue;
    out.append(text.substr(at, e.span.begin - at));
    out += e.replacement;
    at = e.span.end;
  }
  out.append(text.substr(at));
  return out;
}

}  // namespace unlint
