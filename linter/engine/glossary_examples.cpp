#include "engine/glossary_examples.h"

#include <fmt/format.h>

#include "core/document.h"
#include "engine/lint.h"
#include "engine/resources.h"
#include "text/decode.h"
#include "text/utf8.h"

namespace unlint {

std::vector<GlossaryText> bundled_glossary_texts() {
  std::vector<GlossaryText> out;
  for (const auto& f : Resources::bundled().under("glossaries")) {
    if (f.name.ends_with(".yaml")) out.push_back({std::string(f.name), std::string(f.text), ""});
  }
  return out;
}

std::shared_ptr<const RulePack> pack_for_checked_glossaries(const std::vector<std::string>& files) {
  Config config;
  if (!files.empty()) {
    config.bundled_glossaries = false;
    config.glossaries = files;
  }
  return RulePack::build(config);
}

ExampleRunner term_example_runner(std::shared_ptr<const RulePack> pack) {
  return [pack](const std::string& text) {
    Document doc("example", text);
    std::vector<Diagnostic> term;
    ExampleRun run;
    for (auto& d : lint(doc, *pack)) {
      if (!d.code.starts_with("term.")) continue;
      run.findings.push_back(d.code + " " + d.message.str());
      term.push_back(std::move(d));
    }
    run.fixed = apply_fixes(text, term).text;
    return run;
  };
}

namespace {

// Up to `n` code points of `text` before `begin` and after `end`, on the same line, around the
// finding: "…的能力建设…".
std::string context_of(std::string_view text, uint32_t begin, uint32_t end, int n) {
  size_t b = begin;
  for (int i = 0; i < n && b > 0 && text[b - 1] != '\n'; ++i) utf8::prev(text, b);
  size_t e = end;
  for (int i = 0; i < n && e < text.size() && text[e] != '\n' && text[e] != '\r'; ++i) {
    utf8::next(text, e);
  }
  return std::string(text.substr(b, e - b));
}

}  // namespace

std::vector<GlossaryIssue> reference_text_issues(const RulePack& pack,
                                                 const std::vector<std::string>& paths) {
  std::vector<GlossaryIssue> out;
  for (const auto& path : paths) {
    std::unique_ptr<Document> doc = read_document(path);
    for (const Diagnostic& d : lint(*doc, pack)) {
      if (d.code.str() != "term.variant") continue;
      Position p = doc->lines().position(d.span.begin);
      std::string fix;  // "; 改为“民间社会” (use “民间社会”)"
      if (!d.fixes.empty()) fix = "; " + d.fixes.front().title.str();
      out.push_back(
          {GlossaryIssue::Level::kWarning,
           {path, static_cast<int>(p.line + 1), static_cast<int>(p.code_point + 1)},
           fmt::format("variant '{}' occurs in this reference text of correct usage («{}»{}): "
                       "give its concept an exception phrase for this context, or leave the "
                       "variant out",
                       doc->slice(d.span), context_of(doc->text(), d.span.begin, d.span.end, 8),
                       fix)});
    }
  }
  return out;
}

}  // namespace unlint
