// The nightly report's data: one summary per document and per finding, the totals and tables
// built from them, the diff against a previous night (baseline) and the merge of shard reports.
// Invariants: documents are in path order, each document's findings in document order; a
// Report holds no Document — only what the reporters print — so memory grows with the findings,
// not with the size of the corpus. report.json (report_json_text/report_from_json) round-trips a
// Report.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"

namespace unlint {

// One finding, summarised so the Document can be dropped. Lines are 1-based; columns are 1-based,
// in code points (`column`) and in UTF-16 code units (`utf16_column`, for SARIF); the end is
// exclusive.
struct Finding {
  std::string path;
  std::string code;
  Severity severity = Severity::kWarning;
  uint32_t line = 1, column = 1, end_line = 1, end_column = 1;
  uint32_t utf16_column = 1, utf16_end_column = 1;
  std::string message;
  std::string text;        // the source text of the span (for term.variant: the variant)
  std::string suggestion;  // the span's text after the first fix (the official form), or empty
  // The source line of the finding, cut to a window around it: before + match + after.
  std::string before, match, after;
  bool is_new = false;  // not in the baseline, matched by (path, code, text)
};

struct DocumentReport {
  std::string path;
  std::string encoding;  // empty when unreadable
  std::string error;     // why the file could not be read; empty when it was
  std::vector<Finding> findings;
  bool readable() const { return error.empty(); }
};

struct Totals {
  size_t documents = 0, unreadable = 0, findings = 0;
  size_t errors = 0, warnings = 0, information = 0, hints = 0;
  friend bool operator==(const Totals&, const Totals&) = default;
};

// A rule as the report lists it, whether or not it found anything.
struct RuleEntry {
  std::string code;
  std::string summary;  // Chinese with English gloss; may be empty for an unknown code
  Severity severity = Severity::kWarning;  // the default level (SARIF defaultConfiguration)
};

// A point of the trend chart: one night's totals.
struct HistoryPoint {
  std::string generated;  // ISO 8601 UTC, e.g. 2026-11-28T02:00:00Z
  std::string label;
  Totals totals;
};

// What changed since the baseline (the newest report given with --baseline).
struct BaselineDiff {
  std::string generated, label;  // of the baseline compared with
  size_t new_count = 0;
  std::vector<Finding> fixed;  // baseline findings no longer found, in (path, line) order
};

struct Report {
  std::string generated;  // ISO 8601 UTC
  std::string label;      // free text, e.g. the session's name; may be empty
  std::string tool_version;
  std::vector<RuleEntry> rules;           // sorted by code
  std::vector<DocumentReport> documents;  // sorted by path
  std::vector<HistoryPoint> history;      // earlier nights, oldest first (not including this one)
  std::optional<BaselineDiff> baseline;
};

// Summarises one linted document. A finding's suggestion is the span's text with the
// diagnostic's first fix applied, when that fix lies inside the span.
DocumentReport summarise(const Document& doc, const std::vector<Diagnostic>& diagnostics);
DocumentReport unreadable(std::string path, std::string error);

// Puts documents in path order and adds a RuleEntry for any finding whose code is not listed.
void normalise(Report& report);

Totals totals_of(const Report& report);
std::string family_of(std::string_view code);  // "term.variant" → "term"

struct RuleCount {
  std::string code;
  size_t findings = 0, documents = 0, new_findings = 0, fixed = 0;
};
// One row per rule in report.rules (zero counts included), in code order.
std::vector<RuleCount> count_by_rule(const Report& report);

struct FamilyCount {
  std::string family;
  size_t findings = 0, documents = 0;
};
std::vector<FamilyCount> count_by_family(const Report& report);  // most findings first

// The documents with the most findings, most first, ties in path order.
std::vector<const DocumentReport*> top_documents(const Report& report, size_t limit);

struct TermCount {
  std::string variant;   // as found in the drafts
  std::string official;  // the suggestion
  std::string code;
  size_t findings = 0, documents = 0;
};
// The rules whose suggestion replaces a non-standard variant with the official form.
inline const std::vector<std::string> kVariantCodes = {"term.traditional", "term.variant"};
// The most frequent variants (findings of `codes` with a suggestion), grouped by (variant,
// official, code) with line breaks inside a term ignored, most first.
std::vector<TermCount> top_terms(const Report& report, size_t limit,
                                 const std::vector<std::string>& codes = kVariantCodes);

// Marks this report's new findings and fills report.baseline from the newest of `baselines`
// (by generated time; the last given on a tie), and adds every baseline and its history to
// report.history. Findings match by (path, code, text) as a multiset: with two matching
// findings in the baseline and three tonight, the last one tonight is new. Documents that are
// not in tonight's run, or could not be read tonight, have no fixed findings.
void apply_baselines(Report& report, const std::vector<Report>& baselines);

// Combines shard reports of one night: the documents of all (a path seen twice keeps the first
// shard's and is listed in `duplicates`), the union of rules and of histories, the newest
// generated time and the first non-empty label. Baseline marks are dropped.
Report merge_reports(const std::vector<Report>& shards, std::vector<std::string>* duplicates);

// report.json's text: the schema is described in the README ("unlint report"). One document
// per line; written without building a JSON tree of the whole corpus.
std::string report_json_text(const Report& report);
// Throws Error naming `source` when the JSON is not a report.json.
Report report_from_json(const nlohmann::ordered_json& j, const std::string& source);
// Reads and parses a report.json file; throws Error naming the file.
Report read_report(const std::string& path);

}  // namespace unlint
