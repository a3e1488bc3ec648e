// Suppression: what a team has said not to report — inline comments in a draft
// (<!-- unlint-disable CODE -->, <!-- unlint-enable -->, <!-- unlint-disable-next-line CODE -->)
// and per-path rule overrides from .unlint.yaml. Applied to lint()'s output, never inside rules.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "engine/config.h"

namespace unlint {

// Drops the diagnostics that inline comments in `doc` switch off. A comment without codes covers
// every rule; codes may name a family (`term`) or one rule (`term.variant`).
void apply_inline_suppressions(const Document& doc, std::vector<Diagnostic>& diagnostics);

// Applies the config's `overrides` whose `paths` globs match `path` (relative to the config's
// folder): drops rules turned off there and re-stamps changed severities.
void apply_path_overrides(const std::string& path, const Config& config,
                          std::vector<Diagnostic>& diagnostics);

// True when `path` matches `glob` as the config means it: relative to the config's folder, and a
// glob naming a folder ("archive/" or "archive") covers everything below it.
bool path_matches(const std::string& path, const std::string& glob, const Config& config);

}  // namespace unlint
