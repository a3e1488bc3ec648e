#include "engine/rule_pack.h"

#include "core/error.h"
#include "engine/resources.h"
#include "text/decode.h"
#include "text/files.h"
#include "version.h"

#include <filesystem>
#include <fmt/format.h>

namespace unlint {

std::shared_ptr<const RulePack> RulePack::build(const Config& config,
                                                const std::vector<std::string>& extra_glossaries,
                                                const std::string& cache_dir) {
  auto pack = std::shared_ptr<RulePack>(new RulePack());
  pack->config_ = config;
  const Resources& res = Resources::bundled();

  // Rule settings: the bundled default pack, then the team's overrides.
  std::map<std::string, RuleSetting, std::less<>> settings;
  const std::string default_name = "rules/default.yaml";
  auto default_tree = res.required_tree(default_name);
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

  // Glossaries: from the compiled cache when it holds exactly these sources, else from YAML.
  struct Source {
    std::string name;
    std::string text;  // for user files; bundled ones use their compiled tree
    const ResourceFile* bundled = nullptr;
  };
  std::vector<Source> sources;
  std::vector<ResourceFile> bundled = res.under("glossaries");
  if (config.bundled_glossaries) {
    for (const auto& f : bundled) {
      if (f.name.ends_with(".yaml")) sources.push_back({std::string(f.name), {}, &f});
    }
  }
  std::vector<std::string> files = config.glossaries;
  files.insert(files.end(), extra_glossaries.begin(), extra_glossaries.end());
  for (const auto& path : files) sources.push_back({path, read_file(path), nullptr});

  uint64_t key = 1469598103934665603ull;  // FNV-1a over every input that shapes the glossary
  auto mix = [&key](std::string_view s) {
    for (unsigned char c : s) key = (key ^ c) * 1099511628211ull;
    key = (key ^ 0xFF) * 1099511628211ull;
  };
  mix(kVersion);
  for (const auto& src : sources) {
    mix(src.name);
    mix(src.bundled ? src.bundled->text : std::string_view(src.text));
  }
  for (const auto& phrase : config.accept) mix(phrase);
  std::string cache_file;
  if (!cache_dir.empty()) {
    cache_file = fmt::format("{}/glossary-{:016x}.bin", cache_dir, key);
    std::string bytes;
    try {
      bytes = read_file(cache_file);
    } catch (const Error&) {
    }
    if (!bytes.empty()) {
      pack->glossary_ = Glossary::from_bytes(std::move(bytes));
      pack->glossary_from_cache_ = pack->glossary_ != nullptr;
    }
  }
  if (!pack->glossary_) {
    pack->glossary_ = std::make_unique<Glossary>();
    for (const auto& src : sources) {
      if (src.bundled) {
        pack->glossary_->add_tree(YamlTree::from_bytes(src.bundled->tree)->root(), src.name);
      } else {
        pack->glossary_->add_yaml(src.text, src.name);
      }
    }
    for (const auto& phrase : config.accept) pack->glossary_->add_accepted_phrase(phrase);
    pack->glossary_->build();
    if (!cache_file.empty()) {
      try {
        std::filesystem::create_directories(cache_dir);
        write_file_atomically(cache_file, pack->glossary_->to_bytes());
      } catch (const std::exception&) {
        // A cache that cannot be written only costs time on the next run.
      }
    }
  }

  // Rules, in code order.
  SharedStore family_data;
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
    RuleSetup setup{s.options, res, family_data};
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
