#include "structure/renumber.h"

#include <gtest/gtest.h>

#include "core/document.h"
#include "structure/corpus_edits.h"
#include "structure/paragraphs.h"
#include "test_util.h"

namespace unlint::testing {
namespace {

RenumberResult run(const std::string& text) {
  Document doc("t.txt", text);
  return renumber(doc);
}

std::string renumbered(const std::string& text) { return apply_edits(text, run(text).edits); }

std::vector<int> numbers(const std::string& text) {
  LineIndex lines(text);
  Structure s = parse_structure(text, lines, NumberingSpec::bundled());
  std::vector<int> out;
  for (const auto& p : s.paragraphs) out.push_back(p.marker.value);
  return out;
}

std::vector<int> one_to(int n) {
  std::vector<int> v;
  for (int i = 1; i <= n; ++i) v.push_back(i);
  return v;
}

// Where paragraph k's number stands (its first occurrence at a line start).
size_t number_at(const std::string& text, int k) {
  for (std::string lead : {"\n ", "\n  "}) {
    size_t at = text.find(lead + std::to_string(k) + ". ");
    if (at != std::string::npos) return at + lead.size();
  }
  return std::string::npos;
}

// Paragraphs from..35 renumbered by `delta`, built by hand, highest first so none collide.
std::string shift(std::string text, int from, int to, int delta) {
  if (delta > 0) {
    for (int k = to; k >= from; --k) {
      size_t at = number_at(text, k);
      text.replace(at, std::to_string(k).size(), std::to_string(k + delta));
    }
  } else {
    for (int k = from; k <= to; ++k) {
      size_t at = number_at(text, k);
      text.replace(at, std::to_string(k).size(), std::to_string(k + delta));
    }
  }
  return text;
}

// The corpus with internal references added (and one into another document).
std::optional<std::string> corpus_with_references() {
  auto text = corpus_text();
  if (!text) return std::nullopt;
  std::string t = replace_once(*text, "根据理事会年度工作方案继续审议此事。",
                               "根据理事会年度工作方案并参照上文第12段和第20至22段继续审议此事。");
  t = replace_once(t, "回顾大会第 72/171 号决议请", "回顾大会第 72/171 号决议第 5 段请");
  t = replace_once(t, "促请各国继续支持各基金；", "促请各国继续支持各基金，并执行上文第9段；");
  return t;
}

TEST(Renumber, CorpusNeedsNothing) {
  auto text = corpus_with_references();
  if (!text) GTEST_SKIP() << "../shared/corpus is not available";
  RenumberResult r = run(*text);
  EXPECT_TRUE(r.edits.empty());
  EXPECT_TRUE(r.notes.empty());
}

TEST(Renumber, InsertedParagraph) {
  auto text = corpus_with_references();
  if (!text) GTEST_SKIP() << "../shared/corpus is not available";
  const std::string line = " 8. 新插入的段落；";
  std::string edited = insert_paragraph(*text, 8, line);
  ASSERT_EQ(numbers(edited).size(), 36u);

  std::string expected = shift(*text, 8, 35, +1);
  expected = replace_once(expected, "上文第12段和第20至22段", "上文第13段和第21至23段");
  expected = replace_once(expected, "执行上文第9段", "执行上文第10段");
  expected = insert_paragraph(expected, 9, line);  // before the old 8, now numbered 9

  std::string got = renumbered(edited);
  EXPECT_EQ(got, expected);
  EXPECT_EQ(numbers(got), one_to(36));
  EXPECT_NE(got.find("第 72/171 号决议第 5 段"), std::string::npos);  // another document's
  EXPECT_TRUE(run(got).edits.empty());
}

TEST(Renumber, DeletedParagraph) {
  auto text = corpus_with_references();
  if (!text) GTEST_SKIP() << "../shared/corpus is not available";
  std::string edited = delete_paragraph(*text, 12);
  RenumberResult r = run(edited);
  std::string got = apply_edits(edited, r.edits);

  std::string expected = shift(edited, 13, 35, -1);
  expected = replace_once(expected, "第20至22段", "第19至21段");
  EXPECT_EQ(got, expected);
  EXPECT_EQ(numbers(got), one_to(34));
  // The reference to the deleted paragraph is left for a person, with a note.
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_NE(r.notes[0].message.find("第12段不存在"), std::string::npos);
  EXPECT_EQ(edited.substr(r.notes[0].span.begin, r.notes[0].span.size()), "第12段");
}

TEST(Renumber, SwappedParagraphs) {
  auto text = corpus_with_references();
  if (!text) GTEST_SKIP() << "../shared/corpus is not available";
  std::string edited = swap_paragraphs(*text, 9);  // 1 … 8, 10, 9, 11 …
  std::string got = renumbered(edited);
  EXPECT_EQ(numbers(got), one_to(35));
  // The paragraph that was 9 now stands tenth: the reference follows it.
  EXPECT_NE(got.find("执行上文第10段"), std::string::npos);
  EXPECT_NE(got.find("上文第12段和第20至22段"), std::string::npos);
  size_t nine = number_at(got, 9), ten = number_at(got, 10);
  const std::string moved_up = "9. 吁请", moved_down = "10. 决心";
  EXPECT_EQ(got.substr(nine, moved_up.size()), moved_up);      // the old 10
  EXPECT_EQ(got.substr(ten, moved_down.size()), moved_down);   // the old 9
}

TEST(Renumber, SurvivesJoinedAndCrlfCopies) {
  auto text = corpus_with_references();
  if (!text) GTEST_SKIP() << "../shared/corpus is not available";
  std::string edited = to_crlf(join_blocks(delete_paragraph(*text, 12)));
  std::string got = renumbered(edited);
  EXPECT_EQ(numbers(got), one_to(34));
  EXPECT_NE(got.find("第19至21段"), std::string::npos);
}

TEST(Renumber, OneLineTextIsLeftAlone) {
  auto text = corpus_with_references();
  if (!text) GTEST_SKIP() << "../shared/corpus is not available";
  RenumberResult r = run(one_line(delete_paragraph(*text, 12)));
  EXPECT_TRUE(r.edits.empty());
}

TEST(Renumber, SubParagraphsAndTheirReferences) {
  std::string t =
      " 1. 请秘书长：\n\n (a) 编写报告；\n\n (c) 提交报告：\n\n (i) 向大会；\n\n (iii) 向理事会；\n\n"
      " 3. 又请秘书长执行上文第1(c)段和第1(c)(iii)段。\n";
  std::string want =
      " 1. 请秘书长：\n\n (a) 编写报告；\n\n (b) 提交报告：\n\n (i) 向大会；\n\n (ii) 向理事会；\n\n"
      " 2. 又请秘书长执行上文第1(b)段和第1(b)(ii)段。\n";
  EXPECT_EQ(renumbered(t), want);
}

TEST(Renumber, KeepsTheMarkerForm) {
  std::string t = " 1. 重申；\n\n 3、确认；\n";
  EXPECT_EQ(renumbered(t), " 1. 重申；\n\n 2、确认；\n");
}

}  // namespace
}  // namespace unlint::testing
