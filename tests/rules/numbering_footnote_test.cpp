#include <gtest/gtest.h>

#include "structure/corpus_edits.h"
#include "test_util.h"

namespace unlint::testing {
namespace {

constexpr std::string_view kCode = "numbering.footnote";

std::vector<Diagnostic> footnote(std::string_view text) { return only(lint_text(text), kCode); }

TEST(NumberingFootnote, MarkersOutOfOrder) {
  Annotated a = annotate(
      " 1. 回顾第 2000/22 号决议，1\n\n 2. 注意到报告；[[3]]\n\n 3. 注意到报告；[[2]]\n\n\n\n"
      " 1 见 E/CN.4/2001/2。\n\n 2 A/HRC/43/68。\n\n 3 A/HRC/44/28。\n");
  auto d = footnote(a.text);
  EXPECT_EQ(spans_of(d, kCode), a.spans);
  ASSERT_FALSE(d.empty());
  EXPECT_NE(d[0].message.find("此处应为脚注2，实为脚注3"), std::string::npos);
  EXPECT_EQ(d[0].severity, Severity::kWarning);
}

TEST(NumberingFootnote, MarkerWithoutTextAndTextWithoutMarker) {
  Annotated a = annotate(
      " 1. 回顾第 2000/22 号决议，1\n\n 2. 注意到报告；[[2]]\n\n\n\n 1 见 E/CN.4/2001/2。\n");
  auto d = footnote(a.text);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].span, a.spans[0]);
  EXPECT_NE(d[0].message.find("没有脚注文本"), std::string::npos);

  Annotated b = annotate(
      " 1. 回顾决议，1\n\n 2. 注意到报告；\n\n\n\n 1 见 E/CN.4/2001/2。\n\n [[2]] A/HRC/43/68。\n");
  auto e = footnote(b.text);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].span, b.spans[0]);
  EXPECT_NE(e[0].message.find("没有对应的脚注标记"), std::string::npos);
}

TEST(NumberingFootnote, SilentWhereTheTextCarriesNoFootnotes) {
  EXPECT_TRUE(footnote(" 1. 回顾决议，1\n\n 2. 注意到报告；3\n").empty());
  EXPECT_TRUE(footnote(" 1. 注意到报告，30\n\n个国家参加；\n").empty());
}

TEST(NumberingFootnote, CorpusAndItsVariantsAreSilent) {
  auto text = corpus_text();
  if (!text) GTEST_SKIP() << "../shared/corpus is not available";
  std::string ns = remove_digit_han_spaces(*text);
  for (const std::string& v : {*text, to_crlf(*text), ns, join_indented(*text), join_blocks(ns),
                               join_unterminated(*text), join_unterminated(ns), one_line(*text)}) {
    EXPECT_TRUE(footnote(v).empty()) << footnote(v)[0].message;
  }
}

TEST(NumberingFootnote, CorpusCopies) {
  auto text = corpus_text();
  if (!text) GTEST_SKIP() << "../shared/corpus is not available";
  // Paragraphs 20 (footnote 2) and 30 (footnote 3) swapped whole: markers run 1, 3, 2.
  std::string a = delete_paragraph(*text, 20), b = *text;
  auto [b20, e20] = paragraph_block(*text, 20);
  auto [b30, e30] = paragraph_block(*text, 30);
  std::string swapped = text->substr(0, b20) + text->substr(b30, e30 - b30) +
                        text->substr(e20, b30 - e20) + text->substr(b20, e20 - b20) +
                        text->substr(e30);
  EXPECT_EQ(footnote(swapped).size(), 2u);
  // Paragraph 20 deleted: marker 2 is gone, its text stays.
  auto d = footnote(a);
  ASSERT_EQ(d.size(), 2u);
  EXPECT_NE(d[0].message.find("此处应为脚注2，实为脚注3"), std::string::npos);
  EXPECT_NE(d[1].message.find("脚注2的文本"), std::string::npos);
  // Footnote text 3 deleted.
  std::string c = replace_once(b, " 3 A/HRC/44/28。", "");
  EXPECT_EQ(footnote(c).size(), 1u);
}

}  // namespace
}  // namespace unlint::testing
