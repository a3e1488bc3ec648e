#include "text/scan_view.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace unlint {
namespace {

TEST(ScanView, DropsBreaksAndSpacesBetweenCjkAndDigits) {
  std::string src = "大会 2019 年 12 月 18\n\n日第 74/153 号决议";
  ScanView v(src);
  EXPECT_EQ(v.text(), "大会2019年12月18日第74/153号决议");
}

TEST(ScanView, KeepsSpacesElsewhere) {
  EXPECT_EQ(ScanView::fold("见 E/CN.4/2001/2, 第二章"), "见 E/CN.4/2001/2, 第二章");  // CJK-Latin
  EXPECT_EQ(ScanView::fold("2 000 人"), "2 000人");  // digit groups stay apart
  EXPECT_EQ(ScanView::fold("COVID-19 related"), "COVID-19 related");
}

TEST(ScanView, FoldsFullWidthForms) {
  std::string src = "Ａ／ＨＲＣ／４４／２８";
  ScanView v(src);
  EXPECT_EQ(v.text(), "A/HRC/44/28");
  // Each folded character maps back to its three source bytes.
  EXPECT_EQ(v.doc_begin(1), 3u);
  EXPECT_EQ(v.doc_end(2), 6u);
  Span s = v.to_doc(0, static_cast<uint32_t>(v.text().size()));
  EXPECT_EQ(s.begin, 0u);
  EXPECT_EQ(s.end, src.size());
}

TEST(ScanView, MapsATermSplitAcrossLinesToOneSpan) {
  std::string src = "参加普遍定\r\n\r\n期审议。";
  ScanView v(src);
  EXPECT_EQ(v.text(), "参加普遍定期审议。");
  uint32_t vb = static_cast<uint32_t>(v.text().find("普遍"));
  uint32_t ve = static_cast<uint32_t>(v.text().find("。"));
  Span s = v.to_doc(vb, ve);
  EXPECT_EQ(src.substr(s.begin, s.size()), "普遍定\r\n\r\n期审议");
}

TEST(ScanView, VerbatimRangesAreTheDocumentsBytes) {
  // A kept break after 见, a full-width solidus in the symbol, a dropped space after it.
  std::string src = "见\nA/HRC／44/28 和 E/CN.4";
  ScanView v(src);
  ASSERT_EQ(v.text(), "见\nA/HRC/44/28和 E/CN.4");  // CJK-Latin breaks stay, digit-CJK go
  const std::string& t = v.text();
  auto check = [&](std::string_view part, bool expect) {
    SCOPED_TRACE(std::string(part));
    uint32_t b = static_cast<uint32_t>(t.find(part));
    uint32_t e = b + static_cast<uint32_t>(part.size());
    Span doc;
    ASSERT_EQ(v.verbatim(b, e, &doc), expect);
    if (expect) {
      EXPECT_EQ(src.substr(doc.begin, doc.size()), part);
      EXPECT_EQ(doc.begin, v.to_doc(b, e).begin);
      EXPECT_EQ(doc.end, v.to_doc(b, e).end);
    }
  };
  check("A/HRC", true);
  check("44/28", true);             // after the folded solidus
  check("A/HRC/44/28", false);      // across it
  check("/44", false);              // starting on it
  check("E/CN.4", true);
  check("28和", false);  // across the dropped space
  check("见", true);
  check(std::string_view("见\nA"), true);  // a kept break is the Document's byte
}

TEST(ScanView, IdeographicSpaceIsWhitespace) {
  EXPECT_EQ(ScanView::fold("人权\u3000理事会"), "人权理事会");
  EXPECT_EQ(ScanView::fold("A\u3000B"), "A B");
}

TEST(ScanView, MinimalEditKeepsLineBreaksInsideATerm) {
  std::string src = "普遍定\n\n期审查";
  ScanView v(src);
  Edit e = v.minimal_edit(0, static_cast<uint32_t>(v.text().size()), "普遍定期审议");
  EXPECT_EQ(src.substr(e.span.begin, e.span.size()), "查");
  EXPECT_EQ(e.replacement, "议");
}

TEST(ScanView, MinimalEditInsertion) {
  std::string src = "人权理事会";
  ScanView v(src);
  Edit e = v.minimal_edit(0, 6, "人权事务");  // "人权" → "人权事务"
  EXPECT_EQ(e.span.begin, 6u);
  EXPECT_EQ(e.span.end, 6u);
  EXPECT_EQ(e.replacement, "事务");
}

TEST(ScanView, LongWhitespaceRunIsLinear) {
  std::string src = "人" + std::string(1 << 20, ' ') + "A";
  ScanView v(src);
  EXPECT_EQ(v.text().size(), src.size());
}

TEST(ScanView, EmptyInput) {
  ScanView v("");
  EXPECT_EQ(v.text(), "");
  EXPECT_EQ(v.to_doc(0, 0).begin, 0u);
}

// The view as its definition reads, one code point at a time: each kept character (folded or
// not) with the Document bytes it stands for.
struct PlainChar {
  uint32_t view_begin, view_end, doc_begin, doc_end;
};
std::string plain_view(std::string_view src, std::vector<PlainChar>& chars) {
  auto joins = [](char32_t c) {
    return utf8::is_cjk_text(c) || utf8::is_ascii_digit(fold_width(c));
  };
  auto digit = [](char32_t c) { return utf8::is_ascii_digit(fold_width(c)); };
  std::string out;
  auto keep = [&](size_t begin, size_t end, char32_t c) {
    uint32_t v = static_cast<uint32_t>(out.size());
    utf8::append(out, fold_width(c));
    chars.push_back({v, static_cast<uint32_t>(out.size()), static_cast<uint32_t>(begin),
                     static_cast<uint32_t>(end)});
  };
  char32_t prev = 0;
  size_t i = 0;
  while (i < src.size()) {
    size_t start = i;
    char32_t c = utf8::next(src, i);
    if (!is_space(c)) {
      keep(start, i, c);
      prev = c;
      continue;
    }
    size_t run_end = i;
    char32_t next = 0;
    while (run_end < src.size()) {
      size_t k = run_end;
      next = utf8::next(src, k);
      if (!is_space(next)) break;
      run_end = k;
      next = 0;
    }
    if (!(prev != 0 && next != 0 && joins(prev) && joins(next) && !(digit(prev) && digit(next)))) {
      for (size_t k = start; k < run_end;) {
        size_t b = k;
        char32_t w = utf8::next(src, k);
        keep(b, k, w);
      }
    }
    i = run_end;
  }
  return out;
}

TEST(ScanView, FastPathsAgreeWithTheCharacterByCharacterDefinition) {
  static const char32_t kChars[] = {U'人', U'权', U'〇', U'Ａ', U'１', U'／', U'　', U' ',  U'\n',
                                    U'\t', U'7',  U'a',  U'/',  U'，', U'“',  U'é',  U'𠀀', U'\u00A0',
                                    U'\u2003', U'\uFEFF', U'ア', U'—'};
  std::mt19937 rng(5);
  std::uniform_int_distribution<size_t> pick(0, std::size(kChars) - 1);
  for (int round = 0; round < 400; ++round) {
    std::string src;
    for (int k = 0; k < 80; ++k) utf8::append(src, kChars[pick(rng)]);
    std::vector<PlainChar> chars;
    std::string want = plain_view(src, chars);
    ScanView v(src);
    ASSERT_EQ(v.text(), want) << "round " << round;
    for (const PlainChar& c : chars) {
      ASSERT_EQ(v.doc_begin(c.view_begin), c.doc_begin) << "round " << round;
      ASSERT_EQ(v.doc_end(c.view_end), c.doc_end) << "round " << round;
    }
    // A range's map (one lookup when it lies in one piece) agrees with its two ends', and a
    // verbatim range is the Document's bytes.
    for (size_t a = 0; a < chars.size(); ++a) {
      for (size_t b = a; b < chars.size() && b < a + 6; ++b) {
        const uint32_t vb = chars[a].view_begin, ve = chars[b].view_end;
        const Span s = v.to_doc(vb, ve);
        ASSERT_EQ(s.begin, chars[a].doc_begin) << "round " << round;
        ASSERT_EQ(s.end, chars[b].doc_end) << "round " << round;
        Span d;
        if (v.verbatim(vb, ve, &d)) {
          ASSERT_EQ(src.substr(d.begin, d.size()), want.substr(vb, ve - vb)) << "round " << round;
        }
      }
    }
  }
}

}  // namespace
}  // namespace unlint
