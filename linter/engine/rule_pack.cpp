#include "engine/rule_pack.h"

#include "core/error.h"
#include "engine/resources.h"
#include "text/decode.h"

namespace unlint {

std::shared_ptr<const RulePack> RulePack::build(const Config& config,
                                                const std::vector<std::string>& extra_glossaries) {
  auto pack = std::shared_ptr<RulePack>(new RulePack());
  pack->config_ = config;
  const Resources& res = Resources::bundled();

  // Rule settings: the bundled default pack, then the team's overrides.
  std::map<std::string, RuleSetting, std::less<>> settings;
  const std::string default_name = "rules/default.yaml";
  if (!res.tree(default_name)) throw Error(default_name, 0, 0, "bundled rule pack is missing");
  auto default_tree = res.tree(default_name);
  pack->config_.trees.push_back(default_tree);
  YamlNode root = default_tree->root();
  if (!root.IsMap() || !root["rules"]) throw Error(default_name, 1, 1, "expected 'rules'");
  parse_rule_settings(root["rules"], default_name, settings);
  for (const auto& [code, s] : config.rules) {
    RuleSetting& base = settings[code];
    base.enabled = s.enabled;
    if (s.severity) base.severity = s.severity;
    if (s.has_options()) {
      base.options = s.options;
      base.options_file = s.options_file;
    }
  }

  // Glossaries.
  pack->glossary_ = std::make_unique<Glossary>();
  if (config.bundled_glossaries) {
    for (const auto& f : res.under("glossaries")) {
      if (f.name.ends_with(".yaml")) {
        pack->glossary_->add_tree(YamlTree::from_bytes(f.tree)->root(), std::string(f.name));
      }
    }
  }
  std::vector<std::string> files = config.glossaries;
  files.insert(files.end(), extra_glossaries.begin(), extra_glossaries.end());
  for (const auto& path : files) pack->glossary_->add_yaml(read_file(path), path);
  for (const auto& phrase : config.accept) pack->glossary_->add_accepted_phrase(phrase);
  pack->glossary_->build();

  // Rules, in code order.
  for (const RuleInfo& info : registered_rules()) {
    auto it = settings.find(info.code);
    if (it == settings.end()) {
      throw Error(default_name, 0, 0, "rule '" + std::string(info.code) + "' is not listed");
    }
    const RuleSetting& s = it->second;
    if (!s.enabled) continue;
    if (!s.severity) {
      throw Error(default_name, 0, 0, "rule '" + std::string(info.code) + "' has no severity");
    }
    RuleSetup setup{s.options, res};
    std::unique_ptr<Rule> rule;
    try {
      rule = info.make(setup);
    } catch (const Error& e) {
      if (!e.file().empty()) throw;
      throw Error(s.options_file.empty() ? default_name : s.options_file, e.line(), e.column(),
                  e.what());
    }
    pack->rules_.push_back({&info, *s.severity, std::move(rule)});
  }
  return pack;
}

std::optional<Severity> RulePack::severity_of(std::string_view code) const {
  for (const auto& a : rules_) {
    if (a.info->code == code) return a.severity;
  }
  return std::nullopt;
}

}  // namespace unlint
