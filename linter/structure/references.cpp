#include "structure/references.h"

#include <algorithm>
#include <cctype>

#include "core/byte_scan.h"
#include "text/utf8.h"

namespace unlint {
namespace {

constexpr std::string_view kDi = "第";
constexpr std::string_view kDuan = "段";

class RefScanner {
 public:
  RefScanner(const ScanView& view, const Structure& s, const NumberingSpec& spec)
      : view_(view), v_(view.text()), s_(s), spec_(spec) {}

  std::vector<Reference> run() {
    std::vector<Reference> out;
    size_t i = 0;
    while ((i = bytes::find(v_, kDi, i)) != std::string_view::npos) {
      size_t end;
      Reference r;
      if (parse(i + kDi.size(), &r, &end)) {
        r.span = view_.to_doc(static_cast<uint32_t>(i), static_cast<uint32_t>(end));
        classify(i, r, out.empty() ? nullptr : &out.back(), prev_end_);
        prev_end_ = end;
        out.push_back(std::move(r));
        i = end;
      } else {
        i += kDi.size();
      }
    }
    return out;
  }

 private:
  size_t skip_spaces(size_t i) const {
    while (i < v_.size() && v_[i] == ' ') ++i;
    return i;
  }

  bool number(size_t i, int* value, size_t* end) const {
    size_t j = i;
    int v = 0;
    while (j < v_.size() && j - i < 4 && v_[j] >= '0' && v_[j] <= '9') v = v * 10 + (v_[j++] - '0');
    if (j == i || j - i > 3 || v == 0) return false;
    if (j < v_.size() && (v_[j] == '/' || v_[j] == '.' || (v_[j] >= '0' && v_[j] <= '9'))) {
      return false;  // 第70/1号, 第3.1段 is not ours
    }
    *value = v;
    *end = j;
    return true;
  }

  // "(b)" or "(ii)" (the view folds full-width parentheses).
  bool label(size_t i, RefLabel* l, size_t* end) const {
    size_t j = skip_spaces(i);
    if (j >= v_.size() || v_[j] != '(') return false;
    size_t k = j + 1;
    while (k < v_.size() && k - j <= 6 && v_[k] >= 'a' && v_[k] <= 'z') ++k;
    if (k == j + 1 || k >= v_.size() || v_[k] != ')') return false;
    std::string_view text = v_.substr(j + 1, k - j - 1);
    l->text = std::string(text);
    l->value = letter_value(text);
    l->kind = LabelKind::kLetter;
    if (l->value == 0) {
      l->value = roman_value(text);
      l->kind = LabelKind::kRoman;
    }
    if (l->value == 0) return false;
    l->span = view_.to_doc(static_cast<uint32_t>(j + 1), static_cast<uint32_t>(k));
    *end = k + 1;
    return true;
  }

  size_t labels(size_t i, RefTarget* t) const {
    for (int n = 0; n < 2; ++n) {
      RefLabel l;
      size_t end;
      if (!label(i, &l, &end)) break;
      t->labels.push_back(std::move(l));
      i = end;
    }
    return i;
  }

  bool item(size_t i, const RefTarget* prev, RefTarget* t, size_t* end) const {
    i = skip_spaces(i);
    if (v_.substr(i, kDi.size()) == kDi) i = skip_spaces(i + kDi.size());
    size_t j;
    if (number(i, &t->value, &j)) {
      t->number = view_.to_doc(static_cast<uint32_t>(i), static_cast<uint32_t>(j));
      *end = labels(j, t);
      return true;
    }
    if (!prev) return false;
    t->value = prev->value;
    t->inherited = true;
    j = labels(i, t);
    if (t->labels.empty()) return false;
    *end = j;
    return true;
  }

  bool parse(size_t i, Reference* r, size_t* end) const {
    RefTarget first;
    size_t j;
    if (!item(i, nullptr, &first, &j)) return false;
    r->targets.push_back(std::move(first));
    for (;;) {
      size_t k = skip_spaces(j);
      std::string_view sep;
      for (const auto& s : spec_.separators) {
        if (v_.substr(k, s.size()) == s) sep = s;
      }
      if (sep.empty()) break;
      RefTarget t;
      size_t e;
      if (!item(k + sep.size(), &r->targets.back(), &t, &e)) break;
      for (const auto& s : spec_.range_separators) r->range = r->range || s == sep;
      r->targets.push_back(std::move(t));
      j = e;
    }
    j = skip_spaces(j);
    if (v_.substr(j, kDuan.size()) != kDuan) return false;
    *end = j + kDuan.size();
    return true;
  }

  bool ends_with_any(size_t at, const std::vector<std::string>& words, std::string* which) const {
    std::string_view before = v_.substr(0, at);
    for (const auto& w : words) {
      if (before.ends_with(w)) {
        if (which) *which = w;
        return true;
      }
    }
    return false;
  }

  void classify(size_t di, Reference& r, const Reference* prev, size_t prev_end) const {
    // Skip what may stand between a citation and its paragraph: spaces, commas, 的.
    size_t k = di;
    for (;;) {
      std::string_view before = v_.substr(0, k);
      if (before.ends_with(" ")) k -= 1;
      else if (before.ends_with("，")) k -= std::string_view("，").size();
      else if (before.ends_with(",")) k -= 1;
      else if (before.ends_with("的")) k -= std::string_view("的").size();
      else break;
    }
    std::string word;
    if (ends_with_any(di, spec_.internal_words, &word) || ends_with_any(k, spec_.internal_words, &word)) {
      r.explicit_internal = true;
      for (const auto& w : spec_.above_words) r.direction = w == word ? -1 : r.direction;
      for (const auto& w : spec_.below_words) r.direction = w == word ? 1 : r.direction;
      return;
    }
    if (ends_with_any(k, spec_.external_before, nullptr)) {
      r.external = true;
      return;
    }
    if (k > 0) {
      unsigned char c = static_cast<unsigned char>(v_[k - 1]);
      if (std::isalnum(c) || c == '/' || c == '.' || c == ')') {
        r.external = true;  // a document symbol or its bracket: A/HRC/20/26，第29段
        return;
      }
      // 附件一第3段, A节第2段: a part of something named just before.
      size_t q = k;
      while (q > 0) {
        size_t p = q;
        char32_t ch = utf8::prev(v_, p);
        if (std::u32string_view(U"一二三四五六七八九十").find(ch) == std::u32string_view::npos &&
            !(ch >= 'A' && ch <= 'Z')) {
          break;
        }
        q = p;
      }
      if (q != k && ends_with_any(q, spec_.external_before, nullptr)) {
        r.external = true;
        return;
      }
    }
    // 第70/1号决议第3段和第5段: the second reference goes with the first.
    if (prev && prev->external && prev_end <= di) {
      std::string_view between = v_.substr(prev_end, di - prev_end);
      while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
      while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
      bool joined = between.empty();
      for (const auto& s : spec_.separators) joined = joined || between == s;
      if (joined) {
        r.external = true;
        return;
      }
    }
    // A clause that cites another document: its bare 第N段 is that document's.
    size_t start = di, count = 0;
    while (start > 0 && count < 80) {
      size_t p = start;
      char32_t ch = utf8::prev(v_, p);
      // The view folds ；and ： to ASCII.
      if (ch == ';' || ch == ':' || ch == U'。' || ch == U'；' || ch == U'：' || ch == '\n') break;
      start = p;
      ++count;
    }
    std::string_view clause = v_.substr(start, di - start);
    for (const auto& w : spec_.external_in_clause) {
      if (clause.find(w) != std::string_view::npos) {
        r.external = true;
        return;
      }
    }
    // Footnotes cite other documents unless they say 上文.
    if (s_.in_footnote_text(r.span.begin)) r.external = true;
  }

  const ScanView& view_;
  std::string_view v_;
  const Structure& s_;
  const NumberingSpec& spec_;
  size_t prev_end_ = 0;
};

}  // namespace

std::vector<Reference> find_references(const ScanView& view, const Structure& structure,
                                       const NumberingSpec& spec) {
  return RefScanner(view, structure, spec).run();
}

int resolve_target(const Structure& s, uint32_t offset, int value, bool* ambiguous) {
  int at = s.paragraph_at(offset);
  int list = at >= 0 ? s.paragraphs[at].list : 0;
  int found = -1, count = 0;
  for (size_t i = 0; i < s.paragraphs.size(); ++i) {
    if (s.paragraphs[i].list == list && s.paragraphs[i].marker.value == value) {
      found = static_cast<int>(i);
      ++count;
    }
  }
  if (ambiguous) *ambiguous = count > 1;
  return found;
}

}  // namespace unlint
