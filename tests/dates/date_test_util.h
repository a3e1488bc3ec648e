// Helpers for the date rule tests: run the pack, keep only date.* findings, apply only their fixes.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "engine/lint.h"
#include "test_util.h"

namespace unlint::testing {

inline std::vector<Diagnostic> date_diags(std::string_view text) {
  std::vector<Diagnostic> out;
  for (auto& d : lint_text(text)) {
    if (d.code.starts_with("date.")) out.push_back(std::move(d));
  }
  return out;
}

// The text after the fixes of the `code` findings only (other families' fixes are left out).
inline std::string fixed_by(std::string_view text, std::string_view code) {
  return apply_fixes(text, only(lint_text(text), code)).text;
}

inline std::string describe(const std::vector<Diagnostic>& diags) {
  std::string s;
  for (const auto& d : diags) s += "\n  " + d.code + ": " + d.message;
  return s;
}

// One annotated case: the [[span]] the rule reports, and the text after its fix ("" = no fix).
struct BadCase {
  const char* marked;
  const char* after;
};

inline void expect_bad(std::string_view code, const BadCase& c) {
  SCOPED_TRACE(c.marked);
  Annotated a = annotate(c.marked);
  ASSERT_EQ(a.spans.size(), 1u);
  auto all = lint_text(a.text);
  auto d = only(all, code);
  ASSERT_EQ(d.size(), 1u) << describe(all);
  EXPECT_EQ(d[0].span, a.spans[0]) << d[0].message;
  EXPECT_NE(d[0].message.find('('), std::string::npos) << "English gloss missing";
  if (std::string_view(c.after).empty()) {
    EXPECT_TRUE(d[0].fixes.empty()) << d[0].message;
  } else {
    ASSERT_FALSE(d[0].fixes.empty()) << d[0].message;
    EXPECT_EQ(apply_fixes(a.text, d).text, c.after);
  }
}

inline void expect_good(std::string_view text) {
  SCOPED_TRACE(std::string(text));
  auto d = date_diags(text);
  EXPECT_TRUE(d.empty()) << describe(d);
}

}  // namespace unlint::testing
