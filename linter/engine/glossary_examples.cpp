#include "engine/glossary_examples.h"

#include "core/document.h"
#include "engine/lint.h"
#include "engine/resources.h"

namespace unlint {

std::vector<GlossaryText> bundled_glossary_texts() {
  std::vector<GlossaryText> out;
  for (const auto& f : Resources::bundled().under("glossaries")) {
    if (f.name.ends_with(".yaml")) out.push_back({std::string(f.name), std::string(f.text), ""});
  }
  return out;
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

}  // namespace unlint
