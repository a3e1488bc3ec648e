// Document: one decoded input — UTF-8 text, where it came from, and how to write it back.
// Invariant: text() is well-formed UTF-8 without a BOM; lines() indexes text().
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/line_index.h"
#include "core/span.h"

namespace unlint {

// A stretch of the input that was not valid in its encoding; replaced by U+FFFD in text().
struct DecodeProblem {
  uint64_t source_offset = 0;  // byte offset in the file as read
  Span span;                   // where the replacement character stands in text()
};

// What the text was extracted from when the input is a package rather than plain text (a Word
// file): it names the document's lines (paragraphs) and keeps what `fix` needs to write back.
class Container {
 public:
  virtual ~Container() = default;
  virtual std::string_view kind() const = 0;       // "docx"
  virtual std::string_view line_name() const = 0;  // "¶": text output writes file:¶12:5
};

// The largest text a Document holds: offsets are 32-bit and the scan view keeps two bits of each
// for itself. Larger inputs are refused with an Error (exit code 2), never truncated.
constexpr size_t kMaxDocumentBytes = size_t{1} << 30;

class Document {
 public:
  // Throws Error when `text` is longer than kMaxDocumentBytes.
  Document(std::string path, std::string text, std::string encoding = "UTF-8",
           std::vector<DecodeProblem> problems = {});
  // A document extracted from a container; `line_starts` (sorted, starting with 0) are the byte
  // offsets where its lines begin — a paragraph may contain line feeds of its own.
  Document(std::string path, std::string text, std::string encoding,
           std::shared_ptr<const Container> container, std::vector<uint32_t> line_starts);
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030", ...: what the file was read as.
  const std::string& encoding() const { return encoding_; }
  const std::vector<DecodeProblem>& problems() const { return problems_; }
  const LineIndex& lines() const { return lines_; }
  std::string_view slice(Span s) const { return std::string_view(text_).substr(s.begin, s.size()); }
  // "path:line:column" (1-based, column in code points) for a byte offset; a Word file's lines
  // are paragraphs: "draft.docx:¶12:5".
  std::string location(uint32_t offset) const;
  // Null for plain text.
  const Container* container() const { return container_.get(); }
  const std::shared_ptr<const Container>& shared_container() const { return container_; }

 private:
  std::string path_;
  std::string text_;
  std::string encoding_;
  std::vector<DecodeProblem> problems_;
  std::shared_ptr<const Container> container_;
  LineIndex lines_;
};

}  // namespace unlint
