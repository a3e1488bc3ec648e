// Finding the next byte pattern of interest sixteen bytes at a time.
//
// The scanners (the view, UTF-8 validation, the numbering parser, the date, symbol and citation
// recognisers) spend most of their time passing over text that cannot start anything they look
// for. `find_first` runs a predicate over blocks of sixteen bytes — SSE2 on x86-64 (always
// present there), a portable byte-by-byte emulation elsewhere — and returns the first position
// the predicate marks. A predicate may look up to `kLookahead` bytes past each position, so it
// can test the first two or three bytes of a UTF-8 sequence at once (E3 80 80 is U+3000).
// False positives are allowed (the caller re-checks); a position the caller wants must be marked.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

// UNLINT_SCALAR_BYTES forces the portable emulation (the tests build both); each variant lives in
// its own inline namespace, so the two never mix in one program.
#if defined(__SSE2__) && !defined(UNLINT_SCALAR_BYTES)
#define UNLINT_BYTES_SSE2 1
#include <emmintrin.h>
#else
#define UNLINT_BYTES_SSE2 0
#endif

namespace unlint::bytes {
#if UNLINT_BYTES_SSE2
inline namespace sse2 {
#else
inline namespace scalar {
#endif

constexpr size_t kBlock = 16;
constexpr size_t kLookahead = 2;  // bytes a predicate may read past the last position of a block

// Sixteen bytes, and sixteen lanes of comparison results (0x00 or 0xFF per lane).
#if UNLINT_BYTES_SSE2
struct Lanes {
  __m128i v;
};
inline Lanes load(const char* p) {
  return {_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))};
}
inline Lanes splat(uint8_t b) { return {_mm_set1_epi8(static_cast<char>(b))}; }
inline Lanes eq(Lanes a, Lanes b) { return {_mm_cmpeq_epi8(a.v, b.v)}; }
inline Lanes eq(Lanes a, uint8_t b) { return eq(a, splat(b)); }
// Unsigned a <= b, lane by lane.
inline Lanes le(Lanes a, uint8_t b) {
  return {_mm_cmpeq_epi8(_mm_min_epu8(a.v, _mm_set1_epi8(static_cast<char>(b))), a.v)};
}
// Unsigned lo <= a <= hi, lane by lane.
inline Lanes in(Lanes a, uint8_t lo, uint8_t hi) {
  __m128i shifted = _mm_sub_epi8(a.v, _mm_set1_epi8(static_cast<char>(lo)));
  __m128i span = _mm_set1_epi8(static_cast<char>(hi - lo));
  return {_mm_cmpeq_epi8(_mm_min_epu8(shifted, span), shifted)};
}
inline Lanes none() { return {_mm_setzero_si128()}; }
// Each byte with bit 5 set: ASCII capitals become small letters (and no other byte becomes one).
inline Lanes fold_case(Lanes a) { return {_mm_or_si128(a.v, _mm_set1_epi8(0x20))}; }
inline Lanes operator|(Lanes a, Lanes b) { return {_mm_or_si128(a.v, b.v)}; }
inline Lanes operator&(Lanes a, Lanes b) { return {_mm_and_si128(a.v, b.v)}; }
inline uint32_t mask(Lanes a) { return static_cast<uint32_t>(_mm_movemask_epi8(a.v)); }
#else
struct Lanes {
  uint8_t b[kBlock];
};
inline Lanes load(const char* p) {
  Lanes l;
  std::memcpy(l.b, p, kBlock);
  return l;
}
template <class F>
inline Lanes each(Lanes a, F f) {
  for (uint8_t& x : a.b) x = f(x) ? 0xFF : 0x00;
  return a;
}
inline Lanes splat(uint8_t b) {
  Lanes l;
  std::memset(l.b, b, kBlock);
  return l;
}
inline Lanes eq(Lanes a, Lanes b) {
  for (size_t i = 0; i < kBlock; ++i) a.b[i] = a.b[i] == b.b[i] ? 0xFF : 0x00;
  return a;
}
inline Lanes eq(Lanes a, uint8_t b) { return each(a, [b](uint8_t x) { return x == b; }); }
inline Lanes le(Lanes a, uint8_t b) { return each(a, [b](uint8_t x) { return x <= b; }); }
inline Lanes in(Lanes a, uint8_t lo, uint8_t hi) {
  return each(a, [lo, hi](uint8_t x) { return x >= lo && x <= hi; });
}
inline Lanes none() { return Lanes{}; }
inline Lanes fold_case(Lanes a) {
  for (uint8_t& x : a.b) x |= 0x20;
  return a;
}
inline Lanes operator|(Lanes a, Lanes b) {
  for (size_t i = 0; i < kBlock; ++i) a.b[i] |= b.b[i];
  return a;
}
inline Lanes operator&(Lanes a, Lanes b) {
  for (size_t i = 0; i < kBlock; ++i) a.b[i] &= b.b[i];
  return a;
}
inline uint32_t mask(Lanes a) {
  uint32_t m = 0;
  for (size_t i = 0; i < kBlock; ++i) m |= static_cast<uint32_t>(a.b[i] >> 7) << i;
  return m;
}
#endif

// The first position at or after a given one that `pred` marks, for a walk that asks again and
// again, mostly in increasing order. `pred(p)` returns a 16-bit mask of the positions p..p+15 it
// marks and may read p[0 .. 16 + kLookahead); past the end of `s` it reads zero bytes, so a
// pattern never completes there. The mask of the block the walk is in is kept, so where marks
// are dense (a false positive every few bytes) each one costs a bit test, not a block.
// `next(from)` is the first marked position at or after `from`, or s.size().
template <class Pred>
class Cursor {
 public:
  Cursor(std::string_view s, const Pred& pred) : s_(s), pred_(pred) {}

  size_t next(size_t from) {
    const size_t n = s_.size();
    if (from >= n) return n;
    if (from >= block_ && from < block_ + kBlock) {
      const uint32_t rest = mask_ & ~((uint32_t{1} << (from - block_)) - 1);
      if (rest) return block_ + static_cast<size_t>(__builtin_ctz(rest));
      from = block_ + kBlock;
    }
    for (; from < n; from += kBlock) {
      block_ = from;
      mask_ = block_mask(from);
      if (mask_) return from + static_cast<size_t>(__builtin_ctz(mask_));
    }
    block_ = n;
    mask_ = 0;
    return n;
  }

 private:
  uint32_t block_mask(size_t at) const {
    if (at + kBlock + kLookahead <= s_.size()) return pred_(s_.data() + at);
    // Near the end: a zero-padded copy, and only the positions that exist.
    char tail[kBlock + kLookahead] = {};
    const size_t left = std::min(s_.size() - at, kBlock + kLookahead);
    std::memcpy(tail, s_.data() + at, left);
    uint32_t m = pred_(tail);
    if (s_.size() - at < kBlock) m &= (uint32_t{1} << (s_.size() - at)) - 1;
    return m;
  }

  std::string_view s_;
  const Pred& pred_;
  size_t block_ = SIZE_MAX - kBlock;  // where mask_ was taken; none yet
  uint32_t mask_ = 0;
};

// The first position in [from, s.size()) that `pred` marks, or s.size(): one question.
template <class Pred>
inline size_t find_first(std::string_view s, size_t from, const Pred& pred) {
  return Cursor<Pred>(s, pred).next(from);
}

// Where `needle` first occurs in `s` at or after `from`, or npos — for UTF-8 needles that start
// with a common lead byte (第 E7 AC AC, 员国 E5 91 98 …), where std::string_view::find stops at
// every character of the same block. The needle's first three bytes are compared sixteen
// positions at a time, the rest only where they match.
inline size_t find(std::string_view s, std::string_view needle, size_t from = 0) {
  if (needle.size() < 3) return s.find(needle, from);
  const uint8_t n0 = static_cast<uint8_t>(needle[0]), n1 = static_cast<uint8_t>(needle[1]),
                n2 = static_cast<uint8_t>(needle[2]);
  auto first_three = [n0, n1, n2](const char* p) {
    return mask(eq(load(p), n0) & eq(load(p + 1), n1) & eq(load(p + 2), n2));
  };
  Cursor heads(s, first_three);
  for (size_t i = from; i + needle.size() <= s.size(); ++i) {
    i = heads.next(i);
    if (i + needle.size() > s.size()) break;
    if (s.compare(i, needle.size(), needle) == 0) return i;
  }
  return std::string_view::npos;
}

// A predicate for find_first that marks where any of a small set of code points may begin: ASCII
// members exactly, others by their first two bytes (the caller checks the code point). Its cost is
// a few operations per block for each distinct ASCII member and two-byte prefix; a set with more
// than fit marks every non-ASCII lead byte instead, which is still a superset.
class CharTrigger {
 public:
  CharTrigger() = default;
  explicit CharTrigger(const std::vector<char32_t>& chars) {
    for (char32_t c : chars) add(c);
  }
  void add(char32_t c);
  // Also every byte in [lo, hi] (ASCII only; one range).
  void add_range(uint8_t lo, uint8_t hi) {
    range_lo_ = lo;
    range_hi_ = hi;
    has_range_ = true;
  }

  uint32_t operator()(const char* p) const {
    const Lanes b0 = load(p);
    Lanes m = has_range_ ? in(b0, range_lo_, range_hi_) : none();
    if (any_lead_) m = m | in(b0, 0xC0, 0xFF);
    for (int k = 0; k < n_ascii_; ++k) m = m | eq(b0, ascii_v_[k]);
    if (n_pairs_ > 0) {
      const Lanes b1 = load(p + 1);
      for (int k = 0; k < n_pairs_; ++k) m = m | (eq(b0, lead_v_[k]) & eq(b1, second_v_[k]));
    }
    return mask(m);
  }

 private:
  static constexpr int kMaxAscii = 8, kMaxPairs = 8;
  uint8_t ascii_[kMaxAscii] = {};
  uint8_t pairs_[kMaxPairs][2] = {};
  // The same bytes in every lane, made once rather than in every block.
  Lanes ascii_v_[kMaxAscii] = {}, lead_v_[kMaxPairs] = {}, second_v_[kMaxPairs] = {};
  int n_ascii_ = 0, n_pairs_ = 0;
  bool has_range_ = false, any_lead_ = false;
  uint8_t range_lo_ = 0, range_hi_ = 0;
};

inline void CharTrigger::add(char32_t c) {
  if (c < 0x80) {
    for (int k = 0; k < n_ascii_; ++k) {
      if (ascii_[k] == c) return;
    }
    if (n_ascii_ == kMaxAscii) {
      // Too many: fall back to a range covering all of ASCII.
      add_range(0x00, 0x7F);
      return;
    }
    ascii_v_[n_ascii_] = splat(static_cast<uint8_t>(c));
    ascii_[n_ascii_++] = static_cast<uint8_t>(c);
    return;
  }
  uint8_t lead, second;
  if (c < 0x800) {
    lead = static_cast<uint8_t>(0xC0 | (c >> 6));
    second = static_cast<uint8_t>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    lead = static_cast<uint8_t>(0xE0 | (c >> 12));
    second = static_cast<uint8_t>(0x80 | ((c >> 6) & 0x3F));
  } else {
    lead = static_cast<uint8_t>(0xF0 | (c >> 18));
    second = static_cast<uint8_t>(0x80 | ((c >> 12) & 0x3F));
  }
  for (int k = 0; k < n_pairs_; ++k) {
    if (pairs_[k][0] == lead && pairs_[k][1] == second) return;
  }
  if (n_pairs_ == kMaxPairs) {
    any_lead_ = true;
    return;
  }
  pairs_[n_pairs_][0] = lead;
  pairs_[n_pairs_][1] = second;
  lead_v_[n_pairs_] = splat(lead);
  second_v_[n_pairs_] = splat(second);
  ++n_pairs_;
}

}  // inline namespace
}  // namespace unlint::bytes
