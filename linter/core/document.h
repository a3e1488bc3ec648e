// Document: one decoded input — UTF-8 text, where it came from, and how to write it back.
// Invariant: text() is well-formed UTF-8 without a BOM; lines() indexes text().
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/line_index.h"
#include "core/span.h"

namespace unlint {

// A stretch of the input that was not valid in its encoding; replaced by U+FFFD in text().
struct DecodeProblem {
  uint64_t source_offset = 0;  // byte offset in the file as read
  Span span;                   // where the replacement character stands in text()
};

class Document {
 public:
  Document(std::string path, std::string text, std::string encoding = "UTF-8",
           std::vector<DecodeProblem> problems = {});
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030", ...: what the file was read as.
  const std::string& encoding() const { return encoding_; }
  const std::vector<DecodeProblem>& problems() const { return problems_; }
  const LineIndex& lines() const { return lines_; }
  std::string_view slice(Span s) const { return std::string_view(text_).substr(s.begin, s.size()); }

 private:
  std::string path_;
  std::string text_;
  std::string encoding_;
  std::vector<DecodeProblem> problems_;
  LineIndex lines_;
};

}  // namespace unlint
