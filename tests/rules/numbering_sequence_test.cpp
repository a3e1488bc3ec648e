#include <gtest/gtest.h>

#include "structure/corpus_edits.h"
#include "test_util.h"

namespace unlint::testing {
namespace {

constexpr std::string_view kCode = "numbering.sequence";

std::vector<Diagnostic> sequence(std::string_view text) { return only(lint_text(text), kCode); }

TEST(NumberingSequence, GapReportedAtTheParagraphNamingTheExpectedNumber) {
  Annotated a = annotate(" 1. 重申；\n\n 2. 确认；\n\n [[4.]] 着重指出；\n\n 5. 决定。\n");
  auto d = sequence(a.text);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].span, a.spans[0]);
  EXPECT_NE(d[0].message.find("此处应为第3段，实为第4段"), std::string::npos);
  EXPECT_NE(d[0].message.find("expected paragraph 3, found 4"), std::string::npos);
  EXPECT_EQ(d[0].severity, Severity::kError);
  EXPECT_TRUE(d[0].fixes.empty());
}

TEST(NumberingSequence, DuplicateAndSwap) {
  Annotated dup = annotate(" 1. 重申；\n\n 2. 确认；\n\n [[2.]] 又确认；\n\n 3. 决定。\n");
  EXPECT_EQ(spans_of(sequence(dup.text), kCode), dup.spans);
  EXPECT_NE(sequence(dup.text)[0].message.find("重复"), std::string::npos);
  Annotated swap = annotate(" 1. 重申；\n\n [[3.]] 确认；\n\n [[2.]] 又确认；\n\n 4. 决定。\n");
  EXPECT_EQ(spans_of(sequence(swap.text), kCode), swap.spans);
}

TEST(NumberingSequence, SubParagraphLetters) {
  Annotated a = annotate(" 1. 请秘书长：\n\n (a) 编写；\n\n [[(c)]] 提交；\n\n 2. 决定。\n");
  auto d = sequence(a.text);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].span, a.spans[0]);
  EXPECT_NE(d[0].message.find("此处应为(b)，实为(c)"), std::string::npos);
}

TEST(NumberingSequence, SecondListStartsAgainAtOne) {
  EXPECT_TRUE(sequence(" 1. 决定；\n\n 2. 请。\n\n附件\n\n 1. 原则；\n\n 2. 规则。\n").empty());
}

TEST(NumberingSequence, CorpusAndItsVariantsAreSilent) {
  auto text = corpus_text();
  if (!text) GTEST_SKIP() << "../shared/corpus is not available";
  std::string ns = remove_digit_han_spaces(*text);
  for (const std::string& v :
       {*text, to_crlf(*text), ns, join_indented(*text), join_blocks(*text),
        join_unterminated(*text), join_unterminated(ns), to_crlf(join_blocks(ns)), one_line(*text)}) {
    EXPECT_TRUE(sequence(v).empty()) << sequence(v)[0].message;
  }
}

TEST(NumberingSequence, CorpusCopiesWithAParagraphInsertedDeletedOrSwapped) {
  auto text = corpus_text();
  if (!text) GTEST_SKIP() << "../shared/corpus is not available";
  auto at_line = [](const std::string& t, const Diagnostic& d) {
    return t.substr(d.span.begin, d.span.size());
  };
  {
    std::string t = insert_paragraph(*text, 8, " 8. 新插入的段落；");
    auto d = sequence(t);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_NE(d[0].message.find("应为第9段"), std::string::npos);
  }
  {
    std::string t = delete_paragraph(*text, 12);
    auto d = sequence(t);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(at_line(t, d[0]), "13.");
    EXPECT_NE(d[0].message.find("此处应为第12段，实为第13段"), std::string::npos);
  }
  {
    std::string t = swap_paragraphs(*text, 20);
    auto d = sequence(t);
    ASSERT_EQ(d.size(), 2u);
    EXPECT_EQ(at_line(t, d[0]), "21.");
    EXPECT_EQ(at_line(t, d[1]), "20.");
  }
  // The same defects survive extraction changes.
  for (auto variant : {+[](std::string_view s) { return to_crlf(s); },
                       +[](std::string_view s) { return join_blocks(s); },
                       +[](std::string_view s) { return join_unterminated(remove_digit_han_spaces(s)); }}) {
    EXPECT_EQ(sequence(variant(delete_paragraph(*text, 21))).size(), 1u);
    EXPECT_EQ(sequence(variant(swap_paragraphs(*text, 30))).size(), 2u);
  }
}

}  // namespace
}  // namespace unlint::testing
