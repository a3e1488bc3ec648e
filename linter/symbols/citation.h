// Resolution and decision citations in Chinese text (第70/1号决议, 第2532(2020)号决议): where they
// are, how their number is written, which body adopted them and which date the text ties to them.
// Invariant: all offsets are ScanView offsets on code-point boundaries, begin < end.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "symbols/registry.h"

namespace unlint {
class ScanView;
}

namespace unlint::symbols {

enum class CitationForm : uint8_t {
  kSlash,            // 70/1 (session/number) or 2000/22 (year/number)
  kSecurityCouncil,  // 2532(2020)
  kBare,             // 2532: a number alone
  kRoman,            // 2200 A (XXI), 1817(LV): numbering before 1976
};

enum class CitationDefect : uint8_t {
  kFullWidthSlash,  // 72／5
  kFullWidthDigit,  // 第７２/５号
  kSeparator,       // 72-5, 72.5, 72\5
  kSpace,           // 70 / 1
};
std::string_view citation_defect_zh(CitationDefect d);
std::string_view citation_defect_en(CitationDefect d);

struct Citation {
  uint32_t number_begin = 0, number_end = 0;  // "70/1" in the view
  CitationForm form = CitationForm::kBare;
  int first = 0;               // session, year, or Security Council number
  int second = 0;              // number after the solidus, or the year in parentheses
  bool first_is_year = false;  // 2000/22: four digits before the solidus
  bool placeholder = false;    // 44/…
  bool decision = false;       // 号决定 rather than 号决议
  std::vector<CitationDefect> defects;
  std::string corrected;  // the number as it should be written, when defects is not empty

  Body body = Body::kUnknown;
  uint32_t body_begin = 0, body_end = 0;
  bool body_inherited = false;  // taken from the previous citation in a list

  std::optional<Date> date;  // a date the text ties to this citation
  uint32_t date_begin = 0, date_end = 0;
};

// Finds every citation in the view, in order. `doc` is Document::text().
void find_citations(const SessionCalendar& cal, const ScanView& view, std::string_view doc,
                    std::vector<Citation>& out);

}  // namespace unlint::symbols
