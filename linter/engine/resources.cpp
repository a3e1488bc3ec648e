#include "engine/resources.h"

#include <algorithm>

#include "core/error.h"

namespace unlint {

// Generated at build time by linter/tools/embed_resources.cpp.
extern const ResourceFile kEmbeddedFiles[];
extern const size_t kEmbeddedFileCount;

const Resources& Resources::bundled() {
  static const Resources r = [] {
    Resources res;
    res.files_.assign(kEmbeddedFiles, kEmbeddedFiles + kEmbeddedFileCount);
    std::sort(res.files_.begin(), res.files_.end(),
              [](const ResourceFile& a, const ResourceFile& b) { return a.name < b.name; });
    return res;
  }();
  return r;
}

std::optional<std::string_view> Resources::find(std::string_view name) const {
  for (const auto& f : files_) {
    if (f.name == name) return f.text;
  }
  return std::nullopt;
}

std::shared_ptr<const YamlTree> Resources::tree(std::string_view name) const {
  for (const auto& f : files_) {
    if (f.name == name) return YamlTree::from_bytes(f.tree);
  }
  return nullptr;
}

std::shared_ptr<const YamlTree> Resources::required_tree(std::string_view name) const {
  auto t = tree(name);
  if (!t) throw Error(std::string(name), 0, 0, "bundled data is missing (not embedded at build time)");
  return t;
}

std::vector<ResourceFile> Resources::under(std::string_view dir) const {
  std::vector<ResourceFile> out;
  for (const auto& f : files_) {
    if (f.name.size() > dir.size() + 1 && f.name.substr(0, dir.size()) == dir &&
        f.name[dir.size()] == '/') {
      out.push_back(f);
    }
  }
  return out;
}

}  // namespace unlint
