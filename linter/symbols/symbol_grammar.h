// The UN document symbol recogniser: finds symbol-shaped strings in a ScanView and judges each
// against the registry, from the original bytes of the Document (full width, spaces, case).
// Invariant: every finding's view range is a non-empty range of the ScanView it was made from.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/span.h"
#include "symbols/registry.h"

namespace unlint {
class ScanView;
}

namespace unlint::symbols {

// What is wrong with the form of a symbol. Every defect but kShape and kMissingYear has a
// certain correction.
enum class Defect : uint8_t {
  kFullWidthSlash,  // A／HRC
  kFullWidth,       // Ａ/ＨＲＣ, A/HRC/４４
  kSpace,           // A / HRC / 44 / 28
  kBackslash,       // A\HRC\44\28
  kDoubleSlash,     // A//HRC
  kTrailingSlash,   // A/HRC/44/28/
  kCase,            // a/hrc, L.1 → l.1, ADD.1
  kMissingDot,      // CN4, Sub2, L1
  kSlashForDot,     // /Corr/1
  kSeparator,       // A/RES/70-1, A/HRC/RES/44.1
  kLeadingZero,     // A/RES/70/01
  kOrder,           // A/HRC/44/RES/1
  kJointDash,       // en dash or spaced hyphen between joint symbols
  kMissingSpace,    // S/RES/2532(2020)
  kMissingRoot,     // HRC/44/28
  kMissingYear,     // S/RES/2532
  kModifierNumber,  // A/HRC/44/28/Add: a modifier without its number (a cut after Add.)
  kShape,           // anything else that does not fit the series
};
std::string_view defect_zh(Defect d);
std::string_view defect_en(Defect d);

struct SymbolFinding {
  enum class Kind : uint8_t { kValid, kMalformed, kUnknownSeries };
  Kind kind = Kind::kValid;
  uint32_t view_begin = 0, view_end = 0;  // the symbol as the view matched it
  std::vector<Defect> defects;            // kMalformed: in a stable order, no repeats
  std::string corrected;                  // kMalformed with a certain fix: the symbol to use
  std::string expected;                   // kMalformed kShape: forms of the series, for the message
  std::string unknown;                    // kUnknownSeries: the unregistered series, "A/HRX/"
  std::string suggestion;                 // kUnknownSeries: nearest known series or symbol
  std::string canonical;                  // kValid: the symbol as it should be written
};

// Judges one symbol: `view_text` as the ScanView has it, `doc_text` the Document bytes it spans.
// Returns kind kValid with an empty canonical when the text is not symbol-shaped at all.
SymbolFinding analyse_symbol(const SymbolRegistry& reg, std::string_view view_text,
                             std::string_view doc_text, bool* is_symbol = nullptr);

// Finds and judges every symbol-shaped string in the view. `doc` is Document::text(). Without
// `valid_too`, only the symbols with something to report are kept (what the rules read: a
// document citing thousands of well-formed symbols need not hold a finding for each).
void scan_symbols(const SymbolRegistry& reg, const ScanView& view, std::string_view doc,
                  std::vector<SymbolFinding>& out, bool valid_too = true);

// The smallest edit that turns `have` (the Document bytes of `span`) into `want`, comparing the
// original bytes, so that a full-width character that the view folded is replaced too.
Edit minimal_doc_edit(Span span, std::string_view have, std::string_view want);

// The Document bytes of a span as one line, for messages: line breaks and the spaces around
// them are dropped.
std::string one_line(std::string_view text);

// Optimal-string-alignment distance, for nearest-series suggestions (ASCII, case-insensitive).
int edit_distance(std::string_view a, std::string_view b);

}  // namespace unlint::symbols
