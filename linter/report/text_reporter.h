// Text reporter: `path:line:col: severity: message [code]`, 1-based, columns in characters,
// then the source line with a marker under the range (CJK characters are two columns wide). A long
// line is shown as a window of about 40 columns on each side of the range, cuts marked with `…`.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "core/file_result.h"

namespace unlint {

struct TextOptions {
  bool color = false;
  bool quiet = false;  // only the location lines: no source excerpt, no summary
};

// Writes the report file by file as results come, so `check` can drop each document once it is
// printed; output goes to the stream in pieces of about 64 KB, never as one string.
class TextWriter {
 public:
  TextWriter(std::ostream& out, TextOptions options) : out_(out), o_(options) {}
  ~TextWriter() { flush(); }
  void file(const FileResult& r);
  void finish();  // the summary line (not with quiet), and a flush

 private:
  void flush();
  std::ostream& out_;
  TextOptions o_;
  Summary summary_;
  std::string buf_;
};

std::string format_text(const std::vector<FileResult>& results, const TextOptions& options);

}  // namespace unlint
