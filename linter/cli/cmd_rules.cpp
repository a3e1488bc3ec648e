// unlint rules: the rule table from the registry and rules/default.yaml (the README's table).
#include <iostream>

#include "cli/command.h"
#include "engine/rule_pack.h"

namespace unlint {
namespace {

// A table cell: line breaks shown as ⏎, pipes escaped.
std::string cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') {
      out += "⏎";
    } else if (c == '|') {
      out += "\\|";
    } else {
      out += c;
    }
  }
  return out;
}

int run_rules(const std::string& format) {
  auto pack = RulePack::build(Config{});
  if (format == "markdown") {
    std::cout << "| code | default | what it reports | before | after |\n|---|---|---|---|---|\n";
  }
  for (const RuleInfo& info : registered_rules()) {
    auto sev = pack->severity_of(info.code);
    std::string level = sev ? std::string(severity_name(*sev)) : "off";
    if (format == "markdown") {
      std::cout << "| `" << info.code << "` | " << level << " | " << cell(info.summary) << " | "
                << cell(info.before) << " | " << cell(info.after) << " |\n";
    } else {
      std::cout << info.code << "\t" << level << "\t" << info.summary << "\n";
    }
  }
  return kExitClean;
}

const bool registered = register_command({
    .name = "rules",
    .help = "list the rules: code, default severity, what each reports",
    .order = 80,
    .setup = [](CLI::App* sub) -> std::function<int()> {
      auto format = std::make_shared<std::string>("text");
      sub->add_option("--format", *format, "text, or markdown (the README's table)")
          ->check(CLI::IsMember({"text", "markdown"}));
      return [format] { return run_rules(*format); };
    },
});

}  // namespace
}  // namespace unlint
