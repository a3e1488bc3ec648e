// Resources: the rule packs (rules/*.yaml) and glossaries (glossaries/*.yaml) bundled into the
// binary at build time, so `unlint` needs no data files beside it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/yaml_tree.h"

namespace unlint {

struct ResourceFile {
  std::string_view name;  // path in the source tree, e.g. "rules/default.yaml"
  std::string_view text;
  std::string_view tree;  // the text compiled at build time (YamlTree::to_bytes)
};

class Resources {
 public:
  static const Resources& bundled();

  std::optional<std::string_view> find(std::string_view name) const;
  // The parsed YAML of a bundled file, without parsing: compiled at build time. Null when absent.
  std::shared_ptr<const YamlTree> tree(std::string_view name) const;
  // The same for a file the caller cannot do without: throws Error naming it when absent.
  std::shared_ptr<const YamlTree> required_tree(std::string_view name) const;
  // Files whose name starts with `dir` + "/", in name order.
  std::vector<ResourceFile> under(std::string_view dir) const;

 private:
  std::vector<ResourceFile> files_;
};

}  // namespace unlint
