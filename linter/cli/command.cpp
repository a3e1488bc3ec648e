#include "cli/command.h"

#include <algorithm>
#include <cstdlib>

namespace unlint {

namespace {
std::vector<CommandInfo>& commands() {
  static std::vector<CommandInfo> c;
  return c;
}
}  // namespace

bool register_command(CommandInfo info) {
  commands().push_back(std::move(info));
  std::stable_sort(commands().begin(), commands().end(),
                   [](const CommandInfo& a, const CommandInfo& b) { return a.order < b.order; });
  return true;
}

const std::vector<CommandInfo>& registered_commands() { return commands(); }

void ConfigOptions::add_to(CLI::App* sub) {
  sub->add_option("--config", config_path,
                  "configuration file (default: .unlint.yaml found from the current folder up)");
  sub->add_flag("--no-config", no_config, "ignore any .unlint.yaml");
  sub->add_option("--glossary", glossaries, "an extra glossary YAML file (repeatable)");
  sub->add_option("--cache-dir", cache_dir,
                  "where compiled glossaries are kept (default: $XDG_CACHE_HOME/unlint)");
  sub->add_flag("--no-cache", no_cache, "build the glossaries from YAML; read and write no cache");
}

std::string ConfigOptions::resolved_cache_dir() const {
  if (no_cache) return {};
  if (!cache_dir.empty()) return cache_dir;
  if (const char* d = std::getenv("UNLINT_CACHE_DIR"); d && *d) return d;
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return std::string(x) + "/unlint";
  if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.cache/unlint";
  return {};
}

std::shared_ptr<const RulePack> ConfigOptions::build_pack(const Config& config) const {
  return RulePack::build(config, glossaries, resolved_cache_dir());
}

Config ConfigOptions::resolve() const {
  if (!config_path.empty()) return load_config(config_path);
  if (!no_config) {
    if (auto found = find_config(".")) return load_config(*found);
  }
  return Config{};
}

}  // namespace unlint
