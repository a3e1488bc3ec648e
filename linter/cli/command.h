// Subcommands register themselves here (one file per command: cmd_check.cpp, cmd_rules.cpp, ...)
// and main() wires them into CLI11. Linked as an OBJECT library so no registration is dropped.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "engine/config.h"
#include "engine/rule_pack.h"

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

// Options every command that lints shares: --config, --no-config, --glossary, --cache-dir,
// --no-cache.
struct ConfigOptions {
  std::string config_path;
  bool no_config = false;
  std::vector<std::string> glossaries;
  std::string cache_dir;
  bool no_cache = false;

  void add_to(CLI::App* sub);
  // The team config: --config, else .unlint.yaml from the current folder upward, else defaults.
  Config resolve() const;
  // The folder for compiled glossaries: --cache-dir, else $UNLINT_CACHE_DIR, else
  // $XDG_CACHE_HOME/unlint, else ~/.cache/unlint; empty with --no-cache.
  std::string resolved_cache_dir() const;
  // The rule pack for `config` with these options' glossaries and cache.
  std::shared_ptr<const RulePack> build_pack(const Config& config) const;
};

}  // namespace unlint
