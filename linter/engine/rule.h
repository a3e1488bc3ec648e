// The Rule interface and what a rule sees: the only header a rule needs.
// Rules never do I/O and never format output; their state is fixed when the RulePack is built.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "glossary/glossary.h"
#include "text/scan_view.h"
#include "text/yaml_tree.h"

namespace unlint {

class Resources;

// Everything a rule may read about one document.
struct Context {
  const Document& doc;
  const ScanView& view;
  const Glossary& glossary;
  const std::vector<TermMatch>& terms;  // glossary matches over the view, in order

  Span doc_span(const TermMatch& m) const { return view.to_doc(m.view_begin, m.view_end); }
};

// Where a rule's findings go. The engine stamps code and severity.
class Emitter {
 public:
  virtual ~Emitter() = default;
  virtual void emit(Span span, std::string message, std::vector<Fix> fixes = {},
                    std::vector<Related> related = {}) = 0;
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual void check(const Context& ctx, Emitter& out) const = 0;
};

// What a rule factory gets: its options from the rule pack (a YAML mapping, possibly null) and the
// bundled or configured rule data (rules/*.yaml). Factories throw Error on invalid options.
struct RuleSetup {
  const YamlNode& options;  // undefined when the pack sets none
  const Resources& resources;
};

struct RuleInfo {
  std::string_view code;      // "term.variant"
  std::string_view summary;   // one line, Chinese with English gloss
  std::string_view before;    // a tiny example the rule reports ...
  std::string_view after;     // ... and the text after its fix (empty when it offers none)
  std::function<std::unique_ptr<Rule>(const RuleSetup&)> make;
};

// Registration from a rule's own file; rules are linked as an OBJECT library so none is dropped.
bool register_rule(RuleInfo info);
// All registered rules, sorted by code.
const std::vector<RuleInfo>& registered_rules();
const RuleInfo* find_rule(std::string_view code);

}  // namespace unlint
