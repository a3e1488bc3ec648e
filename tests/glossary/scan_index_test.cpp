// The glossary scan finds the leftmost-longest key at every position, through the index of key
// groups by their first two code points (split further when large, and the trie for a large
// remainder), the same way after
// a round trip through the compiled bytes.
#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

#include "glossary/glossary.h"
#include "text/scan_view.h"
#include "text/utf8.h"

namespace unlint {
namespace {

// Keys that stress the index: a group large enough to be split by its third and fourth code
// points (联合…), with keys of two, three and more code points; a split group whose keys mostly
// share their first four code points, more of them than the linear limit, so the trie is asked
// (国际合作…); keys that are prefixes of longer keys, a one-character key, a key that starts
// outside the BMP, Latin keys.
std::vector<std::string> test_keys() {
  std::vector<std::string> keys = {"人权",     "人权理事会", "人权理事会特别会议",
                                   "棉",       "𠀀地",       "𠀀地区",
                                   "COVID-19", "A/HRC",      "会员国",
                                   "理事会",   "特别",       "国际合作"};
  const std::u32string tail = U"国开发计划署儿童基金会人口";
  for (size_t k = 0; k < 90; ++k) {
    std::string key = "联合";
    utf8::append(key, tail[k % tail.size()]);
    utf8::append(key, tail[(k / tail.size()) % tail.size()]);
    if (k % 3 == 0) utf8::append(key, tail[(k * 7) % tail.size()]);
    keys.push_back(key);
  }
  for (size_t k = 0; k < 80; ++k) {
    std::string key = "国际合作";
    utf8::append(key, tail[k % tail.size()]);
    if (k >= tail.size()) utf8::append(key, tail[(k / tail.size()) % tail.size()]);
    keys.push_back(key);
  }
  keys.push_back("联合");
  keys.push_back("国际合");
  std::set<std::string> unique(keys.begin(), keys.end());
  return {unique.begin(), unique.end()};
}

std::unique_ptr<Glossary> build(const std::vector<std::string>& keys) {
  std::string yaml = "concepts:\n";
  for (size_t i = 0; i < keys.size(); ++i) {
    yaml += "  - id: c" + std::to_string(i) + "\n    official: \"" + keys[i] +
            "\"\n    en: c\n    source: test\n";
  }
  auto g = std::make_unique<Glossary>();
  g->add_yaml(yaml, "test.yaml");
  g->build();
  return g;
}

struct Match {
  uint32_t begin, end;
  std::string form;
  bool operator==(const Match&) const = default;
};

// Leftmost-longest by trying every key at every code point.
std::vector<Match> plain_scan(const std::vector<std::string>& keys, std::string_view t) {
  std::vector<Match> out;
  size_t i = 0;
  while (i < t.size()) {
    const std::string* best = nullptr;
    for (const std::string& k : keys) {
      if (t.substr(i).starts_with(k) && (!best || k.size() > best->size())) best = &k;
    }
    if (best) {
      out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + best->size()), *best});
      i += best->size();
    } else {
      utf8::next(t, i);
    }
  }
  return out;
}

std::vector<Match> scan(const Glossary& g, const ScanView& v) {
  std::vector<TermMatch> found;
  g.scan(v, found);
  std::vector<Match> out;
  for (const TermMatch& m : found) out.push_back({m.view_begin, m.view_end, g.form_text(m.form)});
  return out;
}

TEST(GlossaryScan, FindsTheLeftmostLongestKeyLikeTryingEveryKey) {
  const std::vector<std::string> keys = test_keys();
  auto g = build(keys);
  auto copy = Glossary::from_bytes(g->to_bytes());
  ASSERT_NE(copy, nullptr);
  std::vector<std::string> pieces = keys;
  for (const char* p : {"的", "联", "合", "人", "𠀀", "地", "，", " ", "A", "/", "9", "国"}) {
    pieces.push_back(p);
  }
  std::mt19937 rng(13);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int k = 0; k < 40; ++k) {
      std::string p = pieces[pick(rng)];
      if (k % 5 == 0 && utf8::count_code_points(p) > 2) p.resize(p.size() - 3);  // a cut key
      text += p;
    }
    ScanView v(text);
    std::vector<Match> want = plain_scan(keys, v.text());
    ASSERT_EQ(scan(*g, v), want) << "round " << round << ": " << text;
    ASSERT_EQ(scan(*copy, v), want) << "round " << round << " (from bytes)";
  }
}

TEST(GlossaryScan, KeyAtTheVeryEndAndOneCharacterKeys) {
  auto g = build(test_keys());
  ScanView v("棉人权理事会棉联合国");
  std::vector<Match> found = scan(*g, v);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].form, "棉");
  EXPECT_EQ(found[1].form, "人权理事会");
  EXPECT_EQ(found[2].form, "棉");
  EXPECT_EQ(found[3].form, "联合");  // 联合国 is no key (联合 and 联合国开… are)
}

}  // namespace
}  // namespace unlint
