#include "text/scan_view.h"

#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace unlint
