// Word drafts through the built binary, as users run it: check (text and JSON positions by
// paragraph), fix written back into the package and opened again by LibreOffice, folders, and
// hostile files refused with exit code 2.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "docx/docx.h"
#include "docx/docx_builder.h"
#include "test_util.h"
#include "text/decode.h"

namespace unlint::testing {
namespace {

// A draft as Word keeps it: a title, automatic operative numbering, a term split across runs
// (bold inside it), a regional variant, and a footnote.
std::string sample_docx() {
  std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
      "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/><w:suff w:val=\"space\"/></w:lvl>"
      "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  std::string body =
      paragraph({"人权理事会，"}) +
      "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
      "<w:r><w:t>请各国参加普遍定期</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>审查，</w:t></w:r>"
      "<w:r><w:t>并与纽西兰合作；</w:t></w:r>"
      "<w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>" +
      numbered(1, 0, "决定继续审议这一问题。");
  std::string footnotes =
      "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r>"
      "<w:r><w:t xml:space=\"preserve\"> 见A/HRC/44/28。</w:t></w:r></w:p></w:footnote>";
  return make_docx({.body = body, .numbering = numbering, .footnotes = footnotes});
}

bool have_libreoffice() { return std::system("command -v soffice >/dev/null 2>&1") == 0; }

// Converts `name` in `dir` with LibreOffice to `format` (e.g. "docx:MS Word 2007 XML").
void soffice_convert(const TempDir& dir, const std::string& name, const std::string& format) {
  std::string cmd = "cd '" + dir.path() + "' && HOME='" + dir.path() +
                    "' soffice --headless -env:UserInstallation=file://" + dir.path() +
                    "/lo --convert-to '" + format + "' --outdir out '" + name + "' >lo.log 2>&1";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << read_file(dir.path() + "/lo.log");
}

TEST(Docx, CheckNamesParagraphsInTextAndJson) {
  TempDir tmp;
  tmp.write("draft.docx", sample_docx());
  RunResult r = run_unlint("check --no-config --color never draft.docx", "", tmp.path());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("draft.docx:¶2:9: error:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("draft.docx:¶2:18: error:"), std::string::npos) << r.out;

  RunResult j = run_unlint("check --no-config --format json draft.docx", "", tmp.path());
  auto doc = nlohmann::json::parse(j.out);
  const auto& file = doc["files"][0];
  EXPECT_EQ(file["encoding"], "UTF-8 (docx)");
  ASSERT_EQ(file["diagnostics"].size(), 2u);
  const auto& d = file["diagnostics"][0];
  EXPECT_EQ(d["range"]["start"]["line"], 1);
  EXPECT_EQ(d["range"]["start"]["character"], 8);  // the label "1. " counts
  EXPECT_EQ(d["data"]["paragraph"], "1. 请各国参加普遍定期审查，并与纽西兰合作；");
}

TEST(Docx, FixWritesIntoThePackageAndLibreOfficeReadsIt) {
  TempDir tmp;
  std::string path = tmp.write("draft.docx", sample_docx());
  RunResult dry = run_unlint("fix --no-config --dry-run draft.docx", "", tmp.path());
  EXPECT_NE(dry.out.find("+1. 请各国参加普遍定期审议，并与新西兰合作；"), std::string::npos) << dry.out;
  EXPECT_EQ(read_file(path), sample_docx());

  RunResult r = run_unlint("fix --no-config draft.docx", "", tmp.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("fixed 2 problems"), std::string::npos) << r.err;
  std::string fixed = read_file(path);
  EXPECT_EQ(read_docx(path, fixed)->text(),
            "人权理事会，\n1. 请各国参加普遍定期审议，并与新西兰合作；\n2. 决定继续审议这一问题。\n"
            " 见A/HRC/44/28。");
  EXPECT_EQ(read_part(fixed, "word/footnotes.xml"), read_part(sample_docx(), "word/footnotes.xml"));
  EXPECT_EQ(run_unlint("check --no-config draft.docx", "", tmp.path()).exit_code, 0);
  RunResult again = run_unlint("fix --no-config draft.docx", "", tmp.path());
  EXPECT_EQ(again.err, "");
  EXPECT_EQ(read_file(path), fixed);

  // A Word-compatible reader opens the fixed file: LibreOffice converts it back to text.
  if (!have_libreoffice()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
  soffice_convert(tmp, "draft.docx", "txt:Text");
  std::string text = read_file(tmp.path() + "/out/draft.txt");
  EXPECT_NE(text.find("请各国参加普遍定期审议，并与新西兰合作；"), std::string::npos) << text;
  EXPECT_EQ(text.find("纽西兰"), std::string::npos) << text;
}

TEST(Docx, AWordFileWrittenByLibreOfficeGivesTheFindingsOfItsText) {
  auto corpus = corpus_text();
  if (!corpus) GTEST_SKIP() << "../shared/corpus is absent";
  if (!have_libreoffice()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
  // The real draft with defects planted, saved as .docx by a Word-compatible writer.
  std::string text = *corpus;
  for (auto [from, to] : {std::pair{"普遍定期审议", "普遍定期审查"}, {"利益攸关方", "利益相关方"}}) {
    for (size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += std::strlen(to)) {
      text.replace(at, std::strlen(from), to);
    }
  }
  TempDir tmp;
  tmp.write("draft.txt", text);
  soffice_convert(tmp, "draft.txt", "docx:MS Word 2007 XML");
  RunResult plain = run_unlint("check --no-config -q draft.txt", "", tmp.path());
  RunResult word = run_unlint("check --no-config -q out/draft.docx", "", tmp.path());
  ASSERT_EQ(plain.exit_code, 1);
  EXPECT_EQ(word.exit_code, 1) << word.err;
  // Same findings, same places: draft.txt:116:18 ↔ out/draft.docx:¶116:18.
  std::string expected = plain.out;
  for (size_t at = 0; (at = expected.find("draft.txt:", at)) != std::string::npos;) {
    expected.replace(at, std::strlen("draft.txt:"), "out/draft.docx:¶");
    at += std::strlen("out/draft.docx:¶");
  }
  EXPECT_EQ(word.out, expected);
}

TEST(Docx, FixesThatCannotBeWrittenAreLeftForAPerson) {
  TempDir tmp;
  std::string original = make_docx({.body = paragraph({"欢迎斯威", "士兰代表团。"})});
  std::string path = tmp.write("draft.docx", original);
  RunResult r = run_unlint("fix --no-config draft.docx", "", tmp.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("1 fix could not be written safely"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("draft.docx:¶1:3:"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(path), original);
}

TEST(Docx, FoldersIncludeWordFilesButNotLockFiles) {
  TempDir tmp;
  std::filesystem::create_directory(tmp.path() + "/drafts");
  tmp.write("drafts/a.docx", make_docx({.body = paragraph({"请各国参加普遍定期审查。"})}));
  tmp.write("drafts/~$a.docx", "owner file of an open document");
  RunResult r = run_unlint("check --no-config --format json drafts", "", tmp.path());
  auto doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["files"].size(), 1u) << r.out;
  EXPECT_EQ(doc["files"][0]["path"], "drafts/a.docx");
}

TEST(Docx, NightlyReportReadsWordFiles) {
  TempDir tmp;
  std::filesystem::create_directory(tmp.path() + "/session");
  tmp.write("session/draft.docx", sample_docx());
  RunResult r = run_unlint("report --no-config session --out out", "", tmp.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto report = nlohmann::json::parse(read_file(tmp.path() + "/out/report.json"));
  ASSERT_EQ(report["documents"].size(), 1u);
  const auto& doc = report["documents"][0];
  EXPECT_EQ(doc["encoding"], "UTF-8 (docx)");
  ASSERT_EQ(doc["findings"].size(), 2u);
  EXPECT_EQ(doc["findings"][0]["line"], 2);  // the paragraph
  EXPECT_EQ(doc["findings"][0]["column"], 9);
}

TEST(Docx, HostileFilesAreRefusedWithExitTwo) {
  TempDir tmp;
  tmp.write("text.docx", "人权理事会，\n");
  tmp.write("bomb.docx", zip_entries({{"word/document.xml", std::string(80u << 20, '<')}}));
  tmp.write("entities.docx",
            zip_entries({{"word/document.xml",
                          "<!DOCTYPE d [<!ENTITY a \"aaaa\">]><d>&a;</d>"}}));
  RunResult r = run_unlint("check --no-config text.docx bomb.docx entities.docx", "", tmp.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("text.docx: is not a Word document: expected a .docx (a zip package)"),
            std::string::npos) << r.err;
  EXPECT_NE(r.err.find("bomb.docx: word/document.xml: the part expands past 64 MB; refused"),
            std::string::npos) << r.err;
  EXPECT_NE(r.err.find("entities.docx: word/document.xml:1:1: the XML declares a DOCTYPE"),
            std::string::npos) << r.err;
}

TEST(Docx, ReadOnlyWordFileIsReportedAndLeftIntact) {
  TempDir tmp;
  std::string path = tmp.write("draft.docx", sample_docx());
  ASSERT_EQ(::chmod(path.c_str(), 0444), 0);
  RunResult r = run_unlint("fix --no-config draft.docx", "", tmp.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("draft.docx: is read-only"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(path), sample_docx());
}

}  // namespace
}  // namespace unlint::testing
