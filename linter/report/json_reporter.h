// JSON reporter: one LSP-shaped document for editors and scripts. The format is documented in
// the README ("JSON output"): 0-based lines, characters in UTF-16 code units, LSP severities,
// fixes as LSP TextEdits in `data.fixes`.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/file_result.h"

namespace unlint {

// LSP Range of a span, with characters in UTF-16 code units, or, when utf8_positions is true, in
// UTF-8 bytes from the start of the line (LSP's "utf-8" positionEncoding).
nlohmann::json lsp_range(const Document& doc, Span span, bool utf8_positions = false);
nlohmann::json diagnostic_json(const Document& doc, const Diagnostic& d, const std::string& uri,
                               bool utf8_positions = false);
std::string file_uri(const std::string& path);
// A path with everything but unreserved characters and '/' percent-encoded (RFC 3986).
std::string percent_encode(std::string_view path);
nlohmann::json results_json(const std::vector<FileResult>& results);

}  // namespace unlint
