// Config: a team's .unlint.yaml, and the rule settings that rules/default.yaml also uses.
// Unknown keys and rule codes are errors with file:line:col, never silently ignored.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "text/yaml_tree.h"

namespace unlint {

struct RuleSetting {
  bool enabled = true;
  std::optional<Severity> severity;  // unset: keep the rule pack's
  YamlNode options;                  // rule-specific options (a mapping), may be undefined
  std::string options_file;          // where the options were written, for errors

  bool has_options() const { return options.IsMap(); }
};

// Rule settings for some paths only (`overrides:` in .unlint.yaml).
struct PathOverride {
  std::vector<std::string> paths;  // globs relative to the config's folder
  std::map<std::string, RuleSetting, std::less<>> rules;
};

struct Config {
  std::string path;  // the file it was read from; empty for the built-in defaults
  std::string dir;   // the folder relative paths in it are resolved against
  std::vector<std::string> glossaries;  // resolved paths
  bool bundled_glossaries = true;
  std::map<std::string, RuleSetting, std::less<>> rules;
  std::vector<std::string> accept;  // phrases never reported
  std::vector<std::string> ignore;  // path globs not linted
  std::vector<PathOverride> overrides;
  std::vector<std::shared_ptr<const YamlTree>> trees;  // keep rule options' YAML alive
};

// Parses YAML text of a .unlint.yaml; `name` is used in errors. Throws Error.
Config parse_config(std::string_view yaml_text, const std::string& name, const std::string& dir);
Config load_config(const std::string& path);
// The nearest .unlint.yaml from `start_dir` upward, if any.
std::optional<std::string> find_config(const std::string& start_dir);

// Parses a `rules:` mapping (code → off | severity | {severity, ...options}) into `out`.
void parse_rule_settings(const YamlNode& rules, const std::string& name,
                         std::map<std::string, RuleSetting, std::less<>>& out);

}  // namespace unlint
