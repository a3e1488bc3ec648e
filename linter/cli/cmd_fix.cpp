// unlint fix: applies every certain fix, writing each file atomically in its own encoding and
// line ends; --renumber also renumbers paragraphs and their references; --dry-run prints a
// unified diff instead. Reports what it changed and what still needs
// a person. A file with invalid bytes is never rewritten.
#include <iostream>

#include <fmt/format.h>

#include "cli/command.h"
#include "cli/inputs.h"
#include "core/error.h"
#include "docx/docx.h"
#include "engine/lint.h"
#include "structure/renumber.h"
#include "report/text_reporter.h"
#include "text/decode.h"
#include "text/files.h"

namespace unlint {
namespace {

struct FixOptions {
  ConfigOptions config;
  std::vector<std::string> paths;
  bool dry_run = false;
  bool renumber = false;
  std::string fail_level = "warning";
  std::string encoding;
};

void report_fixed(const std::string& path, size_t applied) {
  std::cerr << fmt::format("已修正 {}：{} 处 (fixed {} problem{})\n", path, applied, applied,
                           applied == 1 ? "" : "s");
}

// The renumbering edits, with renumber's notes printed.
std::vector<Edit> renumber_edits(const Document& doc) {
  RenumberResult rr = unlint::renumber(doc);
  for (const RenumberNote& n : rr.notes) {
    std::cerr << fmt::format("{}: note: {}\n", doc.location(n.span.begin), n.message);
  }
  return std::move(rr.edits);
}

FileResult fix_text_file(const FixOptions& o, std::unique_ptr<Document> doc, const RulePack& pack) {
  const std::string& path = doc->path();
  // Renumbering first: it moves numbers and references together; the fixes then see the
  // renumbered text (a marker in a wrong form is both renumbered and re-formed).
  std::unique_ptr<Document> renumbered;
  size_t renumbered_count = 0;
  if (o.renumber) {
    std::vector<Edit> edits = renumber_edits(*doc);
    renumbered_count = edits.size();
    renumbered = std::make_unique<Document>(path, apply_edits(doc->text(), edits), doc->encoding());
  }
  FixOutcome fixed = fix_document(renumbered ? *renumbered : *doc, pack);
  fixed.applied += renumbered_count;
  if (fixed.text != doc->text()) {
    if (o.dry_run) {
      std::cout << unified_diff(doc->text(), fixed.text, path);
    } else {
      write_file_atomically(path, encode_text(fixed.text, doc->encoding()));
      report_fixed(path, fixed.applied);
    }
  }
  FileResult r;
  r.path = path;
  r.doc = std::make_unique<Document>(path, fixed.text, doc->encoding());
  r.diagnostics = lint(*r.doc, pack);
  return r;
}

// A Word file: fixes go into the run of text they fall in; the rest of the package is kept.
FileResult fix_word_file(const FixOptions& o, std::unique_ptr<Document> doc, const RulePack& pack) {
  const std::string path = doc->path();
  std::unique_ptr<Document> current;
  std::string package = docx_source(*doc)->package;
  size_t applied = 0;
  if (o.renumber) {
    std::vector<Diagnostic> fixes;  // each edit a fix of its own: one that cannot be written
    for (Edit& e : renumber_edits(*doc)) {  // does not hold back the others
      Diagnostic d;
      d.span = e.span;
      d.fixes.push_back({"renumber", {std::move(e)}});
      fixes.push_back(std::move(d));
    }
    DocxFixOutcome rr = apply_docx_fixes(*doc, fixes);
    if (rr.applied) {
      applied += rr.applied;
      package = std::move(rr.package);
      current = read_docx(path, package);
    }
    if (!rr.not_applied.empty()) {
      std::cerr << fmt::format(
          "{}: note: {} 处编号无法在 Word 文件中改写 ({} renumbering edits could not be written: "
          "automatic numbering, or a number split across runs)\n",
          path, rr.not_applied.size(), rr.not_applied.size());
    }
  }
  PackageFixOutcome fixed = fix_package(current ? *current : *doc, pack);
  if (fixed.applied) {
    applied += fixed.applied;
    package = std::move(fixed.package);
    current = std::move(fixed.fixed);
  }
  if (fixed.not_applied) {
    std::cerr << fmt::format(
        "{}: note: {} 处修正无法安全写入 Word 文件，请在 Word 中修改 ({} fix{} could not be written "
        "safely: the text spans formatting runs or a numbering label)\n",
        path, fixed.not_applied, fixed.not_applied, fixed.not_applied == 1 ? "" : "es");
  }
  if (current) {
    if (o.dry_run) {
      std::cout << unified_diff(doc->text(), current->text(), path);
    } else {
      write_file_atomically(path, package);
      report_fixed(path, applied);
    }
  }
  FileResult r;
  r.path = path;
  r.doc = current ? std::move(current) : std::move(doc);
  r.diagnostics = lint(*r.doc, pack);
  return r;
}

int run_fix(const FixOptions& o) {
  Config config = o.config.resolve();
  auto pack = o.config.build_pack(config);
  Severity fail_at = Severity::kWarning;
  parse_severity(o.fail_level, &fail_at);
  InputList inputs = collect_inputs(o.paths, config);
  bool error = false, remaining = false;
  for (const auto& m : inputs.missing) {
    std::cerr << "unlint: " << m << ": no such file or directory\n";
    error = true;
  }
  std::vector<FileResult> still;
  for (const auto& path : inputs.files) {
    if (path == "-") {
      std::cerr << "unlint: fix needs files, not standard input\n";
      error = true;
      continue;
    }
    try {
      auto doc = read_document(path, o.encoding);
      if (!doc->problems().empty()) {
        throw Error(path, 0, 0,
                    fmt::format("has invalid {} bytes (first at byte offset {}); not rewritten",
                                doc->encoding(), doc->problems().front().source_offset));
      }
      FileResult r = docx_source(*doc) ? fix_word_file(o, std::move(doc), *pack)
                                       : fix_text_file(o, std::move(doc), *pack);
      for (const auto& d : r.diagnostics) {
        if (static_cast<int>(d.severity) <= static_cast<int>(fail_at)) remaining = true;
      }
      if (!r.diagnostics.empty()) still.push_back(std::move(r));
    } catch (const Error& e) {
      std::cerr << "unlint: " << e.where_and_what() << "\n";
      error = true;
    }
  }
  if (!still.empty()) {
    std::string text = format_text(still, {false, true});
    std::cerr << "需要人工处理 (left for a person):\n" << text;
  }
  if (error) return kExitError;
  return remaining ? kExitFindings : kExitClean;
}

const bool registered = register_command({
    .name = "fix",
    .help = "apply every certain fix in place (atomically); --dry-run prints a diff",
    .order = 20,
    .setup = [](CLI::App* sub) -> std::function<int()> {
      auto o = std::make_shared<FixOptions>();
      sub->add_option("paths", o->paths, "files or folders")->required();
      sub->add_flag("--dry-run", o->dry_run, "print a unified diff; change no file");
      sub->add_flag("--renumber", o->renumber,
                    "renumber operative paragraphs and sub-paragraphs in order, and the internal "
                    "第N段 references with them");
      sub->add_option("--fail-level", o->fail_level,
                      "lowest severity of what is left that makes the exit code 1")
          ->check(CLI::IsMember({"error", "warning", "info", "hint"}));
      sub->add_option("--encoding", o->encoding, "read the input in this encoding (default: detect)");
      o->config.add_to(sub);
      return [o] { return run_fix(*o); };
    },
});

}  // namespace
}  // namespace unlint
