#include "cli/command.h"

#include <algorithm>

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
}

Config ConfigOptions::resolve() const {
  if (!config_path.empty()) return load_config(config_path);
  if (!no_config) {
    if (auto found = find_config(".")) return load_config(*found);
  }
  return Config{};
}

}  // namespace unlint
