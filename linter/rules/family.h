// What the rules of one family share: the family's data, loaded once per rule pack, and the
// family's parse of a document, made once per document by the first of its rules that asks
// (Context::shared). A document is parsed once per family, however many of its rules are on.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dates/date_parser.h"
#include "engine/resources.h"
#include "engine/rule.h"
#include "structure/numbering_spec.h"
#include "structure/paragraphs.h"
#include "symbols/citation.h"
#include "symbols/registry.h"
#include "symbols/symbol_grammar.h"

namespace unlint::family {

// rules/numbering.yaml: the numbering.* rules.
inline std::shared_ptr<const NumberingSpec> numbering_spec(const RuleSetup& setup) {
  return setup.shared<NumberingSpec>([&] { return load_numbering_spec(setup.resources); });
}

// rules/dates.yaml: the date.* rules.
inline std::shared_ptr<const dates::DateGrammar> date_grammar(const RuleSetup& setup) {
  return setup.shared<dates::DateGrammar>(
      [&] { return dates::DateGrammar::load(setup.resources); });
}

// rules/symbols.yaml: symbol.malformed and symbol.unknown-series.
inline std::shared_ptr<const symbols::SymbolRegistry> symbol_registry(const RuleSetup& setup) {
  return setup.shared<symbols::SymbolRegistry>([&] {
    constexpr std::string_view kFile = "rules/symbols.yaml";
    return symbols::SymbolRegistry::load(setup.resources.required_tree(kFile)->root(), kFile);
  });
}

// rules/sessions.yaml: symbol.citation and symbol.session-date.
inline std::shared_ptr<const symbols::SessionCalendar> session_calendar(const RuleSetup& setup) {
  return setup.shared<symbols::SessionCalendar>([&] {
    constexpr std::string_view kFile = "rules/sessions.yaml";
    return symbols::SessionCalendar::load(setup.resources.required_tree(kFile)->root(), kFile);
  });
}

// The paragraph structure of the document.
inline const Structure& structure(const Context& ctx, const NumberingSpec& spec) {
  return ctx.shared<Structure>(&spec, [&] { return parse_structure(ctx.doc, spec); });
}

// Every date in the view, in order.
inline const std::vector<dates::DateMatch>& dates(const Context& ctx,
                                                  const dates::DateGrammar& grammar) {
  return ctx.shared<std::vector<dates::DateMatch>>(
      &grammar, [&] { return dates::find_dates(ctx.view.text(), grammar); });
}

// Every symbol-shaped string in the view with something to report (malformed, or of an unknown
// series); the well-formed ones, which no rule reports, are not kept.
inline const std::vector<symbols::SymbolFinding>& symbols(const Context& ctx,
                                                          const symbols::SymbolRegistry& reg) {
  return ctx.shared<std::vector<symbols::SymbolFinding>>(&reg, [&] {
    std::vector<symbols::SymbolFinding> found;
    symbols::scan_symbols(reg, ctx.view, ctx.doc.text(), found, /*valid_too=*/false);
    return found;
  });
}

// Every resolution or decision citation in the view, in order.
inline const std::vector<symbols::Citation>& citations(const Context& ctx,
                                                       const symbols::SessionCalendar& cal) {
  return ctx.shared<std::vector<symbols::Citation>>(&cal, [&] {
    std::vector<symbols::Citation> found;
    symbols::find_citations(cal, ctx.view, ctx.doc.text(), found);
    return found;
  });
}

}  // namespace unlint::family
