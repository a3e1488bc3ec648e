// What `unlint glossary check` runs glossaries against: the bundled glossary texts, and the
// examples runner that lints a glossary's before→after examples with a real rule pack.
#pragma once

#include <memory>
#include <vector>

#include "engine/rule_pack.h"
#include "glossary/tooling.h"

namespace unlint {

// The glossaries bundled into the binary, as texts.
std::vector<GlossaryText> bundled_glossary_texts();

// Lints an example with `pack`; only term.* findings count and are fixed (an example tests the
// glossary, not the punctuation or numbering of its sample sentence).
ExampleRunner term_example_runner(std::shared_ptr<const RulePack> pack);

}  // namespace unlint
