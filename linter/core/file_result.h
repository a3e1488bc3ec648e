// FileResult: what linting one input produced — its Document and diagnostics, or why it could
// not be read. Reporters take a list of these.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"

namespace unlint {

struct FileResult {
  std::string path;                   // as the user named it
  std::unique_ptr<Document> doc;      // null when the file could not be read or decoded
  std::vector<Diagnostic> diagnostics;
  std::string error;                  // why doc is null
};

struct Summary {
  size_t files = 0;
  size_t errors = 0, warnings = 0, information = 0, hints = 0;
  size_t unreadable = 0;
  void add(const FileResult& r) {
    ++files;
    if (!r.doc) ++unreadable, ++errors;
    for (const auto& d : r.diagnostics) {
      switch (d.severity) {
        case Severity::kError: ++errors; break;
        case Severity::kWarning: ++warnings; break;
        case Severity::kInfo: ++information; break;
        case Severity::kHint: ++hints; break;
      }
    }
  }
};

}  // namespace unlint
