// Helpers for the glossary tests: the bundled glossary texts and an example runner built from a
// rule pack, as `unlint glossary check` makes them.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "engine/lint.h"
#include "engine/resources.h"
#include "engine/rule_pack.h"
#include "glossary/tooling.h"

namespace unlint::testing {

inline std::vector<GlossaryText> bundled_glossary_texts() {
  std::vector<GlossaryText> out;
  for (const auto& f : Resources::bundled().under("glossaries")) {
    if (f.name.ends_with(".yaml")) out.push_back({std::string(f.name), std::string(f.text), ""});
  }
  return out;
}

inline ExampleRunner example_runner(std::shared_ptr<const RulePack> pack) {
  return [pack](const std::string& text) {
    Document doc("example", text);
    std::vector<Diagnostic> term;
    ExampleRun run;
    for (auto& d : lint(doc, *pack)) {
      if (!d.code.starts_with("term.")) continue;
      run.findings.push_back(d.code + " " + d.message);
      term.push_back(std::move(d));
    }
    run.fixed = apply_fixes(text, term).text;
    return run;
  };
}

// Examples run with a pack of exactly `paths` (no bundled glossaries), or the default pack.
inline GlossaryCheckOptions with_examples(std::vector<std::string> paths = {}) {
  GlossaryCheckOptions o;
  o.examples = [paths] {
    Config config;
    if (!paths.empty()) {
      config.bundled_glossaries = false;
      config.glossaries = paths;
    }
    return example_runner(RulePack::build(config));
  };
  return o;
}

}  // namespace unlint::testing
