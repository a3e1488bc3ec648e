// term.traditional — a traditional character in simplified-Chinese text.
// 人權理事會 → 人权理事会
//
// Candidates come from a table generated at build time from ICU's Traditional-Simplified
// transliterator; a Han run holding one is run through the transliterator itself, and only the
// characters it changes are reported. Characters that simplified UN text also uses as they are
// (rules/traditional.yaml) are never reported.
#include <fmt/format.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <unordered_set>

#include "engine/resources.h"
#include "engine/rule.h"
#include "rules/options.h"
#include "text/utf8.h"

namespace unlint {

extern const uint32_t kTraditionalChars[];
extern const size_t kTraditionalCount;

namespace {

bool is_candidate(char32_t c) {
  return std::binary_search(kTraditionalChars, kTraditionalChars + kTraditionalCount,
                            static_cast<uint32_t>(c));
}

icu::Transliterator* transliterator() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> p(icu::Transliterator::createInstance(
        "Traditional-Simplified", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(p) : nullptr;
  }();
  return t.get();
}

class TermTraditional final : public Rule {
 public:
  explicit TermTraditional(std::unordered_set<char32_t> allowed) : allowed_(std::move(allowed)) {
    for (size_t k = 0; k < kTraditionalCount; ++k) {
      char32_t c = kTraditionalChars[k];
      if (c < 0x10000 && utf8::is_han(c) && !allowed_.count(c)) {
        reportable_bmp_[c >> 6] |= uint64_t{1} << (c & 63);
      }
    }
  }

  void check(const Context& ctx, Emitter& out) const override {
    std::string_view text = ctx.doc.text();
    size_t i = 0;
    while (i < text.size()) {
      // Find the next Han character that may be reported, then the Han run that holds it.
      if (static_cast<unsigned char>(text[i]) < 0x80) {
        ++i;
        continue;
      }
      size_t at = i;
      char32_t c = utf8::next(text, i);
      if (!reportable(c)) continue;
      size_t run_begin = at;
      while (run_begin > 0) {
        size_t k = run_begin;
        if (!utf8::is_han(utf8::prev(text, k))) break;
        run_begin = k;
      }
      size_t run_end = i;
      while (run_end < text.size()) {
        size_t k = run_end;
        if (!utf8::is_han(utf8::next(text, k))) break;
        run_end = k;
      }
      i = run_end;
      report_run(ctx, out, run_begin, run_end);
    }
  }

 private:
  // A Han character that is a candidate and not allowed.
  bool reportable(char32_t c) const {
    if (c < 0x10000) return (reportable_bmp_[c >> 6] >> (c & 63)) & 1;
    return utf8::is_han(c) && is_candidate(c) && !allowed_.count(c);
  }

  void report_run(const Context& ctx, Emitter& out, size_t begin, size_t end) const {
    icu::Transliterator* t = transliterator();
    if (t == nullptr) return;
    std::string_view run = std::string_view(ctx.doc.text()).substr(begin, end - begin);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(run.data(), static_cast<int32_t>(run.size())));
    icu::UnicodeString s(u);
    t->transliterate(s);
    if (s.countChar32() != u.countChar32()) return;  // not a one-to-one change: leave it
    size_t pos = begin;
    int32_t ui = 0, si = 0;
    while (ui < u.length()) {
      UChar32 from = u.char32At(ui), to = s.char32At(si);
      size_t next = pos + utf8::encode(static_cast<char32_t>(from)).size();
      if (from != to && !allowed_.count(static_cast<char32_t>(from))) {
        std::string was = utf8::encode(static_cast<char32_t>(from));
        std::string now = utf8::encode(static_cast<char32_t>(to));
        Span span{static_cast<uint32_t>(pos), static_cast<uint32_t>(next)};
        out.emit(span,
                 fmt::format("繁体字“{}”，简体中文文本应写作“{}”。(traditional character; use “{}”)",
                             was, now, now),
                 {Fix{fmt::format("改为“{}” (use “{}”)", now, now), {Edit{span, now}}}});
      }
      pos = next;
      ui = u.moveIndex32(ui, 1);
      si = s.moveIndex32(si, 1);
    }
  }

  std::unordered_set<char32_t> allowed_;
  std::array<uint64_t, 1024> reportable_bmp_{};  // reportable() for the BMP
};

std::unordered_set<char32_t> load_allowed(const RuleSetup& setup) {
  std::unordered_set<char32_t> allowed;
  const std::string name = "rules/traditional.yaml";
  auto tree = setup.resources.tree(name);
  if (!tree) return allowed;
  YamlNode list = tree->root()["allowed"];
  if (!list || !list.IsSequence()) {
    throw Error(name, 1, 1, "expected 'allowed': a list of characters");
  }
  for (const auto& item : list) {
    std::string s = item["char"] ? item["char"].Scalar() : item.Scalar();
    size_t k = 0;
    if (s.empty()) continue;
    allowed.insert(utf8::next(s, k));
  }
  return allowed;
}

const bool registered = register_rule({
    .code = "term.traditional",
    .summary = "简体文本中的繁体字 (traditional character in simplified-Chinese text)",
    .before = "人權理事會",
    .after = "人权理事会",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "term.traditional");
      return std::make_unique<TermTraditional>(load_allowed(setup));
    },
});

}  // namespace
}  // namespace unlint
