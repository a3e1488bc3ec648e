// Reading .docx packages: the text a reader sees, paragraphs as lines, tracked changes accepted,
// footnotes and endnotes, and hostile packages refused with a clear error.
#include <gtest/gtest.h>

#include "core/error.h"
#include "docx/docx.h"
#include "docx/docx_builder.h"
#include "docx/zip_archive.h"
#include "engine/lint.h"
#include "test_util.h"
#include "text/decode.h"

namespace unlint::testing {
namespace {

std::string text_of(const std::string& package) {
  return read_docx("t.docx", package)->text();
}

std::string error_of(const std::string& package, const std::string& path = "t.docx") {
  try {
    read_docx(path, package);
  } catch (const Error& e) {
    return e.where_and_what();
  }
  return "(no error)";
}

TEST(DocxReader, ParagraphsAreLinesAndRunsAreJoined) {
  std::string pkg = make_docx({.body = paragraph({"人权理事会，"}) +
                                       paragraph({"请各国参加普遍定期", "审查，"}) +
                                       "<w:p/>" + paragraph({"回顾大会"})});
  auto doc = read_docx("t.docx", pkg);
  EXPECT_EQ(doc->text(), "人权理事会，\n请各国参加普遍定期审查，\n\n回顾大会");
  EXPECT_EQ(doc->lines().line_count(), 4u);
  EXPECT_EQ(doc->encoding(), "UTF-8 (docx)");
  ASSERT_NE(docx_source(*doc), nullptr);
  EXPECT_EQ(docx_source(*doc)->runs.size(), 4u);
  // A term split across two runs (formatting changes inside it) is one finding.
  auto diags = only(lint(*doc, default_pack()), "term.variant");
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(doc->slice(diags[0].span), "普遍定期审查");
  Position p = doc->lines().position(diags[0].span.begin);
  EXPECT_EQ(p.line, 1u);
  EXPECT_EQ(p.utf16, 5u);
  EXPECT_EQ(doc->location(diags[0].span.begin), "t.docx:¶2:6");
}

TEST(DocxReader, TabsAndBreaksStayInsideTheParagraph) {
  std::string pkg = make_docx(
      {.body = "<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:cr/>"
               "<w:t>丁</w:t><w:noBreakHyphen/><w:t>戊</w:t><w:softHyphen/></w:r></w:p>" +
               paragraph({"下一段"})});
  auto doc = read_docx("t.docx", pkg);
  EXPECT_EQ(doc->text(), "甲\t乙\n丙\n丁-戊\n下一段");
  EXPECT_EQ(doc->lines().line_count(), 2u);  // lines are paragraphs, not line feeds
  EXPECT_EQ(doc->lines().line_of(static_cast<uint32_t>(doc->text().find("下"))), 1u);
  EXPECT_EQ(doc->lines().line_of(static_cast<uint32_t>(doc->text().find("丁"))), 0u);
}

TEST(DocxReader, EscapesAreDecoded) {
  std::string pkg = make_docx({.body = "<w:p><w:r><w:t>A &amp; B &lt;C&gt; &#x4E2D;&#25991;</w:t></w:r></w:p>"});
  EXPECT_EQ(text_of(pkg), "A & B <C> 中文");
}

TEST(DocxReader, TrackedChangesAreReadAsAccepted) {
  std::string pkg = make_docx(
      {.body =
           "<w:p><w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>决定</w:t></w:r></w:ins>"
           "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>纽西兰</w:delText></w:r></w:del>"
           "<w:moveFrom w:id=\"3\" w:author=\"a\"><w:r><w:t>移走的</w:t></w:r></w:moveFrom>"
           "<w:r><w:t>继续审议</w:t></w:r>"
           "<w:moveTo w:id=\"4\" w:author=\"a\"><w:r><w:t>移来的</w:t></w:r></w:moveTo></w:p>"
           // A deleted paragraph mark joins this paragraph with the next.
           "<w:p><w:pPr><w:rPr><w:del w:id=\"5\" w:author=\"a\"/></w:rPr></w:pPr>"
           "<w:r><w:t>这一</w:t></w:r></w:p>" +
           paragraph({"问题。"})});
  auto doc = read_docx("t.docx", pkg);
  EXPECT_EQ(doc->text(), "决定继续审议移来的\n这一问题。");
  EXPECT_TRUE(only(lint(*doc, default_pack()), "term.variant").empty());
}

TEST(DocxReader, TablesFieldsAndTextBoxes) {
  std::string pkg = make_docx(
      {.body = "<w:tbl><w:tr><w:tc>" + paragraph({"单元格一"}) + "</w:tc><w:tc>" +
               paragraph({"单元格二"}) + "</w:tc></w:tr></w:tbl>" +
               "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
               "<w:r><w:instrText> REF _Ref1 \\h </w:instrText></w:r>"
               "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>第5段</w:t></w:r>"
               "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
               "<w:r><w:drawing><w:txbxContent>" + paragraph({"文本框"}) +
               "</w:txbxContent></w:drawing></w:r></w:p>"});
  EXPECT_EQ(text_of(pkg), "单元格一\n单元格二\n第5段");
}

TEST(DocxReader, FootnotesAndEndnotesFollowTheBody) {
  std::string pkg = make_docx(
      {.body = "<w:p><w:r><w:t>决议</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>",
       .footnotes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p>"
                    "</w:footnote><w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>"
                    "<w:r><w:t xml:space=\"preserve\"> 见纽西兰的报告。</w:t></w:r></w:p></w:footnote>",
       .endnotes = "<w:endnote w:id=\"1\">" + paragraph({"尾注文字"}) + "</w:endnote>"});
  auto doc = read_docx("t.docx", pkg);
  EXPECT_EQ(doc->text(), "决议\n 见纽西兰的报告。\n尾注文字");
  const DocxSource* src = docx_source(*doc);
  ASSERT_EQ(src->paragraphs.size(), 3u);
  EXPECT_EQ(src->part_names[src->paragraphs[1].part], "word/footnotes.xml");
  EXPECT_EQ(src->part_names[src->paragraphs[2].part], "word/endnotes.xml");
  auto diags = only(lint(*doc, default_pack()), "term.variant");
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(doc->lines().position(diags[0].span.begin).line, 1u);
}

TEST(DocxReader, ReadThroughDecodeByFileName) {
  std::string pkg = make_docx({.body = paragraph({"人权理事会"})});
  EXPECT_EQ(decode_document("draft.DOCX", pkg)->text(), "人权理事会");
  EXPECT_TRUE(is_docx_path("a/b.docm"));
  EXPECT_FALSE(is_docx_path("a.docx.txt"));
  // A zip under a text name is binary, not a Word file.
  EXPECT_THROW(decode_document("draft.txt", pkg), Error);
}

TEST(DocxReader, NotAZip) {
  EXPECT_EQ(error_of("人权理事会，\n"),
            "t.docx: is not a Word document: expected a .docx (a zip package), found no zip archive");
  EXPECT_NE(error_of("").find("is not a Word document"), std::string::npos);
  std::string truncated = make_docx({.body = paragraph({"人权理事会"})});
  truncated.resize(truncated.size() / 2);
  EXPECT_NE(error_of(truncated).find("is not a Word document"), std::string::npos);
}

TEST(DocxReader, ZipWithoutDocumentPart) {
  EXPECT_EQ(error_of(zip_entries({{"hello.txt", "hi"}})),
            "t.docx: is not a Word document: the package has no word/document.xml");
}

TEST(DocxReader, MalformedXmlNamesPartLineAndColumn) {
  std::string pkg = zip_entries({{"word/document.xml", "<?xml version=\"1.0\"?>\n<w:document>\n"
                                                        "<w:body><w:p></w:body></w:document>"}});
  EXPECT_EQ(error_of(pkg),
            "t.docx: word/document.xml:3:16: malformed XML: Start-end tags mismatch");
}

TEST(DocxReader, DoctypeAndEntitiesAreRefusedNotExpanded) {
  std::string bomb =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">"
      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
      "<w:document><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>";
  std::string err = error_of(zip_entries({{"word/document.xml", bomb}}));
  EXPECT_EQ(err, "t.docx: word/document.xml:2:1: the XML declares a DOCTYPE (entities); refused");
}

TEST(DocxReader, NestingFarDeeperThanWordsIsRefused) {
  std::string open, close;
  for (int i = 0; i < 200; ++i) {
    open += "<w:sdt><w:sdtContent>";
    close = "</w:sdtContent></w:sdt>" + close;
  }
  EXPECT_EQ(error_of(make_docx({.body = open + paragraph({"甲"}) + close})),
            "t.docx: word/document.xml: elements nested more than 256 deep; refused");
  // Content controls a few levels deep are read.
  EXPECT_EQ(text_of(make_docx({.body = "<w:sdt><w:sdtContent><w:sdt><w:sdtContent>" +
                                       paragraph({"甲"}) + "</w:sdtContent></w:sdt></w:sdtContent></w:sdt>"})),
            "甲");
}

TEST(DocxReader, InvalidUtf8InXmlIsRefused) {
  std::string pkg = zip_entries(
      {{"word/document.xml", "<w:document><w:body><w:p><w:r><w:t>\xC3\x28</w:t></w:r></w:p>"
                             "</w:body></w:document>"}});
  EXPECT_NE(error_of(pkg).find("not valid UTF-8"), std::string::npos);
}

TEST(DocxReader, PartOverTheLimitIsRefusedWhileReading) {
  std::string pkg = zip_entries({{"word/document.xml", std::string(100000, ' ')}});
  ZipArchive zip("t.docx", pkg);
  EXPECT_TRUE(zip.read("word/document.xml", 100000).has_value());
  try {
    zip.read("word/document.xml", 99999);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("expands past"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(zip.read("word/missing.xml", 10).has_value());
}

TEST(DocxReader, ZipBombIsRefused) {
  // 80 MB of zeros deflate to about 80 KB: the part is refused, not expanded.
  std::string pkg = zip_entries({{"word/document.xml", std::string(80u << 20, '\0')}});
  EXPECT_LT(pkg.size(), 1u << 20);
  EXPECT_NE(error_of(pkg).find("word/document.xml: the part expands past 64 MB; refused"),
            std::string::npos);
}

TEST(DocxReader, SameFindingsAsItsText) {
  const std::string text =
      "人权理事会，\n"
      "  回顾大会2015年9月25日第70/1号决议，\n"
      "1. 请各国参加普遍定期审查，并与纽西兰合作；\n"
      "2. 注意到A/HRC/44/ 28号文件和2020年2月30日的会议；\n"
      "4. 决定继续审议这一问题。\n";
  auto plain = decode_document("draft.txt", text);
  auto word = read_docx("draft.docx", docx_from_text(text));
  auto a = lint(*plain, default_pack());
  auto b = lint(*word, default_pack());
  ASSERT_FALSE(a.empty());
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].code, b[i].code);
    EXPECT_EQ(a[i].message, b[i].message);
    Position pa = plain->lines().position(a[i].span.begin);
    Position pb = word->lines().position(b[i].span.begin);
    EXPECT_EQ(pa.line, pb.line) << a[i].code;
    EXPECT_EQ(pa.utf16, pb.utf16) << a[i].code;
  }
}

TEST(DocxReader, CorpusAsAWordFileIsClean) {
  auto corpus = corpus_text();
  if (!corpus) GTEST_SKIP() << "../shared/corpus is absent";
  auto word = read_docx("hrc44.docx", docx_from_text(*corpus));
  for (const Diagnostic& d : lint(*word, default_pack())) {
    EXPECT_GT(static_cast<int>(d.severity), static_cast<int>(Severity::kWarning))
        << d.code << " at " << word->location(d.span.begin) << ": " << d.message;
  }
}

}  // namespace
}  // namespace unlint::testing
