#include "text/utf8.h"

#include <unicode/uchar.h>

#include <cstring>

#include "core/byte_scan.h"

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

namespace {

// Whether s[i, i + 16) holds only ASCII and three-byte sequences whose lead byte allows any
// continuation (E1..EC, EE, EF: neither overlong nor a surrogate), every continuation byte where
// a lead byte one or two before asks for it — given that the bytes before i are valid. A lead
// byte near the end asks for bytes the next block (or the scalar tail) checks. Needs i >= 2 and
// i + 16 <= s.size().
bool simple_block(const char* p) {
  using namespace bytes;
  const Lanes x = load(p), x1 = load(p - 1), x2 = load(p - 2);
  auto lead3 = [](Lanes v) { return in(v, 0xE1, 0xEC) | in(v, 0xEE, 0xEF); };
  auto cont = [](Lanes v) { return in(v, 0x80, 0xBF); };
  const uint32_t is_cont = mask(cont(x));
  const uint32_t wants_cont = mask(lead3(x1) | lead3(x2));
  const uint32_t allowed = mask(le(x, 0x7F) | cont(x) | lead3(x));
  return is_cont == wants_cont && allowed == 0xFFFF;
}

}  // namespace

size_t valid_prefix(std::string_view s) {
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    // Sixteen bytes at a time while the text is ASCII and common three-byte characters.
    if (i >= 2) {
      while (i + bytes::kBlock <= n && simple_block(s.data() + i)) i += bytes::kBlock;
      // Back to the start of the last character that begins before i: it may go on past i, into
      // the bytes no block has vouched for.
      if (i > 0) {
        do {
          --i;
        } while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
      }
    }
    // One character at a time for at least a block's worth, then try blocks again.
    const size_t until = std::min(n, i + bytes::kBlock);
    while (i < until) {
      size_t len = sequence_length(s, i);
      if (len == 0) return i;
      i += len;
    }
  }
  return n;
}

}  // namespace unlint::utf8
