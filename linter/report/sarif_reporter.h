// SARIF reporter: the nightly report as a SARIF 2.1.0 log for code-scanning dashboards.
// One run; tool.driver.rules lists every rule of the report (results point at it by ruleIndex);
// regions are 1-based with columns in UTF-16 code units (the run says so in columnKind);
// files that could not be read are tool execution notifications, not results.
#pragma once

#include <string>

#include "report/report_model.h"

namespace unlint {

// The log's text, one result per line, written without a JSON tree of every finding.
std::string sarif_text(const Report& report);

// A path as a SARIF artifact URI: relative paths stay relative (percent-encoded, `/`
// separators); absolute paths become file:// URIs.
std::string sarif_uri(const std::string& path);

}  // namespace unlint
