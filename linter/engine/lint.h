// lint() runs a RulePack over one Document; apply_fixes() applies the fixes it found.
// Neither throws; output is deterministic: diagnostics sorted by (offset, code).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "engine/rule_pack.h"

namespace unlint {

std::vector<Diagnostic> lint(const Document& doc, const RulePack& pack);

struct FixResult {
  std::string text;       // the document text with the fixes applied
  size_t applied = 0;     // fixes applied
  size_t skipped = 0;     // fixes left out because they overlapped an earlier one
  std::vector<Edit> edits;  // the edits applied, in document order (LSP "fix all" sends these)
};

// Applies the first fix of every diagnostic that has one, in document order, skipping any fix
// whose edits overlap an edit already taken.
FixResult apply_fixes(std::string_view text, const std::vector<Diagnostic>& diagnostics);

struct FixOutcome {
  std::string text;    // the final text
  size_t applied = 0;  // fixes applied over all passes
};

// Lints and applies fixes until nothing more is fixable (at most `max_passes` passes), so that a
// second `unlint fix` finds nothing to change.
FixOutcome fix_document(const Document& doc, const RulePack& pack, int max_passes = 4);

// The same passes for a document read from a Word package (docx/docx.h): fixes are written into
// the package's XML; `text` is the fixed document's text. `not_applied` counts the fixes of the
// last pass that could not be written safely (they stay for a person).
struct PackageFixOutcome {
  std::string package;
  std::unique_ptr<Document> fixed;  // the package read again
  size_t applied = 0;
  size_t not_applied = 0;
};
PackageFixOutcome fix_package(const Document& doc, const RulePack& pack, int max_passes = 4);

}  // namespace unlint
