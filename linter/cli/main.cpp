// unlint: the command line. Each subcommand lives in its own cmd_*.cpp and registers itself.
#include <cstdlib>
#include <iostream>

#include "cli/command.h"
#include "core/error.h"
#include "version.h"

int main(int argc, char** argv) {
  using namespace unlint;
  CLI::App app{"unlint — a linter for Chinese-language United Nations documents"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("unlint ") + kVersion);
  std::vector<std::pair<CLI::App*, std::function<int()>>> runners;
  for (const CommandInfo& c : registered_commands()) {
    CLI::App* sub = app.add_subcommand(c.name, c.help);
    runners.emplace_back(sub, c.setup(sub));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitClean : kExitError;
  }
  try {
    for (auto& [sub, run] : runners) {
      if (!*sub) continue;
      int rc = run();
      // Everything is written and closed: skip tearing down the rule pack and glossary, which
      // would only cost start-up-sized time on every pre-commit run.
      std::cout.flush();
      std::cerr.flush();
      std::_Exit(rc);
    }
  } catch (const Error& e) {
    std::cerr << "unlint: " << e.where_and_what() << "\n";
    return kExitError;
  } catch (const std::exception& e) {
    std::cerr << "unlint: " << e.what() << "\n";
    return kExitError;
  }
  return kExitError;
}
