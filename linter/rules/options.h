// Helpers for rule factories that read their options from the rule pack.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "core/error.h"
#include "engine/rule.h"

namespace unlint {

// Throws Error when the rule was given any option key outside `allowed`.
inline void expect_options(const RuleSetup& setup, std::string_view code,
                           std::initializer_list<std::string_view> allowed) {
  if (!setup.options || setup.options.IsNull()) return;
  if (!setup.options.IsMap()) {
    YamlMark m = setup.options.Mark();
    throw Error("", m.line + 1, m.column + 1,
                "expected a mapping of options for rule '" + std::string(code) + "'");
  }
  for (const auto& kv : setup.options) {
    std::string key = kv.first.Scalar();
    if (key == "severity") continue;
    bool ok = false;
    for (auto a : allowed) ok = ok || a == key;
    if (!ok) {
      YamlMark m = kv.second.Mark();
      std::string list;
      for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      throw Error("", m.line + 1, m.column + 1,
                  "unknown option '" + key + "' for rule '" + std::string(code) + "'" +
                      (list.empty() ? std::string("; it takes no options") : "; expected " + list));
    }
  }
}

inline void expect_no_options(const RuleSetup& setup, std::string_view code) {
  expect_options(setup, code, {});
}

}  // namespace unlint
