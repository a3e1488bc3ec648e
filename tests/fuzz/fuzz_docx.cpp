// libFuzzer target: Word packages — the XML extractor, numbering renderer and fix writer. The
// input is a package (when it starts like a zip) or the XML of word/document.xml, optionally
// followed by a NUL and word/numbering.xml, zipped here. Any input must give a Document or an
// unlint::Error, never a crash; fixes written into a package must read back.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/error.h"
#include "docx/docx.h"
#include "docx/docx_builder.h"
#include "engine/lint.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string in(reinterpret_cast<const char*>(data), size);
  std::string package;
  if (in.rfind("PK", 0) == 0) {
    package = in;
  } else {
    size_t nul = in.find('\0');
    std::vector<std::pair<std::string, std::string>> parts = {{"word/document.xml", in.substr(0, nul)}};
    if (nul != std::string::npos) parts.push_back({"word/numbering.xml", in.substr(nul + 1)});
    package = unlint::testing::zip_entries(parts);
  }
  try {
    auto doc = unlint::read_docx("f.docx", package);
    const unlint::DocxSource* src = unlint::docx_source(*doc);
    // Replace the first character of each run (up to 8 runs).
    std::vector<unlint::Diagnostic> diags;
    for (size_t i = 0; i < src->runs.size() && i < 8; ++i) {
      const unlint::DocxRun& r = src->runs[i];
      uint32_t end = r.begin + static_cast<uint32_t>(unlint::utf8::seq_len(
                                   static_cast<unsigned char>(doc->text()[r.begin])));
      if (end > r.end) continue;
      unlint::Diagnostic d;
      d.span = {r.begin, end};
      d.fixes.push_back({"fuzz", {{{r.begin, end}, "甲&<"}}});
      diags.push_back(std::move(d));
    }
    unlint::DocxFixOutcome out = unlint::apply_docx_fixes(*doc, diags);
    if (out.applied) {
      // The package must read back (no Error) as exactly the text with the written fixes.
      std::vector<unlint::Diagnostic> written;
      for (const auto& d : diags) {
        bool left = false;
        for (const auto& n : out.not_applied) left = left || n.span == d.span;
        if (!left) written.push_back(d);
      }
      auto again = unlint::read_docx("f.docx", out.package);
      if (again->text() != unlint::apply_fixes(doc->text(), written).text) abort();
    }
  } catch (const unlint::Error&) {
  }
  return 0;
}
