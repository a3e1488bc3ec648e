#include <algorithm>

#include "engine/rule.h"

namespace unlint {
namespace {

std::vector<RuleInfo>& registry() {
  static std::vector<RuleInfo> rules;
  return rules;
}

bool sorted = false;

}  // namespace

bool register_rule(RuleInfo info) {
  registry().push_back(std::move(info));
  sorted = false;
  return true;
}

const std::vector<RuleInfo>& registered_rules() {
  if (!sorted) {
    std::sort(registry().begin(), registry().end(),
              [](const RuleInfo& a, const RuleInfo& b) { return a.code < b.code; });
    sorted = true;
  }
  return registry();
}

const RuleInfo* find_rule(std::string_view code) {
  for (const auto& r : registered_rules()) {
    if (r.code == code) return &r;
  }
  return nullptr;
}

}  // namespace unlint
