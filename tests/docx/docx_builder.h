// Builds .docx packages for the tests: the XML parts given, zipped with libzip, plus the content
// types and relationships Word and LibreOffice need to open them.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace unlint::testing {

// A zip of these entries, in order (deflated).
std::string zip_entries(const std::vector<std::pair<std::string, std::string>>& entries);

struct DocxParts {
  std::string body;       // the content of <w:body> (w:p, w:tbl ...)
  std::string numbering;  // the content of <w:numbering>, or "" for no numbering.xml
  std::string styles;     // the content of <w:styles>, or ""
  std::string footnotes;  // the <w:footnote> elements, or ""
  std::string endnotes;   // the <w:endnote> elements, or ""
};
std::string make_docx(const DocxParts& parts);

// <w:p><w:r><w:t>text</w:t></w:r>...</w:p>: one run per piece (xml:space="preserve" on each).
std::string paragraph(const std::vector<std::string_view>& runs);
// A paragraph numbered by list `num_id` at `level`.
std::string numbered(int num_id, int level, std::string_view text);
// A docx with one paragraph per line of `text` (a draft typed into Word).
std::string docx_from_text(std::string_view text);

// The bytes of one part of a package.
std::string read_part(const std::string& package, const std::string& name);

}  // namespace unlint::testing
