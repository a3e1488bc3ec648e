// unlint check: lint files and folders, print text or LSP-shaped JSON, exit 0/1/2.
#include <unistd.h>

#include <iostream>
#include <optional>
#include <iterator>

#include "cli/command.h"
#include "cli/inputs.h"
#include "core/error.h"
#include "engine/baseline.h"
#include "engine/lint.h"
#include "report/json_reporter.h"
#include "report/text_reporter.h"
#include "text/decode.h"

namespace unlint {
namespace {

struct CheckOptions {
  ConfigOptions config;
  std::vector<std::string> paths;
  std::string format = "text";
  std::string fail_level = "warning";
  std::string color = "auto";
  bool quiet = false;
  std::string stdin_filename;
  std::string encoding;
  std::string baseline;
  std::string write_baseline;
};

bool use_color(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* term = std::getenv("TERM");
  return ::isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr &&
         !(term && std::string_view(term) == "dumb");
}

int run_check(const CheckOptions& o) {
  Config config = o.config.resolve();
  auto pack = o.config.build_pack(config);
  Severity fail_at = Severity::kWarning;
  parse_severity(o.fail_level, &fail_at);

  std::optional<Baseline> baseline;
  if (!o.baseline.empty()) baseline = Baseline::load(o.baseline);
  InputList inputs = collect_inputs(o.paths, config);
  bool io_error = false;
  for (const auto& m : inputs.missing) {
    std::cerr << "unlint: " << m << ": no such file or directory\n";
    io_error = true;
  }
  std::vector<FileResult> results;
  for (const auto& path : inputs.files) {
    FileResult r;
    r.path = path == "-" ? (o.stdin_filename.empty() ? "<stdin>" : o.stdin_filename) : path;
    try {
      if (path == "-") {
        std::string bytes((std::istreambuf_iterator<char>(std::cin)),
                          std::istreambuf_iterator<char>());
        r.doc = decode_document(r.path, bytes, o.encoding);
      } else {
        r.doc = read_document(path, o.encoding);
      }
      r.diagnostics = lint(*r.doc, *pack);
    } catch (const Error& e) {
      r.error = e.what();
      std::cerr << "unlint: " << e.where_and_what() << "\n";
      io_error = true;
    }
    results.push_back(std::move(r));
  }
  if (!o.write_baseline.empty()) {
    Baseline::from_results(results).save(o.write_baseline);
    std::cerr << "unlint: wrote " << o.write_baseline << "\n";
  }
  if (baseline) {
    for (auto& r : results) baseline->filter(r.path, r.diagnostics);
  }
  if (o.format == "json") {
    std::cout << results_json(results).dump(2) << "\n";
  } else {
    std::cout << format_text(results, {use_color(o.color), o.quiet});
  }
  std::cout.flush();
  if (io_error) return kExitError;
  for (const auto& r : results) {
    for (const auto& d : r.diagnostics) {
      if (static_cast<int>(d.severity) <= static_cast<int>(fail_at)) return kExitFindings;
    }
  }
  return kExitClean;
}

const bool registered = register_command({
    .name = "check",
    .help = "lint files and folders (*.txt, *.md); - reads standard input",
    .order = 10,
    .setup = [](CLI::App* sub) -> std::function<int()> {
      auto o = std::make_shared<CheckOptions>();
      sub->add_option("paths", o->paths, "files or folders; - reads standard input")->required();
      sub->add_option("--format", o->format, "output format")
          ->check(CLI::IsMember({"text", "json"}));
      sub->add_option("--fail-level", o->fail_level, "lowest severity that makes the exit code 1")
          ->check(CLI::IsMember({"error", "warning", "info", "hint"}));
      sub->add_option("--color", o->color, "colour the text output")
          ->check(CLI::IsMember({"auto", "always", "never"}));
      sub->add_flag("-q,--quiet", o->quiet, "only the diagnostic lines (text format)");
      sub->add_option("--stdin-filename", o->stdin_filename, "the name to report for standard input");
      sub->add_option("--encoding", o->encoding,
                      "read the input in this encoding (default: detect; e.g. UTF-8, GB18030)");
      sub->add_option("--baseline", o->baseline,
                      "report only findings that are not in this baseline file");
      sub->add_option("--write-baseline", o->write_baseline,
                      "write the findings of this run as a baseline file");
      o->config.add_to(sub);
      return [o] { return run_check(*o); };
    },
});

}  // namespace
}  // namespace unlint
