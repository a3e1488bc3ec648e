// Subcommands register themselves here (one file per command: cmd_check.cpp, cmd_rules.cpp, ...)
// and main() wires them into CLI11. Linked as an OBJECT library so no registration is dropped.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "engine/config.h"

namespace unlint {

// Documented exit codes (README, "Exit codes").
constexpr int kExitClean = 0;     // nothing at or above the fail level
constexpr int kExitFindings = 1;  // findings at or above the fail level
constexpr int kExitError = 2;     // usage, configuration or I/O error

struct CommandInfo {
  std::string name;
  std::string help;
  int order = 100;  // place in `unlint --help`
  // Adds the command's options to `sub` and returns what runs it. The runner may throw Error
  // (reported by main as `unlint: file:line:col: message`, exit 2).
  std::function<std::function<int()>(CLI::App* sub)> setup;
};

bool register_command(CommandInfo info);
const std::vector<CommandInfo>& registered_commands();

// Options every command that lints shares: --config, --no-config, --glossary.
struct ConfigOptions {
  std::string config_path;
  bool no_config = false;
  std::vector<std::string> glossaries;

  void add_to(CLI::App* sub);
  // The team config: --config, else .unlint.yaml from the current folder upward, else defaults.
  Config resolve() const;
};

}  // namespace unlint
