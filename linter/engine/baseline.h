// Baseline: the findings a team has accepted for now, so `check --baseline` reports only new ones.
// Findings are matched by (path, code, source text) — not by line — and counted, so moving text
// around does not make old findings new, and a second copy of a finding is new.
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "core/file_result.h"

namespace unlint {

class Baseline {
 public:
  // Throws Error naming the file when it cannot be read or is not a baseline.
  static Baseline load(const std::string& path);
  static Baseline from_results(const std::vector<FileResult>& results);
  // Throws Error when the file cannot be written (written atomically).
  void save(const std::string& path) const;

  // Removes from `diagnostics` of `path` those the baseline holds, consuming its counts.
  void filter(const std::string& path, std::vector<Diagnostic>& diagnostics);
  size_t size() const { return counts_.size(); }

 private:
  using Key = std::tuple<std::string, std::string, std::string>;  // path, code, text
  std::map<Key, size_t> counts_;
};

}  // namespace unlint
