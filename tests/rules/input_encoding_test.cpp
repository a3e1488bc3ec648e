#include <gtest/gtest.h>

#include "engine/lint.h"
#include "test_util.h"
#include "text/decode.h"

namespace unlint::testing {
namespace {

TEST(InputEncoding, ReportedOnceWithTheByteOffsetAndTheRestIsLinted) {
  std::string bytes = "人权\xFF理事会\xFE参加普遍定期审查";
  auto doc = decode_document("bad.txt", bytes, "UTF-8");
  auto d = lint(*doc, default_pack());
  auto enc = only(d, "input.encoding");
  ASSERT_EQ(enc.size(), 1u);
  EXPECT_NE(enc[0].message.find("6"), std::string::npos);  // byte offset of \xFF
  EXPECT_NE(enc[0].message.find("1 more"), std::string::npos);
  EXPECT_EQ(only(d, "term.variant").size(), 1u);
}

TEST(InputEncoding, ValidInputIsSilent) {
  EXPECT_TRUE(only(lint_text("人权理事会"), "input.encoding").empty());
}

}  // namespace
}  // namespace unlint::testing
