// Word drafts (.docx): the text a reader sees, as a Document whose lines are the paragraphs, and
// the way back from that text to the XML, so that fixes can be written into the package.
//
// Read: word/document.xml (body, tables included), then word/footnotes.xml and
// word/endnotes.xml; runs are joined; <w:tab/> is a tab, <w:br/> and <w:cr/> a line feed inside
// the paragraph; Word's automatic numbering (numbering.xml, direct or through a paragraph style)
// is rendered as its level text (`1.`, `(a)`, `(i)`) followed by its suffix. Tracked changes are
// read as accepted: insertions kept, deletions (and moved-from text) dropped, a deleted
// paragraph mark joins the paragraph with the next. Drawings, text boxes and field codes are
// not text.
//
// Refused with Error: not a zip, no word/document.xml, a part that expands past its limit,
// malformed XML (part, line and column), and any DOCTYPE (so no entity is ever declared, let
// alone expanded).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"

namespace unlint {

// The largest part unlint expands (document.xml of a long report is a few MB).
inline constexpr uint64_t kDocxPartLimit = 64ull << 20;

// True for the file names unlint reads as Word packages: .docx, .docm, .dotx, .dotm.
bool is_docx_path(std::string_view path);

// Reads a Word package. Throws Error as described above.
std::unique_ptr<Document> read_docx(std::string path, std::string_view bytes);

// A stretch of a <w:t> element's text, as it stands in the Document and in its XML part.
struct DocxRun {
  uint32_t begin = 0, end = 0;  // in Document::text()
  uint16_t part = 0;            // index into DocxSource::part_names
  uint32_t raw_begin = 0, raw_end = 0;  // the element's content in the part's bytes (escaped)
  bool preserve_space = false;  // xml:space="preserve" is set
};

struct DocxParagraph {
  uint32_t begin = 0;      // start of the paragraph (its numbering label included) in the text
  uint32_t label_end = 0;  // end of the rendered numbering label and suffix (== begin: none)
  uint16_t part = 0;
};

// What a Document read from a .docx keeps of its package.
class DocxSource : public Container {
 public:
  std::string_view kind() const override { return "docx"; }
  std::string_view line_name() const override { return "¶"; }

  std::string package;                 // the file's bytes
  std::vector<std::string> part_names;  // "word/document.xml", "word/footnotes.xml", ...
  std::vector<std::string> parts;      // their bytes as read
  std::vector<DocxRun> runs;           // in text order
  std::vector<DocxParagraph> paragraphs;
};

// The DocxSource behind a Document read by read_docx, or null.
const DocxSource* docx_source(const Document& doc);

struct DocxFixOutcome {
  std::string package;   // the new package bytes (== the old when nothing was applied)
  size_t applied = 0;
  // Fixes that could not be written back safely (a range across runs, in a numbering label, or
  // whose result would need new XML), with the diagnostic they belong to.
  std::vector<Diagnostic> not_applied;
};

// Writes the fixes of `diagnostics` (made for `doc`) into the package: each edit must lie in one
// run's text; everything else in the package stays as it was. Non-overlapping fixes only, in
// document order (as apply_fixes).
DocxFixOutcome apply_docx_fixes(const Document& doc, const std::vector<Diagnostic>& diagnostics);

}  // namespace unlint
