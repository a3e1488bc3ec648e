// Writing fixes back into a .docx: an edit is applied to the XML of the one <w:t> element whose
// text holds its whole range, by replacing exactly those escaped bytes; every other byte of the
// part, and every other part of the package, stays as it was.
#include <algorithm>
#include <map>

#include "docx/docx.h"
#include "docx/xml_text.h"
#include "docx/zip_archive.h"
#include "engine/lint.h"

namespace unlint {
namespace {

// The run whose text contains [begin, end), or null.
const DocxRun* run_for(const DocxSource& src, Span span) {
  auto it = std::upper_bound(src.runs.begin(), src.runs.end(), span.begin,
                             [](uint32_t at, const DocxRun& r) { return at < r.begin; });
  if (it == src.runs.begin()) return nullptr;
  const DocxRun& run = *(it - 1);
  if (span.end > run.end) return nullptr;
  return &run;
}

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Whether `edit` can be written into the package without new XML.
bool writable(const Document& doc, const DocxSource& src, const Edit& edit) {
  const DocxRun* run = run_for(src, edit.span);
  if (!run || run->raw_end <= run->raw_begin) return false;  // across runs, in a label, or CDATA
  if (edit.replacement.find_first_of("\t\n\r") != std::string::npos) return false;
  if (!run->preserve_space) {
    // Without xml:space="preserve", leading and trailing spaces of a run are not kept.
    std::string after(doc.text().substr(run->begin, edit.span.begin - run->begin));
    after += edit.replacement;
    after += doc.text().substr(edit.span.end, run->end - edit.span.end);
    if (!after.empty() && (is_xml_space(after.front()) || is_xml_space(after.back()))) return false;
    if (after.empty()) return false;  // an empty run would need its element removed
  }
  return true;
}

}  // namespace

DocxFixOutcome apply_docx_fixes(const Document& doc, const std::vector<Diagnostic>& diagnostics) {
  DocxFixOutcome out;
  const DocxSource* src = docx_source(doc);
  if (!src) return out;
  out.package = src->package;
  // Fixes that cannot be written safely are set aside whole (a fix's edits go in together).
  std::vector<Diagnostic> candidates;
  for (const Diagnostic& d : diagnostics) {
    if (d.fixes.empty() || d.fixes.front().edits.empty()) continue;
    bool ok = std::all_of(d.fixes.front().edits.begin(), d.fixes.front().edits.end(),
                          [&](const Edit& e) { return writable(doc, *src, e); });
    (ok ? candidates : out.not_applied).push_back(d);
  }
  FixResult taken = apply_fixes(doc.text(), candidates);
  if (taken.edits.empty()) return out;
  out.applied = taken.applied;
  // Per part, the byte replacements, applied from the end so earlier offsets stay valid.
  std::map<uint16_t, std::vector<std::pair<Span, std::string>>> by_part;
  for (const Edit& e : taken.edits) {
    const DocxRun& run = *run_for(*src, e.span);
    std::string_view raw = std::string_view(src->parts[run.part])
                               .substr(run.raw_begin, run.raw_end - run.raw_begin);
    uint32_t b = run.raw_begin + static_cast<uint32_t>(raw_offset(raw, e.span.begin - run.begin));
    uint32_t en = run.raw_begin + static_cast<uint32_t>(raw_offset(raw, e.span.end - run.begin));
    by_part[run.part].push_back({Span{b, en}, xml_escape(e.replacement)});
  }
  std::map<std::string, std::string> replaced;
  for (auto& [part, edits] : by_part) {
    std::sort(edits.begin(), edits.end(),
              [](const auto& a, const auto& b) { return a.first.begin > b.first.begin; });
    std::string bytes = src->parts[part];
    for (const auto& [span, text] : edits) bytes.replace(span.begin, span.size(), text);
    replaced[src->part_names[part]] = std::move(bytes);
  }
  out.package = replace_zip_parts(doc.path(), src->package, replaced);
  return out;
}

}  // namespace unlint
