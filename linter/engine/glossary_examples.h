// What `unlint glossary check` runs glossaries against: the bundled glossary texts, the examples
// runner that lints a glossary's before→after examples with a real rule pack, and reference
// texts of correct usage.
#pragma once

#include <memory>
#include <vector>

#include "engine/rule_pack.h"
#include "glossary/tooling.h"

namespace unlint {

// The glossaries bundled into the binary, as texts.
std::vector<GlossaryText> bundled_glossary_texts();

// The rule pack glossaries are checked with: the default pack when `files` is empty (the bundled
// glossaries), else a pack of exactly those glossary files.
std::shared_ptr<const RulePack> pack_for_checked_glossaries(const std::vector<std::string>& files);

// Lints an example with `pack`; only term.* findings count and are fixed (an example tests the
// glossary, not the punctuation or numbering of its sample sentence).
ExampleRunner term_example_runner(std::shared_ptr<const RulePack> pack);

// Lints reference texts — documents taken as correct, such as issued UN documents — with `pack`.
// Every term.variant finding in them is a warning at its place in the reference text: that
// variant also occurs in correct text (a word the UN uses, or a form that straddles two words),
// so its concept needs an exception phrase for that context, or the variant must go. Files are
// read and decoded as `unlint check` reads them; throws Error when one cannot be read.
std::vector<GlossaryIssue> reference_text_issues(const RulePack& pack,
                                                 const std::vector<std::string>& paths);

}  // namespace unlint
