#include "engine/lint.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <unordered_map>

#include "docx/docx.h"
#include "engine/suppress.h"

namespace unlint {
namespace {

// A hash for the short texts findings quote (a term is a few Chinese characters): the first and
// last eight bytes mixed, with no loop. Longer texts take the standard hash.
struct ShortTextHash {
  size_t operator()(std::string_view s) const noexcept {
    const size_t n = s.size();
    if (n > 16) return std::hash<std::string_view>{}(s);
    uint64_t a = 0, b = 0;
    if (n >= 8) {
      std::memcpy(&a, s.data(), 8);
      std::memcpy(&b, s.data() + n - 8, 8);
    } else if (n >= 4) {
      uint32_t x, y;
      std::memcpy(&x, s.data(), 4);
      std::memcpy(&y, s.data() + n - 4, 4);
      a = x, b = y;
    } else {
      for (char c : s) a = (a << 8) | static_cast<unsigned char>(c);
    }
    uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull)) + n;
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    return static_cast<size_t>(h);
  }
};

class CollectingEmitter final : public Emitter {
 public:
  CollectingEmitter(const Document& doc, std::vector<Diagnostic>& out) : doc_(doc), out_(out) {}
  void set_rule(const RulePack::Active* rule) {
    rule_ = rule;
    code_ = std::string(rule->info->code);  // one code string for all the rule's findings
  }

  void emit(Span span, Text message, std::vector<Fix> fixes,
            std::vector<Related> related) override {
    Diagnostic d;
    d.code = code_;
    d.severity = rule_->severity;
    d.span = span;
    d.message = std::move(message);
    d.fixes = std::move(fixes);
    d.related = std::move(related);
    d.text = source_text(doc_.slice(span));
    out_.push_back(std::move(d));
  }

 private:
  // The source text of a finding, shared with the findings before it that have the same text (a
  // variant reported ten thousand times is held once). Up to kMaxShared distinct texts are
  // remembered; later ones are simply made.
  Text source_text(std::string_view s) {
    auto it = texts_.find(s);
    if (it != texts_.end()) return it->second;
    Text t{std::string(s)};
    if (texts_.size() < kMaxShared) texts_.emplace(s, t);
    return t;
  }
  static constexpr size_t kMaxShared = size_t{1} << 16;

  const Document& doc_;
  std::vector<Diagnostic>& out_;
  const RulePack::Active* rule_ = nullptr;
  Text code_;
  // Keys are views of the Document's text.
  std::unordered_map<std::string_view, Text, ShortTextHash> texts_;
};

}  // namespace

std::vector<Diagnostic> lint(const Document& doc, const RulePack& pack) {
  std::vector<Diagnostic> out;
  // Room for a finding every 512 bytes, so that a large text's findings rarely move as they
  // pile up (see find_dates); room never filled costs address space, not memory.
  out.reserve(doc.text().size() / 512);
  {
    // The view and the families' parses live only while rules run, not while the findings are
    // filtered and sorted.
    ScanView view(doc.text());
    SharedStore store;
    Context ctx{doc, view, pack.glossary(), store};
    CollectingEmitter emitter(doc, out);
    // A family's rules run one after another, so what they shared is let go before the next
    // family's rules run and memory holds one family's parse at a time. The term family goes
    // first: its parse (every glossary match) is the largest, and is let go before the other
    // families' findings pile up beside it.
    auto family_of = [](const RulePack::Active& a) {
      std::string_view code = a.info->code;
      return code.substr(0, code.find('.'));
    };
    std::vector<const RulePack::Active*> order;
    for (const auto& a : pack.rules()) order.push_back(&a);
    std::stable_partition(order.begin(), order.end(),
                          [&](const RulePack::Active* a) { return family_of(*a) == "term"; });
    std::string_view family;
    for (const RulePack::Active* active : order) {
      if (family_of(*active) != family) {
        store.clear();
        family = family_of(*active);
      }
      emitter.set_rule(active);
      active->rule->check(ctx, emitter);
    }
  }
  apply_inline_suppressions(doc, out);
  apply_path_overrides(doc.path(), pack.config(), out);
  // In document order: their indices are sorted, then each cycle of the permutation is followed
  // in place, so each finding moves about once and no second vector of findings is made.
  std::vector<uint32_t> order(out.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&out](uint32_t x, uint32_t y) {
    const Diagnostic& a = out[x];
    const Diagnostic& b = out[y];
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.code != b.code) return a.code < b.code;
    return a.span.end < b.span.end;
  });
  for (uint32_t start = 0; start < order.size(); ++start) {
    if (order[start] == start) continue;
    // Position k is to receive out[order[k]]; the finding first at `start` is held aside.
    Diagnostic held = std::move(out[start]);
    uint32_t k = start;
    while (order[k] != start) {
      const uint32_t from = order[k];
      out[k] = std::move(out[from]);
      order[k] = k;
      k = from;
    }
    out[k] = std::move(held);
    order[k] = k;
  }
  return out;
}

FixResult apply_fixes(std::string_view text, const std::vector<Diagnostic>& diagnostics) {
  std::vector<const Fix*> fixes;
  for (const auto& d : diagnostics) {
    if (!d.fixes.empty() && !d.fixes.front().edits.empty()) fixes.push_back(&d.fixes.front());
  }
  FixResult result;
  std::vector<Edit> taken;
  for (const Fix* f : fixes) {
    bool clash = false;
    for (const Edit& e : f->edits) {
      if (e.span.end > text.size() || e.span.begin > e.span.end) clash = true;
      for (const Edit& t : taken) {
        // Overlap, or two insertions at one point, would make the result depend on order.
        if (e.span.overlaps(t.span) || (e.span.begin == t.span.begin) ||
            (e.span.empty() && t.span.begin < e.span.begin && e.span.begin < t.span.end) ||
            (t.span.empty() && e.span.begin < t.span.begin && t.span.begin < e.span.end)) {
          clash = true;
        }
      }
    }
    if (clash) {
      ++result.skipped;
      continue;
    }
    taken.insert(taken.end(), f->edits.begin(), f->edits.end());
    ++result.applied;
  }
  std::sort(taken.begin(), taken.end(),
            [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
  result.text.reserve(text.size());
  uint32_t at = 0;
  for (const Edit& e : taken) {
    result.text.append(text.substr(at, e.span.begin - at));
    result.text += e.replacement;
    at = e.span.end;
  }
  result.text.append(text.substr(at));
  result.edits = std::move(taken);
  return result;
}

FixOutcome fix_document(const Document& doc, const RulePack& pack, int max_passes) {
  FixOutcome out{doc.text(), 0};
  for (int pass = 0; pass < max_passes; ++pass) {
    Document current(doc.path(), out.text, doc.encoding());
    FixResult r = apply_fixes(out.text, lint(current, pack));
    if (r.applied == 0 || r.text == out.text) break;
    out.applied += r.applied;
    out.text = std::move(r.text);
  }
  return out;
}

PackageFixOutcome fix_package(const Document& doc, const RulePack& pack, int max_passes) {
  PackageFixOutcome out;
  const DocxSource* src = docx_source(doc);
  out.package = src ? src->package : std::string();
  const Document* current = &doc;
  for (int pass = 0; pass < max_passes && src; ++pass) {
    DocxFixOutcome r = apply_docx_fixes(*current, lint(*current, pack));
    out.not_applied = r.not_applied.size();
    if (r.applied == 0) break;
    out.applied += r.applied;
    out.package = std::move(r.package);
    out.fixed = read_docx(doc.path(), out.package);
    current = out.fixed.get();
  }
  return out;
}

}  // namespace unlint
