// Text reporter: `path:line:col: severity: message [code]`, 1-based, columns in characters,
// then the source line with a marker under the range (CJK characters are two columns wide). A long
// line is shown as a window of about 40 columns on each side of the range, cuts marked with `…`.
#pragma once

#include <string>
#include <vector>

#include "core/file_result.h"

namespace unlint {

struct TextOptions {
  bool color = false;
  bool quiet = false;  // only the location lines: no source excerpt, no summary
};

std::string format_text(const std::vector<FileResult>& results, const TextOptions& options);

}  // namespace unlint
