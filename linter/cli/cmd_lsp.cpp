// unlint lsp: the Language Server Protocol server on standard input and output.
#include <signal.h>
#include <unistd.h>

#include <iostream>

#include "cli/command.h"
#include "lsp/jsonrpc.h"
#include "lsp/server.h"

namespace unlint {
namespace {

struct LspOptions {
  int debounce_ms = 150;
  bool quiet = false;
  bool stdio = true;
};

int run_lsp(const LspOptions& o) {
  // A client that closes the pipe must not kill the server mid-write; write() reports it instead.
  ::signal(SIGPIPE, SIG_IGN);
  lsp::FdTransport transport(STDIN_FILENO, STDOUT_FILENO);
  lsp::ServerOptions options;
  options.debounce_ms = o.debounce_ms;
  options.log = o.quiet ? nullptr : &std::cerr;
  lsp::Server server(transport, options);
  return server.run();
}

const bool registered = register_command({
    .name = "lsp",
    .help = "run the Language Server Protocol server on standard input and output (for editors)",
    .order = 60,
    .setup = [](CLI::App* sub) -> std::function<int()> {
      auto o = std::make_shared<LspOptions>();
      sub->add_option("--debounce", o->debounce_ms,
                      "milliseconds of quiet after an edit before linting (default 150)")
          ->check(CLI::Range(0, 10000));
      sub->add_flag("-q,--quiet", o->quiet, "log nothing to standard error");
      // Some clients pass --stdio to every server; accept it.
      sub->add_flag("--stdio", o->stdio,
                    "talk over standard input and output (the only transport)");
      return [o] { return run_lsp(*o); };
    },
});

}  // namespace
}  // namespace unlint
