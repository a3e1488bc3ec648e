// Helpers for the glossary tests: the bundled glossary texts and an example runner built from a
// rule pack, as `unlint glossary check` makes them.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "engine/glossary_examples.h"
#include "engine/lint.h"
#include "engine/resources.h"
#include "engine/rule_pack.h"
#include "glossary/tooling.h"

namespace unlint::testing {

inline ExampleRunner example_runner(std::shared_ptr<const RulePack> pack) {
  return term_example_runner(std::move(pack));
}

// Examples run with a pack of exactly `paths` (no bundled glossaries), or the default pack.
inline GlossaryCheckOptions with_examples(std::vector<std::string> paths = {}) {
  GlossaryCheckOptions o;
  o.examples = [paths] { return example_runner(pack_for_checked_glossaries(paths)); };
  return o;
}

}  // namespace unlint::testing
