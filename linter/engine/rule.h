// The Rule interface and what a rule sees: the only header a rule needs.
// Rules never do I/O and never format output; their state is fixed when the RulePack is built.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "glossary/glossary.h"
#include "text/scan_view.h"
#include "text/yaml_tree.h"

namespace unlint {

class Resources;

// Values made once and then shared: a family's data by the rules of one pack (RuleSetup::shared),
// a family's parse of one document by the rules that lint it (Context::shared). Each value is made
// by the first caller that asks for its type and key. Not thread-safe: a store serves one pack
// build or one lint() call.
class SharedStore {
 public:
  SharedStore() = default;
  SharedStore(const SharedStore&) = delete;
  SharedStore& operator=(const SharedStore&) = delete;

  // The T stored under `key`, made from `make()` (which returns a T, or a shared_ptr to one) by
  // the first call.
  template <class T, class Make>
  std::shared_ptr<const T> get(const void* key, Make&& make) const {
    for (const Entry& e : entries_) {
      if (e.key == key && *e.type == typeid(T)) return std::static_pointer_cast<const T>(e.value);
    }
    std::shared_ptr<const T> value;
    if constexpr (std::is_convertible_v<decltype(make()), std::shared_ptr<const T>>) {
      value = make();
    } else {
      value = std::make_shared<const T>(make());
    }
    entries_.push_back({key, &typeid(T), value});
    return value;
  }
  // Lets every value go (a value still held by a caller lives on with it).
  void clear() { entries_.clear(); }

 private:
  struct Entry {
    const void* key;
    const std::type_info* type;
    std::shared_ptr<const void> value;
  };
  mutable std::vector<Entry> entries_;
};

// Everything a rule may read about one document.
struct Context {
  const Document& doc;
  const ScanView& view;
  const Glossary& glossary;
  const SharedStore& store;  // this document's shared results; see shared()

  // Glossary matches over the view that a rule can use (Glossary::scan_for_rules), in order; the
  // view is scanned once, for the first rule that asks.
  const std::vector<TermMatch>& terms() const {
    return shared<std::vector<TermMatch>>(&glossary, [this] {
      std::vector<TermMatch> out;
      glossary.scan_for_rules(view, out);
      return out;
    });
  }
  // A result several rules of a family read (the paragraph structure, the dates, the symbols):
  // computed by `make()` for the first rule that asks, keyed by the data it is computed from (so
  // rules built with other data never share it), and kept until the document is linted.
  template <class T, class Make>
  const T& shared(const void* data, Make&& make) const {
    return *store.get<T>(data, std::forward<Make>(make));
  }

  Span doc_span(const TermMatch& m) const { return view.to_doc(m.view_begin, m.view_end); }
};

// Where a rule's findings go. The engine stamps code and severity.
class Emitter {
 public:
  virtual ~Emitter() = default;
  virtual void emit(Span span, Text message, std::vector<Fix> fixes = {},
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
  const SharedStore& store;  // see shared()

  // Data loaded once per pack and shared by the rules of a family (the grammar a family's parse
  // is computed from), so that they can share that parse through Context::shared. `make()`
  // returns a T or a shared_ptr to one; it runs for the first rule that asks. Data that a rule's
  // options change is not shared.
  template <class T, class Make>
  std::shared_ptr<const T> shared(Make&& make) const {
    return store.get<T>(nullptr, std::forward<Make>(make));
  }
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
