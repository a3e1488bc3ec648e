// The UTF-8 helpers' fast paths agree with their plain definitions, on valid and invalid bytes.
#include "text/utf8.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace unlint {
namespace {

// Decoding as the definition says: the sequence length from the lead byte, then six bits from
// each following byte; a lead without room for its sequence stands for itself.
char32_t plain_next(std::string_view s, size_t& i) {
  unsigned char b = static_cast<unsigned char>(s[i]);
  int n = utf8::seq_len(b);
  if (n == 1 || i + n > s.size()) {
    ++i;
    return b;
  }
  char32_t c = b & (0xFF >> (n + 1));
  for (int k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return c;
}

// Well-formed UTF-8 checked one code point at a time: no overlong forms, no surrogates.
size_t plain_valid_prefix(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    char32_t min;
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2, min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3, min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4, min = 0x10000;
    } else {
      return i;
    }
    if (i + len > s.size()) return i;
    char32_t c = b & (0xFF >> (len + 1));
    for (size_t k = 1; k < len; ++k) {
      unsigned char t = static_cast<unsigned char>(s[i + k]);
      if ((t & 0xC0) != 0x80) return i;
      c = (c << 6) | (t & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return i;
    i += len;
  }
  return s.size();
}

// Mostly well-formed text (ASCII runs, Chinese, full-width forms, astral characters) with the
// odd damaged byte, so that both the fast paths and their exits are taken.
std::string random_text(std::mt19937& rng, size_t pieces, bool damage) {
  static const char32_t kChars[] = {U'a',  U' ',      U'\n',     U'7',     U'人', U'权',
                                    U'〇', U'Ａ',     U'／',     U'é',     U'Ω',  U'𠀀',
                                    U'😀',  U'\u3000', U'\uD7FF', U'\uFFFD'};
  std::string s;
  std::uniform_int_distribution<size_t> pick(0, std::size(kChars) - 1);
  std::uniform_int_distribution<int> byte(0, 255), percent(0, 99), run(1, 20);
  for (size_t k = 0; k < pieces; ++k) {
    if (damage && percent(rng) < 3) {
      s += static_cast<char>(byte(rng));
      continue;
    }
    char32_t c = kChars[pick(rng)];
    for (int r = c < 0x80 ? run(rng) : 1; r > 0; --r) utf8::append(s, c);
  }
  return s;
}

TEST(Utf8, NextAgreesWithThePlainDecoding) {
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string s = random_text(rng, 60, true);
    for (size_t cut = 0; cut <= 3 && cut < s.size(); ++cut) {
      std::string_view v(s.data(), s.size() - cut);  // truncated sequences at the end too
      size_t i = 0, j = 0;
      while (i < v.size()) {
        char32_t a = utf8::next(v, i), b = plain_next(v, j);
        ASSERT_EQ(a, b) << "round " << round << " at " << j;
        ASSERT_EQ(i, j);
      }
    }
  }
}

TEST(Utf8, ValidPrefixAgreesWithThePlainCheck) {
  std::mt19937 rng(11);
  for (int round = 0; round < 500; ++round) {
    std::string s = random_text(rng, 80, round % 2 == 1);
    ASSERT_EQ(utf8::valid_prefix(s), plain_valid_prefix(s)) << "round " << round;
  }
  for (std::string s : {std::string("\xED\xA0\x80"), std::string("\xE0\x80\xAF"),
                        std::string("abcdefgh\xC0\xAF"), std::string("人\xE4\xBA"),
                        std::string("\xF4\x90\x80\x80"), std::string("12345678\xEF\xBF\xBF")}) {
    EXPECT_EQ(utf8::valid_prefix(s), plain_valid_prefix(s)) << s;
  }
}

TEST(Utf8, ValidPrefixFindsOneBadByteAnywhereInLongText) {
  // Long runs of ASCII and common three-byte characters go sixteen bytes at a time; one byte
  // changed anywhere must still be found where the plain check finds it.
  std::mt19937 rng(5);
  const std::string pieces[] = {"人", "权", "理", "事", "会", "，", "。", "a", "1", " ", "\n", "é",
                                "\xF0\x9F\x98\x80", "\xE0\xA4\x85", "\xED\x9F\xBF"};
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const size_t len = 20 + rng() % 200;
    while (s.size() < len) {
      // Mostly the simple kinds, now and then the others.
      size_t k = rng() % 100 < 90 ? rng() % 10 : rng() % std::size(pieces);
      s += pieces[k];
    }
    ASSERT_EQ(utf8::valid_prefix(s), s.size()) << "round " << round;
    const size_t at = rng() % s.size();
    const char bad[] = {'\x80', '\xBF', '\xC0', '\xE4', '\xED', '\xF5', '\xFF', 'A'};
    s[at] = bad[rng() % std::size(bad)];
    ASSERT_EQ(utf8::valid_prefix(s), plain_valid_prefix(s)) << "round " << round << " at " << at;
    s.resize(s.size() - rng() % 3);  // and cut, so a sequence may end early
    ASSERT_EQ(utf8::valid_prefix(s), plain_valid_prefix(s)) << "round " << round << " cut";
  }
}

}  // namespace
}  // namespace unlint
