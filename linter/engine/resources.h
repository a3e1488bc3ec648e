// Resources: the rule packs (rules/*.yaml) and glossaries (glossaries/*.yaml) bundled into the
// binary at build time, so `unlint` needs no data files beside it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unlint {

struct ResourceFile {
  std::string_view name;  // path in the source tree, e.g. "rules/default.yaml"
  std::string_view text;
};

class Resources {
 public:
  static const Resources& bundled();

  std::optional<std::string_view> find(std::string_view name) const;
  // Files whose name starts with `dir` + "/", in name order.
  std::vector<ResourceFile> under(std::string_view dir) const;

 private:
  std::vector<ResourceFile> files_;
};

}  // namespace unlint
