#include "text/utf8.h"

#include <unicode/uchar.h>

#include <cstring>

namespace unlint::utf8 {

int display_width(char32_t c) {
  if (c < 0x1100) return 1;
  int w = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
  return (w == U_EA_WIDE || w == U_EA_FULLWIDTH) ? 2 : 1;
}

size_t count_code_points(std::string_view s) {
  size_t n = 0;
  for (unsigned char b : s) n += (b & 0xC0) != 0x80;
  return n;
}

size_t count_utf16(std::string_view s) {
  size_t n = 0;
  for (unsigned char b : s) {
    if ((b & 0xC0) != 0x80) n += (b >= 0xF0) ? 2 : 1;
  }
  return n;
}

size_t sequence_length(std::string_view s, size_t i) {
  const unsigned char b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return 1;
  size_t len;
  char32_t min;
  if (b >= 0xC2 && b <= 0xDF) {
    len = 2, min = 0x80;
  } else if (b >= 0xE0 && b <= 0xEF) {
    len = 3, min = 0x800;
  } else if (b >= 0xF0 && b <= 0xF4) {
    len = 4, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  char32_t c = b & (0xFF >> (len + 1));
  for (size_t k = 1; k < len; ++k) {
    const unsigned char t = static_cast<unsigned char>(s[i + k]);
    if ((t & 0xC0) != 0x80) return 0;
    c = (c << 6) | (t & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  return len;
}

size_t valid_prefix(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      // ASCII runs eight bytes at a time.
      while (i + 8 <= n) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        if (w & 0x8080808080808080ull) break;
        i += 8;
      }
      continue;
    }
    if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
      // Three bytes whose lead allows any continuation: neither overlong nor a surrogate.
      if (i + 3 > n || (static_cast<unsigned char>(s[i + 1]) & 0xC0) != 0x80 ||
          (static_cast<unsigned char>(s[i + 2]) & 0xC0) != 0x80) {
        return i;
      }
      i += 3;
      continue;
    }
    size_t len = sequence_length(s, i);
    if (len == 0) return i;
    i += len;
  }
  return n;
}

}  // namespace unlint::utf8
