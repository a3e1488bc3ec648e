#include <gtest/gtest.h>

#include "test_util.h"

namespace unlint::testing {
namespace {

TEST(TermVariant, ReportsVariantWithOfficialForm) {
  Annotated a = annotate("各国应参加[[普遍定期审查]]。");
  auto d = only(lint_text(a.text), "term.variant");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].span, a.spans[0]);
  EXPECT_NE(d[0].message.find("普遍定期审议"), std::string::npos);
  EXPECT_EQ(d[0].severity, Severity::kError);
}

}  // namespace
}  // namespace unlint::testing
