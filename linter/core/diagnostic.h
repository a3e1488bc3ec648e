// Diagnostic, Fix and Edit: what a rule reports, plain data shared by engine and reporters.
// Invariant: every Span points into the Document the diagnostic was made for.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "core/text.h"

namespace unlint {

// Values match LSP's DiagnosticSeverity so reporters can copy them through.
enum class Severity : uint8_t { kError = 1, kWarning = 2, kInfo = 3, kHint = 4 };

struct Edit {
  Span span;
  std::string replacement;
  friend bool operator==(const Edit&, const Edit&) = default;
};

struct Fix {
  Text title;
  std::vector<Edit> edits;
};

// Another place in the same document that explains the diagnostic (LSP relatedInformation).
struct Related {
  Span span;
  std::string message;
};

struct Diagnostic {
  Text code;  // "family.rule-name", stable and documented
  Severity severity = Severity::kWarning;
  Span span;
  Text message;  // Chinese, with a short English gloss
  std::vector<Fix> fixes;  // only fixes that are certain; empty where a person must decide
  std::vector<Related> related;
  Text text;  // the source text of span, kept for baselines and reports
};

std::string_view severity_name(Severity s);  // "error", "warning", "info", "hint"
bool parse_severity(std::string_view name, Severity* out);

}  // namespace unlint
