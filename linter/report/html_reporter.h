// HTML reporter: the nightly report as one self-contained page (inline CSS and SVG, no script,
// no network) for a documents officer. Every piece of text from the drafts is escaped.
#pragma once

#include <string>
#include <string_view>

#include "report/report_model.h"

namespace unlint {

struct HtmlOptions {
  size_t top_documents = 20;  // rows in "documents with the most findings"
  size_t top_terms = 30;      // rows in the terminology section
  size_t max_changes = 300;   // rows in each of "new" and "fixed"
};

std::string format_html(const Report& report, const HtmlOptions& options = {});

// `&`, `<`, `>`, `"` and `'` as character references.
std::string html_escape(std::string_view text);

}  // namespace unlint
