// renumber(): the edits that number operative paragraphs and sub-paragraphs in text order and make
// every internal paragraph reference (第N段, 第N(x)段, 上文第N段, 第N至M段) follow its paragraph.
// Used by `unlint fix --renumber`. Never throws; edits are byte ranges in Document::text().
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "structure/numbering_spec.h"

namespace unlint {

// A reference renumbering left as it was, and why (its paragraph is gone, or was numbered twice).
struct RenumberNote {
  Span span;
  std::string message;  // Chinese, with an English gloss
};

struct RenumberResult {
  std::vector<Edit> edits;          // sorted by offset, non-overlapping; empty when all is in order
  std::vector<RenumberNote> notes;  // in text order
};

// Paragraph numbers are replaced where they are (the marker's form is kept: 7、 stays a 7、 with a
// new number; numbering.marker fixes the form). References into other documents are not touched.
// A text in which no operative paragraph starts a line is left alone, with a note.
RenumberResult renumber(const Document& doc, const NumberingSpec& spec = NumberingSpec::bundled());

// `text` with `edits` (sorted, non-overlapping) applied.
std::string apply_edits(std::string_view text, const std::vector<Edit>& edits);

}  // namespace unlint
