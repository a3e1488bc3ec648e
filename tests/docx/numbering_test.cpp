// Word's automatic numbering rendered as a reader sees it, so the numbering rules check it.
#include <gtest/gtest.h>

#include "docx/docx.h"
#include "docx/docx_builder.h"
#include "docx/numbering.h"
#include "engine/lint.h"
#include "test_util.h"

namespace unlint::testing {
namespace {

// abstractNum 0: 1. / (a) / (i); level 0 followed by a space, the others by a tab.
const std::string kUnLists =
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
    "<w:lvlText w:val=\"%1.\"/><w:suff w:val=\"space\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
    "<w:lvlText w:val=\"(%2)\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerRoman\"/>"
    "<w:lvlText w:val=\"(%3)\"/><w:suff w:val=\"nothing\"/></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/>"
    "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>";

TEST(DocxNumbering, FormatsNumbers) {
  EXPECT_EQ(format_number(3, "decimal"), "3");
  EXPECT_EQ(format_number(28, "lowerLetter"), "bb");
  EXPECT_EQ(format_number(2, "upperLetter"), "B");
  EXPECT_EQ(format_number(14, "lowerRoman"), "xiv");
  EXPECT_EQ(format_number(1999, "upperRoman"), "MCMXCIX");
  EXPECT_EQ(format_number(7, "decimalZero"), "07");
  EXPECT_EQ(format_number(12, "decimalFullWidth"), "１２");
  EXPECT_EQ(format_number(21, "chineseCounting"), "二十一");
  EXPECT_EQ(format_number(10, "chineseCountingThousand"), "十");
  EXPECT_EQ(format_number(3, "decimalEnclosedCircle"), "③");
  EXPECT_EQ(format_number(5, "none"), "");
}

TEST(DocxNumbering, LevelsRenderAndRestart) {
  std::string pkg = make_docx({.body = numbered(1, 0, "促请") + numbered(1, 1, "甲") +
                                       numbered(1, 2, "子") + numbered(1, 2, "丑") +
                                       numbered(1, 1, "乙") + numbered(1, 0, "决定") +
                                       numbered(1, 1, "丙") + paragraph({"未编号"}),
                               .numbering = kUnLists});
  auto doc = read_docx("t.docx", pkg);
  EXPECT_EQ(doc->text(),
            "1. 促请\n(a)\t甲\n(i)子\n(ii)丑\n(b)\t乙\n2. 决定\n(a)\t丙\n未编号");
  const DocxSource* src = docx_source(*doc);
  EXPECT_EQ(src->paragraphs[0].label_end - src->paragraphs[0].begin, 3u);
  EXPECT_EQ(src->paragraphs[7].label_end, src->paragraphs[7].begin);
}

TEST(DocxNumbering, SharedAbstractContinuesAndStartOverrideRestarts) {
  std::string pkg = make_docx({.body = numbered(1, 0, "一") + numbered(1, 0, "二") +
                                       paragraph({"另一份决议："}) + numbered(2, 0, "三") +
                                       numbered(2, 0, "四"),
                               .numbering = kUnLists});
  EXPECT_EQ(read_docx("t.docx", pkg)->text(), "1. 一\n2. 二\n另一份决议：\n1. 三\n2. 四");
}

TEST(DocxNumbering, StyleNumberingFollowsBasedOn) {
  std::string styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"Para\"><w:pPr><w:numPr><w:numId w:val=\"1\"/>"
      "</w:numPr></w:pPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Op\"><w:basedOn w:val=\"Para\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Plain\"><w:basedOn w:val=\"Para\"/><w:pPr>"
      "<w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr></w:style>";
  auto styled = [](const char* style, const char* text) {
    return std::string("<w:p><w:pPr><w:pStyle w:val=\"") + style + "\"/></w:pPr><w:r><w:t>" + text +
           "</w:t></w:r></w:p>";
  };
  std::string pkg = make_docx({.body = styled("Op", "甲") + styled("Plain", "乙") + styled("Op", "丙"),
                               .numbering = kUnLists,
                               .styles = styles});
  EXPECT_EQ(read_docx("t.docx", pkg)->text(), "1. 甲\n乙\n2. 丙");
}

TEST(DocxNumbering, NumberingRulesSeeTheRenderedNumbers) {
  // Automatic numbering is in order by construction: nothing to report.
  std::string good = make_docx({.body = paragraph({"人权理事会，"}) + numbered(1, 0, "促请各国合作；") +
                                        numbered(1, 1, "加强合作；") + numbered(1, 1, "交流经验；") +
                                        numbered(1, 0, "决定继续审议这一问题。"),
                                .numbering = kUnLists});
  auto doc = read_docx("t.docx", good);
  for (const Diagnostic& d : lint(*doc, default_pack())) {
    EXPECT_FALSE(d.code.starts_with("numbering.")) << d.code << ": " << d.message;
  }
  // A paragraph typed with a number after automatic ones: the duplicate is reported.
  std::string typed = make_docx({.body = numbered(1, 0, "促请各国合作；") + numbered(1, 0, "鼓励；") +
                                         paragraph({"2. 决定继续审议这一问题。"}),
                                 .numbering = kUnLists});
  auto doc2 = read_docx("t.docx", typed);
  EXPECT_FALSE(only(lint(*doc2, default_pack()), "numbering.sequence").empty());
}

}  // namespace
}  // namespace unlint::testing
