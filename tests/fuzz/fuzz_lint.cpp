// libFuzzer target: any bytes → decode → ScanView → every rule → fixes → reporters. Checks the
// invariants every caller relies on: spans inside the text on code-point boundaries, view offsets
// mapping back into the Document, fixes that apply without overlap, JSON that serialises.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/error.h"
#include "engine/lint.h"
#include "report/json_reporter.h"
#include "report/text_reporter.h"
#include "text/decode.h"
#include "text/scan_view.h"

namespace {

const unlint::RulePack& pack() {
  static auto p = unlint::RulePack::build(unlint::Config{});
  return *p;
}

bool on_boundary(const std::string& s, uint32_t at) {
  return at == s.size() || (at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) != 0x80);
}

void check(bool ok, const char* what) {
  if (!ok) {
    fprintf(stderr, "invariant broken: %s\n", what);
    abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::unique_ptr<unlint::Document> doc;
  try {
    doc = unlint::decode_document("fuzz.txt", std::string(bytes));
  } catch (const unlint::Error&) {
    return 0;  // refused (binary): fine
  }
  const std::string& text = doc->text();
  unlint::ScanView view(text);
  for (uint32_t v = 0; v <= view.text().size(); v += 7) {
    check(view.doc_begin(v) <= text.size() && view.doc_end(v) <= text.size(), "view maps outside");
  }
  auto diags = unlint::lint(*doc, pack());
  for (const auto& d : diags) {
    check(d.span.begin <= d.span.end && d.span.end <= text.size(), "span outside the text");
    check(on_boundary(text, d.span.begin) && on_boundary(text, d.span.end), "span splits a character");
    for (const auto& f : d.fixes) {
      for (const auto& e : f.edits) {
        check(e.span.begin <= e.span.end && e.span.end <= text.size(), "edit outside the text");
        check(on_boundary(text, e.span.begin) && on_boundary(text, e.span.end), "edit splits a character");
      }
    }
  }
  unlint::apply_fixes(text, diags);
  std::vector<unlint::FileResult> results(1);
  results[0].path = "fuzz.txt";
  results[0].doc = std::move(doc);
  results[0].diagnostics = std::move(diags);
  unlint::results_json_text(results);
  unlint::format_text(results, {});
  return 0;
}
