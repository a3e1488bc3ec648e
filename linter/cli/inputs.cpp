#include "cli/inputs.h"

#include "docx/docx.h"
#include "engine/suppress.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace unlint {

namespace fs = std::filesystem;

bool is_ignored(const std::string& path, const Config& config) {
  for (const auto& glob : config.ignore) {
    if (path_matches(path, glob, config)) return true;
  }
  return false;
}

InputList collect_inputs(const std::vector<std::string>& paths, const Config& config) {
  InputList out;
  std::set<std::string> seen;
  std::vector<std::string> files;
  for (const auto& p : paths) {
    if (p == "-") {
      files.push_back(p);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      out.missing.push_back(p);
      continue;
    }
    if (!fs::is_directory(st)) {
      if (!is_ignored(p, config)) files.push_back(p);  // named explicitly: any extension
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::path& fp = it->path();
      std::string name = fp.filename().string();
      if (it->is_directory(ec)) {
        if (!name.empty() && name[0] == '.') it.disable_recursion_pending();
        continue;
      }
      std::string ext = fp.extension().string();
      // Word's lock files (~$draft.docx) sit beside open documents and are not documents.
      bool word = is_docx_path(name) && name.rfind("~$", 0) != 0;
      if ((ext == ".txt" || ext == ".md" || word) && !is_ignored(fp.string(), config)) {
        found.push_back(fp.string());
      }
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  for (auto& f : files) {
    if (f == "-" || seen.insert(fs::path(f).lexically_normal().string()).second) {
      out.files.push_back(f);
    }
  }
  std::sort(out.files.begin(), out.files.end());
  return out;
}

}  // namespace unlint
