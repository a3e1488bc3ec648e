#include "text/scan_view.h"

#include <algorithm>

#include "core/byte_scan.h"
#include "text/utf8.h"

namespace unlint {

char32_t fold_width(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
  if (c == 0x3000 || c == 0x00A0) return ' ';
  return c;
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0x00A0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B) || c == 0xFEFF;
}

namespace {

// Characters whose neighbourhood makes whitespace an artefact: running Chinese text and digits.
bool joins(char32_t original) {
  return utf8::is_cjk_text(original) || utf8::is_ascii_digit(fold_width(original));
}

bool is_digit(char32_t original) { return utf8::is_ascii_digit(fold_width(original)); }

}  // namespace

namespace {

// Marks the bytes where the view may differ from the Document: whitespace and controls (<= 0x20),
// and the lead bytes of the characters the view drops or folds — U+00A0 (C2 A0), U+2000..U+200B
// (E2 80 80..8B), U+3000 (E3 80 80), U+FEFF (EF BB BF) and the full-width forms U+FF01..U+FF5E
// (EF BC 81..EF BD 9E). A marked byte is decoded and looked at; every other byte is copied.
uint32_t special_bytes(const char* p) {
  using namespace bytes;
  const Lanes b0 = load(p), b1 = load(p + 1), b2 = load(p + 2);
  const Lanes ef = eq(b0, 0xEF) & (in(b1, 0xBB, 0xBD));
  const Lanes e2 = eq(b0, 0xE2) & eq(b1, 0x80) & in(b2, 0x80, 0x8B);
  const Lanes e3 = eq(b0, 0xE3) & eq(b1, 0x80) & eq(b2, 0x80);
  const Lanes c2 = eq(b0, 0xC2) & eq(b1, 0xA0);
  return mask(le(b0, 0x20) | ef | e2 | e3 | c2);
}

}  // namespace

ScanView::ScanView(std::string_view src) {
  text_.reserve(src.size());
  // Room for a piece every 16 bytes (text extracted from PDF has one at about every line end),
  // so that the map rarely moves while it grows; room never filled costs address space, not
  // memory.
  pieces_.reserve(src.size() / 16 + 1);
  const size_t n = src.size();
  // Where the last code point kept (not whitespace) ends in the Document, 0 at the start: it is
  // decoded only when whitespace must be judged by its neighbours.
  size_t kept_end = 0;
  // Appends Document bytes [begin, end) unchanged, continuing the last piece when it already maps
  // the next view byte to `begin`.
  auto emit_identity = [&](size_t begin, size_t end) {
    const uint32_t v = static_cast<uint32_t>(text_.size());
    if (pieces_.empty() || doc_of(pieces_.back(), v) != begin) {
      pieces_.push_back({v, static_cast<uint32_t>(begin)});
    }
    text_.append(src.data() + begin, end - begin);
  };
  auto emit_char = [&](size_t begin, size_t end, char32_t c) {
    const char32_t folded = fold_width(c);
    if (folded == c) return emit_identity(begin, end);
    const uint32_t head = static_cast<uint32_t>(end - begin);  // 2 or 3: folded to one byte
    pieces_.push_back({static_cast<uint32_t>(text_.size()),
                       static_cast<uint32_t>(begin) | ((head - 1) << 30)});
    utf8::append(text_, folded);
  };
  auto special = [](const char* p) { return special_bytes(p); };
  bytes::Cursor marks(src, special);
  size_t i = 0;
  while (i < n) {
    // Copy the run of bytes that cannot differ in the view as they are.
    const size_t j = marks.next(i);
    if (j > i) {
      emit_identity(i, j);
      kept_end = j;
      i = j;
      if (i >= n) break;
    }
    const size_t start = i;
    const char32_t c = utf8::next(src, i);
    if (is_space(c)) {
      size_t run_end = i;
      char32_t next = 0;
      while (run_end < n) {
        size_t k = run_end;
        next = utf8::next(src, k);
        if (!is_space(next)) break;
        run_end = k;
        next = 0;
      }
      size_t before = kept_end;
      const char32_t prev = kept_end > 0 ? utf8::prev(src, before) : 0;
      if (prev != 0 && next != 0 && joins(prev) && joins(next) && !(is_digit(prev) && is_digit(next))) {
        i = run_end;  // drop the whole run
        continue;
      }
      // Keep the run, folding each character on its own.
      for (size_t k = start; k < run_end;) {
        size_t s = k;
        char32_t w = utf8::next(src, k);  // advances k: not inside the call's argument list
        emit_char(s, k, w);
      }
      i = run_end;
      continue;
    }
    emit_char(start, i, c);
    kept_end = i;
  }
  if (pieces_.empty()) pieces_.push_back({0, 0});
  block_first_.resize((text_.size() >> kBlockShift) + 1);
  uint32_t k = 0;
  for (size_t b = 0; b < block_first_.size(); ++b) {
    const uint32_t v = static_cast<uint32_t>(b << kBlockShift);
    while (k + 1 < pieces_.size() && pieces_[k + 1].view <= v) ++k;
    block_first_[b] = k;
  }
}

const ScanView::Piece& ScanView::piece_at(uint32_t v) const {
  const size_t b = std::min<size_t>(v >> kBlockShift, block_first_.size() - 1);
  auto first = pieces_.begin() + block_first_[b];
  auto last = b + 1 < block_first_.size() ? pieces_.begin() + block_first_[b + 1] + 1
                                          : pieces_.end();
  auto it = std::upper_bound(first, last, v,
                             [](uint32_t x, const Piece& p) { return x < p.view; });
  return it == pieces_.begin() ? pieces_.front() : *(it - 1);
}

uint32_t ScanView::doc_begin(uint32_t v) const { return doc_of(piece_at(v), v); }

const ScanView::Piece* ScanView::single_piece(uint32_t view_begin, uint32_t view_end) const {
  if (view_end <= view_begin) return nullptr;
  const Piece& p = piece_at(view_begin);
  const size_t k = static_cast<size_t>(&p - pieces_.data());
  const size_t piece_end = k + 1 < pieces_.size() ? pieces_[k + 1].view : text_.size();
  return view_end <= piece_end ? &p : nullptr;
}

Span ScanView::to_doc(uint32_t view_begin, uint32_t view_end) const {
  if (const Piece* p = single_piece(view_begin, view_end)) {
    const uint32_t last = view_end - 1;  // doc_end(view_end), from the same piece
    return {doc_of(*p, view_begin), doc_of(*p, last) + (last == p->view ? p->head() : 1)};
  }
  return {doc_begin(view_begin), doc_end(view_end)};
}

bool ScanView::verbatim(uint32_t view_begin, uint32_t view_end, Span* doc) const {
  const Piece* p = single_piece(view_begin, view_end);
  // Past its first byte a piece is the Document's bytes one for one; its first byte is too
  // unless it stands for a folded character.
  if (!p || (view_begin == p->view && p->head() != 1)) return false;
  const uint32_t d = doc_of(*p, view_begin);
  *doc = {d, d + (view_end - view_begin)};
  return true;
}

uint32_t ScanView::doc_end(uint32_t v) const {
  if (v == 0) return doc_begin(0);
  const Piece& p = piece_at(v - 1);
  return doc_of(p, v - 1) + (v - 1 == p.view ? p.head() : 1);
}

ScanView::ViewEdit ScanView::view_edit(std::string_view have, std::string_view replacement) {
  // Common prefix, compared through the same width folding the view applies.
  size_t hp = 0, rp = 0;
  while (hp < have.size() && rp < replacement.size()) {
    size_t h2 = hp, r2 = rp;
    if (utf8::next(have, h2) != fold_width(utf8::next(replacement, r2))) break;
    hp = h2, rp = r2;
  }
  size_t hs = have.size(), rs = replacement.size();
  while (hs > hp && rs > rp) {
    size_t h2 = hs, r2 = rs;
    if (utf8::prev(have, h2) != fold_width(utf8::prev(replacement, r2))) break;
    hs = h2, rs = r2;
  }
  return {hp, have.size() - hs, rp, replacement.size() - rs};
}

Edit ScanView::minimal_edit(uint32_t view_begin, uint32_t view_end,
                            std::string_view replacement) const {
  std::string_view have = std::string_view(text_).substr(view_begin, view_end - view_begin);
  const ViewEdit ve = view_edit(have, replacement);
  return place_edit(view_begin, view_end, ve, ve.inserted(replacement));
}

Edit ScanView::place_edit(uint32_t view_begin, uint32_t view_end, const ViewEdit& edit,
                          std::string_view inserted) const {
  const size_t hp = edit.keep_front, hs = (view_end - view_begin) - edit.keep_back;
  Edit e;
  e.replacement = std::string(inserted);
  if (hs > hp) {
    e.span = to_doc(view_begin + static_cast<uint32_t>(hp), view_begin + static_cast<uint32_t>(hs));
  } else {
    uint32_t at = doc_end(view_begin + static_cast<uint32_t>(hp));
    e.span = {at, at};
  }
  return e;
}

std::string ScanView::fold(std::string_view s) { return ScanView(s).text(); }

}  // namespace unlint
