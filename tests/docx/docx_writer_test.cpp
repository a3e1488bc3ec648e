// Fixes written back into .docx packages: only the bytes of the fixed text change; what cannot be
// written safely is left and counted.
#include <gtest/gtest.h>

#include "docx/docx.h"
#include "docx/docx_builder.h"
#include "docx/xml_text.h"
#include "engine/lint.h"
#include "test_util.h"

namespace unlint::testing {
namespace {

const char* kParts[] = {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
                        "word/numbering.xml"};

TEST(DocxWriter, FixInsideOneRunChangesOnlyItsBytes) {
  std::string body = "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>请各国参加普遍定期</w:t></w:r>"
                     "<w:r><w:t>审查，A &amp; B 与纽西兰合作。</w:t></w:r></w:p>";
  std::string numbering = "<w:num w:numId=\"9\"><w:abstractNumId w:val=\"9\"/></w:num>";
  std::string pkg = make_docx({.body = body, .numbering = numbering});
  auto doc = read_docx("t.docx", pkg);
  PackageFixOutcome out = fix_package(*doc, default_pack());
  EXPECT_EQ(out.applied, 2u);
  EXPECT_EQ(out.not_applied, 0u);
  ASSERT_TRUE(out.fixed);
  EXPECT_EQ(out.fixed->text(), "请各国参加普遍定期审议，A & B 与新西兰合作。");
  // The document part differs only in the two fixed characters; the other parts are identical.
  std::string before = read_part(pkg, "word/document.xml");
  std::string after = read_part(out.package, "word/document.xml");
  std::string expected = before;
  expected.replace(expected.find("审查"), std::string("审查").size(), "审议");
  expected.replace(expected.find("纽西兰"), std::string("纽西兰").size(), "新西兰");
  EXPECT_EQ(after, expected);
  for (const char* part : kParts) EXPECT_EQ(read_part(out.package, part), read_part(pkg, part)) << part;
  // Fixing again changes nothing.
  PackageFixOutcome again = fix_package(*out.fixed, default_pack());
  EXPECT_EQ(again.applied, 0u);
  EXPECT_EQ(again.package, out.package);
}

TEST(DocxWriter, EditAcrossRunsIsNotWritten) {
  // 斯威士兰 → 埃斯瓦蒂尼 replaces the whole name; the name is split across two runs.
  std::string pkg = make_docx({.body = paragraph({"欢迎斯威", "士兰代表团。"})});
  auto doc = read_docx("t.docx", pkg);
  ASSERT_FALSE(only(lint(*doc, default_pack()), "term.variant").empty());
  PackageFixOutcome out = fix_package(*doc, default_pack());
  EXPECT_EQ(out.applied, 0u);
  EXPECT_EQ(out.not_applied, 1u);
  EXPECT_EQ(out.package, pkg);
  EXPECT_FALSE(out.fixed);
}

TEST(DocxWriter, NumberingLabelIsNotWritten) {
  // A fix inside a rendered label (here: a made-up edit) has no run to go to.
  std::string pkg = make_docx(
      {.body = numbered(1, 0, "促请各国合作。"),
       .numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                    "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1、\"/></w:lvl></w:abstractNum>"
                    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"});
  auto doc = read_docx("t.docx", pkg);
  ASSERT_EQ(doc->text().substr(0, 5), "1、\t");
  Diagnostic d;
  d.span = {1, 4};
  d.fixes.push_back({"use 1.", {{{1, 4}, "."}}});
  Diagnostic inside;
  inside.span = {5, 8};
  inside.fixes.push_back({"x", {{{5, 8}, "请"}}});
  DocxFixOutcome out = apply_docx_fixes(*doc, {d, inside});
  EXPECT_EQ(out.applied, 1u);
  ASSERT_EQ(out.not_applied.size(), 1u);
  EXPECT_EQ(out.not_applied[0].span.begin, 1u);
  EXPECT_EQ(read_docx("t.docx", out.package)->text(), "1、\t请请各国合作。");
}

TEST(DocxWriter, LeadingSpaceWithoutPreserveIsNotWritten) {
  std::string pkg = make_docx({.body = "<w:p><w:r><w:t>甲</w:t></w:r></w:p>"});
  auto doc = read_docx("t.docx", pkg);
  Diagnostic d;
  d.span = {0, 0};
  d.fixes.push_back({"insert a space", {{{0, 0}, " "}}});
  DocxFixOutcome out = apply_docx_fixes(*doc, {d});
  EXPECT_EQ(out.applied, 0u);
  EXPECT_EQ(out.not_applied.size(), 1u);
}

TEST(DocxWriter, EscapesAroundTheEditMapExactly) {
  EXPECT_EQ(raw_offset("A &amp; B", 2), 2u);
  EXPECT_EQ(raw_offset("A &amp; B", 3), 7u);
  EXPECT_EQ(raw_offset("&#x4E2D;文", 3), 8u);
  EXPECT_EQ(raw_offset("&#x4E2D;文", 1), 0u);  // inside an escape: its start
  EXPECT_EQ(xml_escape("a<b>&c"), "a&lt;b&gt;&amp;c");
  EXPECT_EQ(xml_unescape("&lt;&#20013;&gt;&bogus;"), "<中>&bogus;");
}

}  // namespace
}  // namespace unlint::testing
