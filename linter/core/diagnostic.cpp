#include "core/diagnostic.h"

namespace unlint {

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
    case Severity::kHint: return "hint";
  }
  return "warning";
}

bool parse_severity(std::string_view name, Severity* out) {
  for (Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo, Severity::kHint}) {
    if (severity_name(s) == name) {
      *out = s;
      return true;
    }
  }
  return false;
}

}  // namespace unlint
