// ScanView: the text that matching sees, with a map from every view offset back to the Document.
//
// The view folds full-width ASCII forms (Ａ１／（) and the ideographic space to ASCII, and drops
// whitespace (spaces, tabs, line breaks) that stands between two characters of running Chinese
// text, or between such a character and a digit: PDF and Word extraction put it in the middle of
// terms and dates (普遍定\n\n期审议, 2020 年 6 月). Other whitespace is kept as it is.
// Invariant: view offsets on code-point boundaries map to Document code-point boundaries.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/span.h"

namespace unlint {

class ScanView {
 public:
  // `source` is at most kMaxDocumentBytes long (core/document.h).
  explicit ScanView(std::string_view source);

  const std::string& text() const { return text_; }
  // Document offset where the view character at `v` begins.
  uint32_t doc_begin(uint32_t v) const;
  // Document offset just past the view character that ends at `v`.
  uint32_t doc_end(uint32_t v) const;
  // {doc_begin(view_begin), doc_end(view_end)}, with one lookup in the map when the range lies
  // in one piece (the usual case for a term or a number).
  Span to_doc(uint32_t view_begin, uint32_t view_end) const;
  // Whether the view range [view_begin, view_end) is the Document's bytes as they are (nothing
  // folded or dropped inside it); then `*doc` is where they stand. A scanner that would compare
  // the two learns this without reading the Document.
  bool verbatim(uint32_t view_begin, uint32_t view_end, Span* doc) const;

  // The smallest Document edit that turns the view range [view_begin, view_end) into
  // `replacement`: the common leading and trailing characters are kept, so line breaks and spaces
  // that extraction left inside a term survive a fix.
  Edit minimal_edit(uint32_t view_begin, uint32_t view_end, std::string_view replacement) const;
  // The same edit within a view text `have`, before it is placed in the Document: `have`'s bytes
  // [keep_front, have.size() - keep_back) become `replacement`'s [keep_front_r, … - keep_back_r).
  // A rule that makes the same edit at many places works it out once.
  struct ViewEdit {
    size_t keep_front = 0, keep_back = 0;      // in `have`
    size_t keep_front_r = 0, keep_back_r = 0;  // in `replacement`
    // The bytes of `replacement` that are written: those between its kept ends.
    std::string_view inserted(std::string_view replacement) const {
      return replacement.substr(keep_front_r, replacement.size() - keep_front_r - keep_back_r);
    }
  };
  static ViewEdit view_edit(std::string_view have, std::string_view replacement);
  // Places `edit`, worked out for the view text [view_begin, view_end), in the Document, with
  // `inserted` (replacement's bytes between the kept ends) as the new text.
  Edit place_edit(uint32_t view_begin, uint32_t view_end, const ViewEdit& edit,
                  std::string_view inserted) const;

  // The view text of a standalone string, as glossary keys are stored.
  static std::string fold(std::string_view s);

 private:
  // Where view bytes come from, as a sorted list of pieces: the first view byte of a piece stands
  // for `head` Document bytes (1, or 2–3 for a folded character: U+3000 → space), every later
  // byte of the piece for one. A piece starts at each folded character and after each dropped
  // run of whitespace; eight bytes each, so the map stays small on PDF text, where every clause
  // has a full-width comma and every line a dropped break.
  struct Piece {
    uint32_t view;
    uint32_t doc_head;  // Document offset (low 30 bits) and head - 1 (top two bits)
    uint32_t doc() const { return doc_head & kDocMask; }
    uint32_t head() const { return (doc_head >> 30) + 1; }
  };
  static constexpr uint32_t kDocMask = (uint32_t{1} << 30) - 1;
  const Piece& piece_at(uint32_t v) const;
  // The piece that holds all of the non-empty view range [view_begin, view_end), or null.
  const Piece* single_piece(uint32_t view_begin, uint32_t view_end) const;
  // For each block of 2^kBlockShift (256) view bytes, the index of the piece its first byte lies in, so
  // a lookup searches only the pieces of one block (a dozen on PDF text), not all of them.
  static constexpr int kBlockShift = 8;
  std::vector<uint32_t> block_first_;
  // Document offset of the view byte at v, inside piece p.
  static uint32_t doc_of(const Piece& p, uint32_t v) {
    return v == p.view ? p.doc() : p.doc() + p.head() + (v - p.view - 1);
  }

  std::string text_;
  std::vector<Piece> pieces_;
};

// Folding of one code point as the view does it: full-width ASCII → ASCII, U+3000 → space.
char32_t fold_width(char32_t c);
bool is_space(char32_t c);

}  // namespace unlint
