// unlint glossary: check glossary files, look a term up, export the variants (TSV or prh).
//   unlint glossary check [FILES] [--against TEXT]...
//                                           exit 0 ok, 1 problems found, 2 usage or I/O error
//   unlint glossary lookup TERM [FILES]     exit 0 found, 1 not found
//   unlint glossary export --format tsv|prh [FILES]
// FILES default to the glossaries bundled into the binary.
#include <iostream>

#include "cli/command.h"
#include "cli/inputs.h"
#include "core/document.h"
#include "core/error.h"
#include "engine/glossary_examples.h"
#include "engine/lint.h"
#include "engine/resources.h"
#include "engine/rule_pack.h"
#include "glossary/tooling.h"

namespace unlint {
namespace {

struct GlossaryOptions {
  std::vector<std::string> files;
  std::vector<std::string> against;  // reference texts of correct usage
  std::string term;
  std::string format = "tsv";
  bool strict = false;
  bool no_examples = false;
  bool quiet = false;
};

// The glossaries named on the command line, or the bundled ones. Throws Error on a read error.
std::vector<GlossaryText> texts_for(const std::vector<std::string>& files) {
  if (files.empty()) return bundled_glossary_texts();
  std::vector<GlossaryText> out;
  for (const auto& f : files) out.push_back(glossary_text_from_file(f));
  return out;
}

int run_glossary_check(const GlossaryOptions& o) {
  std::vector<GlossaryText> texts = texts_for(o.files);
  // Built once, for the examples and the reference texts, and only when they are asked for.
  std::shared_ptr<const RulePack> pack;
  auto pack_of_checked = [&o, &pack]() {
    if (!pack) pack = pack_for_checked_glossaries(o.files);
    return pack;
  };
  GlossaryCheckOptions options;
  if (!o.no_examples) {
    options.examples = [&pack_of_checked]() { return term_example_runner(pack_of_checked()); };
  }
  if (!o.against.empty()) {
    // Folders are walked as `unlint check` walks them (*.txt, *.md, Word).
    InputList references = collect_inputs(o.against, Config{});
    options.references = [files = std::move(references.files), &pack_of_checked]() {
      return reference_text_issues(*pack_of_checked(), files);
    };
  }
  GlossaryCheckResult r = check_glossaries(texts, options);
  for (const auto& issue : r.issues) {
    if (o.quiet && issue.level == GlossaryIssue::Level::kWarning) continue;
    std::cout << format_issue(issue) << "\n";
  }
  std::cout << r.files << " glossar" << (r.files == 1 ? "y" : "ies") << ", " << r.concepts
            << " concepts, " << r.variants << " variants, " << r.examples << " examples run: "
            << r.errors() << " error" << (r.errors() == 1 ? "" : "s") << ", " << r.warnings()
            << " warning" << (r.warnings() == 1 ? "" : "s") << "\n";
  std::cout.flush();
  if (r.errors() > 0 || (o.strict && r.warnings() > 0)) return kExitFindings;
  return kExitClean;
}

int run_glossary_lookup(const GlossaryOptions& o) {
  auto glossary = load_glossary_texts(texts_for(o.files));
  std::vector<LookupHit> hits = lookup_term(*glossary, o.term);
  if (hits.empty()) {
    std::cout << "“" << o.term << "” is not in the glossary\n";
    return kExitFindings;
  }
  if (!hits.front().exact) {
    std::cout << "no concept has the form “" << o.term << "”; concepts with forms containing it:\n";
  }
  for (const auto& h : hits) {
    if (h.exact && !h.form.empty() && h.role != FormRole::kOfficial) {
      std::cout << "“" << h.form << "” is " << (h.role == FormRole::kAbbreviation ? "the " : "a ")
                << (h.role == FormRole::kVariant        ? "variant"
                    : h.role == FormRole::kAccepted     ? "accepted form"
                    : h.role == FormRole::kAbbreviation ? "abbreviation"
                                                        : "exception phrase")
                << " of:\n";
    }
    std::cout << describe_concept(*h.entry);
  }
  return kExitClean;
}

int run_glossary_export(const GlossaryOptions& o) {
  auto glossary = load_glossary_texts(texts_for(o.files));
  std::cout << (o.format == "prh" ? export_prh(*glossary) : export_tsv(*glossary));
  std::cout.flush();
  return kExitClean;
}

const bool registered = register_command({
    .name = "glossary",
    .help = "check glossary files, look a term up, export the glossary (TSV or prh)",
    .order = 70,
    .setup = [](CLI::App* sub) -> std::function<int()> {
      auto o = std::make_shared<GlossaryOptions>();
      sub->require_subcommand(1);
      CLI::App* check = sub->add_subcommand(
          "check",
          "check glossary files: schema, forms under two concepts, exception phrases, risky "
          "variants, and every example run through the term rules");
      check->add_option("files", o->files, "glossary YAML files (default: the bundled ones)");
      check->add_option("--against", o->against,
                        "a reference text of correct usage (an issued document), or a folder of "
                        "them: every variant found in it is a warning (repeatable)")
          ->check(CLI::ExistingPath);
      check->add_flag("--strict", o->strict, "warnings also make the exit code 1");
      check->add_flag("--no-examples", o->no_examples, "do not run the examples");
      check->add_flag("-q,--quiet", o->quiet, "print errors only");
      CLI::App* lookup = sub->add_subcommand(
          "lookup", "show the entry of a term: official form, abbreviation, variants, source");
      lookup->add_option("term", o->term, "a form, a concept id or an English term")->required();
      lookup->add_option("files", o->files, "glossary YAML files (default: the bundled ones)");
      CLI::App* exp = sub->add_subcommand(
          "export", "every variant with its official form, as TSV or as a prh dictionary");
      exp->add_option("--format", o->format, "tsv (id, official, variant, kind) or prh (YAML)")
          ->check(CLI::IsMember({"tsv", "prh"}));
      exp->add_option("files", o->files, "glossary YAML files (default: the bundled ones)");
      return [o, check, lookup, exp]() -> int {
        if (*check) return run_glossary_check(*o);
        if (*lookup) return run_glossary_lookup(*o);
        if (*exp) return run_glossary_export(*o);
        return kExitError;
      };
    },
});

}  // namespace
}  // namespace unlint
