// byte_scan: every position a predicate marks is found, at any offset from the start of a block
// and in the zero-padded tail; CharTrigger and find agree with a plain search.
// byte_scan_scalar_test.cpp includes this file again with the portable emulation.
#include "core/byte_scan.h"

#include <gtest/gtest.h>

#ifndef BYTE_SCAN_SUITE
#define BYTE_SCAN_SUITE ByteScan
#endif

#include <string>
#include <vector>

#include "text/utf8.h"

namespace unlint::testing {
namespace {

// Positions where one of `chars` starts, by a plain walk over code points.
std::vector<size_t> plain(std::string_view s, const std::vector<char32_t>& chars) {
  std::vector<size_t> out;
  for (size_t i = 0; i < s.size();) {
    size_t at = i;
    char32_t c = utf8::next(s, i);
    for (char32_t x : chars) {
      if (x == c) out.push_back(at);
    }
  }
  return out;
}

// Positions where `trigger` marks a code point that is one of `chars` (it may mark more).
std::vector<size_t> triggered(std::string_view s, const bytes::CharTrigger& trigger,
                              const std::vector<char32_t>& chars) {
  std::vector<size_t> out;
  for (size_t i = 0; (i = bytes::find_first(s, i, trigger)) < s.size();) {
    size_t k = i;
    char32_t c = utf8::next(s, k);
    for (char32_t x : chars) {
      if (x == c) out.push_back(i);
    }
    i = k;
  }
  return out;
}

TEST(BYTE_SCAN_SUITE, FindsAMarkAtEveryOffsetAndInTheTail) {
  for (size_t len = 0; len < 70; ++len) {
    for (size_t at = 0; at < len; ++at) {
      std::string s(len, 'a');
      s[at] = 'x';
      auto is_x = [](const char* p) { return bytes::mask(bytes::eq(bytes::load(p), 'x')); };
      EXPECT_EQ(bytes::find_first(s, 0, is_x), at) << len << " " << at;
      EXPECT_EQ(bytes::find_first(s, at + 1, is_x), len) << len << " " << at;
    }
  }
}

TEST(BYTE_SCAN_SUITE, APatternNeverCompletesPastTheEnd) {
  // E3 80 80 is U+3000; a text that ends with E3 80 must not match it in the padding.
  std::string s = "人权\xE3\x80";
  auto u3000 = [](const char* p) {
    using namespace bytes;
    return mask(eq(load(p), 0xE3) & eq(load(p + 1), 0x80) & eq(load(p + 2), 0x80));
  };
  EXPECT_EQ(bytes::find_first(s, 0, u3000), s.size());
  s += "\x80";
  EXPECT_EQ(bytes::find_first(s, 0, u3000), 6u);
}

TEST(BYTE_SCAN_SUITE, CharTriggerMarksEveryMember) {
  const std::vector<char32_t> chars = {U'，', U'；', U'。', U'”', U')', U';', U'〇', U'二',
                                       U'é', U'\U00020000'};
  bytes::CharTrigger trigger(chars);
  std::string s;
  const std::u32string pieces = U"人权理事会，第四十四届会议；2020年二〇二〇年。“决议”) ;é\U00020000 末";
  for (int round = 0; round < 5; ++round) {
    for (char32_t c : pieces) utf8::append(s, c);
    s += std::string(static_cast<size_t>(round), ' ');  // shift the blocks
    EXPECT_EQ(triggered(s, trigger, chars), plain(s, chars));
  }
}

TEST(BYTE_SCAN_SUITE, CharTriggerRangeAndOverflow) {
  bytes::CharTrigger digits;
  digits.add_range('0', '9');
  std::string s = "第70/1号决议，2015年9月25日";
  EXPECT_EQ(bytes::find_first(s, 0, digits), s.find('7'));
  // More distinct pairs than fit: every non-ASCII lead byte is marked, still a superset.
  std::vector<char32_t> many;
  for (char32_t c = 0x4E00; c < 0x4E00 + 64 * 20; c += 64) many.push_back(c);
  bytes::CharTrigger wide(many);
  std::string t;
  for (char32_t c : many) utf8::append(t, c), t += "ab";
  EXPECT_EQ(triggered(t, wide, many), plain(t, many));
}

TEST(BYTE_SCAN_SUITE, FindAgreesWithStringFind) {
  std::string hay;
  for (int i = 0; i < 40; ++i) hay += i % 7 == 0 ? "会员国和成员国" : "人权理事会员";
  for (std::string_view needle : {"员国", "第", "成员国", "会员国和", "x", "员国x"}) {
    for (size_t from = 0; from <= hay.size(); from += 5) {
      EXPECT_EQ(bytes::find(hay, needle, from), std::string_view(hay).find(needle, from))
          << needle << " from " << from;
    }
  }
}

TEST(BYTE_SCAN_SUITE, CursorAgreesWithFindFirstWhereverItIsAsked) {
  std::string s;
  for (int i = 0; i < 37; ++i) s += i % 3 == 0 ? "人权，" : (i % 5 == 0 ? "x;" : "理事会");
  bytes::CharTrigger trigger(std::vector<char32_t>{U'，', U';', U'事'});
  for (size_t stride : {1u, 2u, 3u, 7u, 16u, 17u, 40u}) {
    bytes::Cursor cursor(s, trigger);
    for (size_t from = 0; from <= s.size() + 2; from += stride) {
      EXPECT_EQ(cursor.next(from), bytes::find_first(s, from, trigger))
          << "stride " << stride << " from " << from;
    }
    // And asked again behind where it has been.
    EXPECT_EQ(cursor.next(0), bytes::find_first(s, 0, trigger));
    EXPECT_EQ(cursor.next(5), bytes::find_first(s, 5, trigger));
  }
}

}  // namespace
}  // namespace unlint::testing
