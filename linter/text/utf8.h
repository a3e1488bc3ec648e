// Small UTF-8 helpers for the hot paths: decoding one code point, classifying CJK text.
// All functions take well-formed UTF-8 (Documents are validated when decoded).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace unlint::utf8 {

// Length in bytes of the sequence that starts with lead byte `b` (1 for invalid leads).
inline int seq_len(unsigned char b) {
  if (b < 0x80) return 1;
  if (b < 0xE0) return b >= 0xC0 ? 2 : 1;
  if (b < 0xF0) return 3;
  return b < 0xF8 ? 4 : 1;
}

// Decodes the code point at s[i] and advances i past it. A lead byte without room for its
// sequence, or a stray continuation byte, is returned as it is.
// Always inlined: scanners call it for every character, where a call costs more than the
// decoding.
[[gnu::always_inline]] inline char32_t next(std::string_view s, size_t& i) {
  const unsigned char b = static_cast<unsigned char>(s[i]);
  auto cont = [&s, &i](size_t k) {
    return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F);
  };
  if (b < 0x80) {
    ++i;
    return b;
  }
  if (b >= 0xE0 && b < 0xF0) {  // three bytes: most of Chinese text
    if (i + 3 <= s.size()) {
      char32_t c = (static_cast<char32_t>(b & 0x0F) << 12) | (cont(1) << 6) | cont(2);
      i += 3;
      return c;
    }
  } else if (b >= 0xC0 && b < 0xE0) {
    if (i + 2 <= s.size()) {
      char32_t c = (static_cast<char32_t>(b & 0x1F) << 6) | cont(1);
      i += 2;
      return c;
    }
  } else if (b >= 0xF0 && b < 0xF8) {
    if (i + 4 <= s.size()) {
      char32_t c = (static_cast<char32_t>(b & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) |
                   cont(3);
      i += 4;
      return c;
    }
  }
  ++i;
  return b;
}

// Decodes the code point that ends just before s[i] and moves i back to its start.
inline char32_t prev(std::string_view s, size_t& i) {
  size_t j = i;
  do {
    --j;
  } while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80);
  i = j;
  size_t k = j;
  return next(s, k);
}

inline void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

inline std::string encode(char32_t c) {
  std::string s;
  append(s, c);
  return s;
}

// Han ideographs (URO, extensions A–H, compatibility ideographs) and 〇.
inline bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF) || c == 0x3007;
}

// Characters that belong to running Chinese text: Han, CJK punctuation, full-width forms and the
// quotation marks and dashes Chinese text uses. Whitespace between two of them (or between one of
// them and a digit) is an extraction artefact.
inline bool is_cjk_text(char32_t c) {
  return is_han(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ||
         (c >= 0x2010 && c <= 0x2027) || c == 0x00B7;
}

inline bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

// Display columns of a code point in a terminal: wide (2) for East Asian wide/full-width.
int display_width(char32_t c);

// Number of code points in s.
size_t count_code_points(std::string_view s);

// Number of UTF-16 code units needed for s.
size_t count_utf16(std::string_view s);

// Length of the well-formed UTF-8 sequence at s[i] (1 for ASCII), or 0 when it is not one
// (overlong, surrogate, beyond U+10FFFF, truncated, or a stray continuation byte).
size_t sequence_length(std::string_view s, size_t i);
// Byte length of the longest prefix of s that is well-formed UTF-8; equals s.size() when valid.
size_t valid_prefix(std::string_view s);

}  // namespace unlint::utf8
