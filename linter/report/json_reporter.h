// JSON reporter: one LSP-shaped document for editors and scripts. The format is documented in
// the README ("JSON output"): 0-based lines, characters in UTF-16 code units, LSP severities,
// fixes as LSP TextEdits in `data.fixes`.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
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

// `check --format json`, written file by file as results come (like TextWriter), so a large
// file's findings are never held as a JSON tree: {"tool":…,"files":[…],"summary":…}, one
// diagnostic per line. Each diagnostic is written exactly as diagnostic_json() makes it (the
// LSP server's serialisation; a test holds the two equal).
class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out);
  ~JsonWriter() { flush(); }
  void file(const FileResult& r);
  void finish();  // the summary, and a flush

 private:
  void flush();
  void diagnostic(const Document& doc, const Diagnostic& d, const std::string& uri,
                  uint32_t* line_hint);
  std::ostream& out_;
  Summary summary_;
  std::string buf_;
  bool first_file_ = true;
};

// The finding that stands for a file that could not be read.
nlohmann::json unreadable_json(const std::string& error);
// The whole document for `results`, as one string (tests and the fuzzer).
std::string results_json_text(const std::vector<FileResult>& results);

}  // namespace unlint
