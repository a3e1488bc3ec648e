// unlint check: lint files and folders, print text or LSP-shaped JSON, exit 0/1/2.
#include <malloc.h>
#include <unistd.h>

#include <chrono>
#include <iostream>
#include <iterator>
#include <optional>

#include <fmt/format.h>

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
  bool verbose = false;
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

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// How the encoding of a decoded file was chosen, for --verbose. Document::encoding() (what the
// JSON reports as files[].encoding) says what it was read as; decode_document takes a BOM before
// detecting, and UTF-16 only from its BOM.
std::string_view encoding_source(const CheckOptions& o, const Document& doc) {
  if (doc.container()) return "from the package";  // a Word file's XML; --encoding does not apply
  if (!o.encoding.empty()) return "from --encoding";
  const std::string& e = doc.encoding();
  if (e == "UTF-8 (BOM)" || e == "UTF-16LE" || e == "UTF-16BE") return "from BOM";
  return "detected";
}

std::string plural(size_t n, std::string_view word) {
  return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

int run_check(const CheckOptions& o) {
  const Clock::time_point started = Clock::now();
  // A large text's arrays (matches, findings, the view's map) are freed as each family is done
  // with them: let malloc keep that memory for the next family's instead of returning it to the
  // kernel and taking fresh pages, which cost a page fault each (about 3 % of a large check).
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
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
  // Output goes out file by file, each document dropped once printed; --write-baseline needs
  // every result at the end.
  const bool stream = o.write_baseline.empty();
  std::optional<TextWriter> text;
  std::optional<JsonWriter> json;
  if (stream && o.format == "json") {
    json.emplace(std::cout);
  } else if (stream) {
    text.emplace(std::cout, TextOptions{use_color(o.color), o.quiet});
  }
  std::vector<FileResult> results;
  size_t total_bytes = 0, total_findings = 0, files = 0, left = 0;
  bool failing = false;  // some finding at or above --fail-level, after the baseline
  auto tally = [&](const std::vector<Diagnostic>& diagnostics) {
    left += diagnostics.size();
    for (const auto& d : diagnostics) {
      failing = failing || static_cast<int>(d.severity) <= static_cast<int>(fail_at);
    }
  };
  for (const auto& path : inputs.files) {
    const Clock::time_point file_started = Clock::now();
    FileResult r;
    r.path = path == "-" ? (o.stdin_filename.empty() ? "<stdin>" : o.stdin_filename) : path;
    size_t size = 0;
    try {
      std::string bytes = path == "-" ? std::string(std::istreambuf_iterator<char>(std::cin),
                                                    std::istreambuf_iterator<char>())
                                      : read_file(path);
      size = bytes.size();
      r.doc = decode_document(r.path, std::move(bytes), o.encoding);
      r.diagnostics = lint(*r.doc, *pack);
    } catch (const Error& e) {
      r.error = e.what();
      std::cerr << "unlint: " << e.where_and_what() << "\n";
      io_error = true;
    }
    ++files;
    total_bytes += size;
    total_findings += r.diagnostics.size();
    if (o.verbose && r.doc) {
      std::cerr << fmt::format("{}: encoding {} ({}), {} bytes, {}, {:.1f} ms\n", r.path,
                               r.doc->encoding(), encoding_source(o, *r.doc), size,
                               plural(r.diagnostics.size(), "finding"), ms_since(file_started));
    }
    // A baseline being written is made of the findings before any baseline filters them.
    if (baseline && o.write_baseline.empty()) baseline->filter(r.path, r.diagnostics);
    tally(r.diagnostics);
    if (json) {
      json->file(r);
    } else if (text) {
      text->file(r);
    } else {
      results.push_back(std::move(r));
    }
  }
  if (!o.write_baseline.empty()) {
    Baseline::from_results(results).save(o.write_baseline);
    std::cerr << "unlint: wrote " << o.write_baseline << "\n";
    if (baseline) {
      left = 0, failing = false;
      for (auto& r : results) {
        baseline->filter(r.path, r.diagnostics);
        tally(r.diagnostics);
      }
    }
  }
  if (o.verbose) {
    std::string after_baseline = baseline ? fmt::format(" ({} not in the baseline)", left) : "";
    std::cerr << fmt::format("unlint: {}, {} bytes, {}{}, {:.1f} ms\n", plural(files, "file"),
                             total_bytes, plural(total_findings, "finding"), after_baseline,
                             ms_since(started));
  }
  if (json) {
    json->finish();
  } else if (text) {
    text->finish();
  } else if (o.format == "json") {
    std::cout << results_json_text(results);
  } else {
    std::cout << format_text(results, {use_color(o.color), o.quiet});
  }
  std::cout.flush();
  if (io_error) return kExitError;
  return failing ? kExitFindings : kExitClean;
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
      sub->add_flag("-v,--verbose", o->verbose,
                    "on standard error: each file's encoding, size, findings and time, and totals");
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
