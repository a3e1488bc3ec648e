// Glossary tooling: check glossary files (schema, clashes between concepts, risky variants,
// every entry's before→after examples run through the real term rules), look a term up, and
// export the variants as TSV or as a prh dictionary. Used by `unlint glossary`.
// This layer sees no rules: the caller (cli/cmd_glossary.cpp, the tests) supplies the runner
// that lints an example with a RulePack and applies the fixes.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "glossary/glossary.h"

namespace unlint {

// One glossary file's text: a bundled resource (path empty) or a file on disk.
struct GlossaryText {
  std::string name;  // used in messages: "glossaries/un-system.yaml" or the path as given
  std::string text;
  std::string path;  // the file on disk; empty for a bundled glossary
};

// Reads one glossary file. Throws Error naming the file when it cannot be read.
GlossaryText glossary_text_from_file(const std::string& path);

struct GlossaryIssue {
  enum class Level { kError, kWarning };
  Level level = Level::kError;
  SourceMark mark;
  std::string message;
};

struct GlossaryCheckResult {
  std::vector<GlossaryIssue> issues;  // in file, line, column order
  size_t files = 0;
  size_t concepts = 0;
  size_t variants = 0;
  size_t examples = 0;     // examples run
  bool examples_run = false;  // false when the glossaries did not build into a rule pack
  size_t errors() const;
  size_t warnings() const;
};

// One example run through the rules: the text with the fixes of the term.* findings applied,
// and the term.* findings themselves ("code message").
struct ExampleRun {
  std::string fixed;
  std::vector<std::string> findings;
};
using ExampleRunner = std::function<ExampleRun(const std::string& text)>;

struct GlossaryCheckOptions {
  // Makes the runner for the examples (builds a rule pack from the checked glossaries); called
  // only when the glossaries have no schema error and no clash. It may throw Error, reported as
  // "examples not run". Empty: examples are not run.
  std::function<ExampleRunner()> examples;
  // Finds the variants that occur in reference texts of correct usage (`--against`, such as issued
  // UN documents): each is a warning at its place in the reference text. Called, like `examples`,
  // only when the glossaries have no schema error and no clash; it may throw Error (a reference
  // text that cannot be read), reported as an error. Empty: no reference texts.
  std::function<std::vector<GlossaryIssue>()> references;
};

// Checks glossary files. Never throws on a problem in the files: every problem is an issue.
//   errors:   schema errors (file:line:col); a concept id used twice; one form under two
//             concepts or two roles; a variant that is another concept's official form; an
//             exception phrase that contains no form of its concept; an example whose `before`,
//             linted with the term.* rules and fixed, does not give its `after`.
//   warnings: a variant of one character; a variant found inside another concept's form; a
//             variant found in a reference text (options.references).
GlossaryCheckResult check_glossaries(const std::vector<GlossaryText>& texts,
                                     const GlossaryCheckOptions& options = {});
// "file:line:col: error: message"
std::string format_issue(const GlossaryIssue& issue);

// All concepts of the texts, not built into a trie. Throws Error on a schema error.
std::unique_ptr<Glossary> load_glossary_texts(const std::vector<GlossaryText>& texts);

struct LookupHit {
  const Concept* entry = nullptr;
  FormRole role = FormRole::kOfficial;
  std::string form;  // the form that matched (empty when the id or the English term matched)
  bool exact = false;
};
// Concepts for `term`: exact matches of a form (folded as the scanner folds), the concept id or
// the English term (case-insensitive) first; then concepts with a form containing `term`.
std::vector<LookupHit> lookup_term(const Glossary& glossary, std::string_view term);
// A readable description of one concept: official form, abbreviation, variants, source, ...
std::string describe_concept(const Concept& c);

// Every variant with its official form: "id\tofficial\tvariant\tkind", with a header line.
std::string export_tsv(const Glossary& glossary);
// A prh dictionary (version 1): one rule per concept with variants; examples whose fix is a
// plain substitution become prh specs.
std::string export_prh(const Glossary& glossary);

}  // namespace unlint
