// unlint rules: the rule table from the registry and rules/default.yaml (the README's table).
#include <iostream>

#include "cli/command.h"
#include "engine/rule_pack.h"

namespace unlint {
namespace {

int run_rules(const std::string& format) {
  auto pack = RulePack::build(Config{});
  if (format == "markdown") {
    std::cout << "| code | default | what it reports | before | after |\n|---|---|---|---|---|\n";
  }
  for (const RuleInfo& info : registered_rules()) {
    auto sev = pack->severity_of(info.code);
    std::string level = sev ? std::string(severity_name(*sev)) : "off";
    if (format == "markdown") {
      std::cout << "| `" << info.code << "` | " << level << " | " << info.summary << " | "
                << info.before << " | " << info.after << " |\n";
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
