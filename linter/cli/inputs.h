// Which files a command line names: files as given, directories walked for *.txt, *.md and Word
// (hidden folders skipped), minus the config's ignore globs; in path order, without repeats.
#pragma once

#include <string>
#include <vector>

#include "engine/config.h"

namespace unlint {

struct InputList {
  std::vector<std::string> files;    // to lint ("-" for standard input)
  std::vector<std::string> missing;  // named on the command line but not there
};

InputList collect_inputs(const std::vector<std::string>& paths, const Config& config);

// True when `path` matches one of the config's ignore globs (relative to the config's folder).
bool is_ignored(const std::string& path, const Config& config);

}  // namespace unlint
