// RulePack: glossaries + enabled rules + severities, built once, immutable, shared by threads
// (nightly report) and open documents (LSP server).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/config.h"
#include "engine/rule.h"

namespace unlint {

class RulePack {
 public:
  struct Active {
    const RuleInfo* info;
    Severity severity;
    std::unique_ptr<Rule> rule;
  };

  // Builds the pack from rules/default.yaml, the bundled glossaries, the team config and any
  // extra glossary files. Throws Error naming the file (and line, column) on any problem.
  // `cache_dir`: where compiled glossaries are kept between runs (keyed by a hash of their YAML,
  // rebuilt when stale); empty for no cache. A cache that cannot be read or written is skipped.
  static std::shared_ptr<const RulePack> build(const Config& config,
                                               const std::vector<std::string>& extra_glossaries = {},
                                               const std::string& cache_dir = {});

  const Glossary& glossary() const { return *glossary_; }
  const std::vector<Active>& rules() const { return rules_; }
  const Config& config() const { return config_; }
  // Severity of `code` in this pack, or nullopt when the rule is off or unknown.
  std::optional<Severity> severity_of(std::string_view code) const;

 private:
  Config config_;
  std::unique_ptr<Glossary> glossary_;
  bool glossary_from_cache_ = false;

 public:
  bool glossary_from_cache() const { return glossary_from_cache_; }

 private:
  std::vector<Active> rules_;
};

}  // namespace unlint
