// check --format json, written file by file, is the LSP-shaped document diagnostic_json() makes:
// each diagnostic byte for byte, and the whole document equal as JSON.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "docx/docx.h"
#include "docx/docx_builder.h"
#include "engine/lint.h"
#include "report/json_reporter.h"
#include "test_util.h"
#include "version.h"

namespace unlint::testing {
namespace {

using nlohmann::json;

// The document as the tree serialisation makes it, for comparison.
json expected_document(const std::vector<FileResult>& results) {
  json files = json::array();
  Summary summary;
  for (const FileResult& r : results) {
    summary.add(r);
    std::string uri = file_uri(r.path);
    json f{{"path", r.path}, {"uri", uri}};
    json diags = json::array();
    if (r.doc) {
      f["encoding"] = r.doc->encoding();
      for (const Diagnostic& d : r.diagnostics) diags.push_back(diagnostic_json(*r.doc, d, uri));
    } else {
      f["error"] = r.error;
      diags.push_back(unreadable_json(r.error));
    }
    f["diagnostics"] = diags;
    files.push_back(f);
  }
  return {{"tool", {{"name", "unlint"}, {"version", kVersion}}},
          {"files", files},
          {"summary",
           {{"files", summary.files},
            {"errors", summary.errors},
            {"warnings", summary.warnings},
            {"information", summary.information},
            {"hints", summary.hints}}}};
}

FileResult linted(const std::string& path, std::unique_ptr<Document> doc) {
  FileResult r;
  r.path = path;
  r.diagnostics = lint(*doc, default_pack());
  r.doc = std::move(doc);
  return r;
}

TEST(JsonWriter, WritesWhatTheTreeSerialisationWrites) {
  std::vector<FileResult> results;
  // Fixes, related places (term.inconsistent points back), dates, symbols, numbering, a
  // character outside the BMP (two UTF-16 units), CRLF line ends.
  std::string text =
      "𠀀 参加普遍定期审查，贩运人口……人口贩运；\r\n 2021年2月29日，见A/HRX/45/12和第72-5号决议；\r\n"
      " 1. 请秘书长执行上文第40段；\r\n 3. 决定继续审议。\r\n";
  results.push_back(linted("a.txt", std::make_unique<Document>("a.txt", text)));
  // A Word file: data.paragraph.
  std::string pkg = make_docx({.body = paragraph({"参加普遍定期审查。"})});
  results.push_back(linted("b.docx", read_docx("b.docx", pkg)));
  // A file that could not be read, and one without findings.
  FileResult bad;
  bad.path = "missing.txt";
  bad.error = "cannot open: No such file or directory";
  results.push_back(std::move(bad));
  results.push_back(linted("clean.txt", std::make_unique<Document>("clean.txt", "人权理事会。\n")));
  ASSERT_GT(results[0].diagnostics.size(), 5u);

  const std::string written = results_json_text(results);
  EXPECT_EQ(json::parse(written), expected_document(results));
  // Each diagnostic on a line of its own, byte for byte as diagnostic_json() dumps it.
  size_t found = 0;
  for (const FileResult& r : results) {
    if (!r.doc) continue;
    for (const Diagnostic& d : r.diagnostics) {
      std::string line = diagnostic_json(*r.doc, d, file_uri(r.path)).dump();
      EXPECT_NE(written.find("\n" + line), std::string::npos) << line;
      ++found;
    }
  }
  EXPECT_GT(found, 6u);
}

}  // namespace
}  // namespace unlint::testing
