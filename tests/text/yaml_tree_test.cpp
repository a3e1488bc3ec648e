#include "text/yaml_tree.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace unlint {
namespace {

TEST(YamlTree, ReadsMapsSequencesScalarsWithMarks) {
  auto t = YamlTree::parse("a: 1\nb: [x, y]\nc:\n  d: true\ne:\n", "t.yaml");
  YamlNode r = t->root();
  ASSERT_TRUE(r.IsMap());
  EXPECT_EQ(r["a"].as<int>(), 1);
  EXPECT_EQ(r["b"].size(), 2u);
  EXPECT_EQ(r["b"][1].Scalar(), "y");
  EXPECT_TRUE(r["c"]["d"].as<bool>());
  EXPECT_TRUE(r["e"].IsNull());
  EXPECT_FALSE(r["missing"]);
  EXPECT_EQ(r["b"].Mark().line, 1);
  int keys = 0;
  for (const auto& kv : r) keys += kv.first.IsScalar();
  EXPECT_EQ(keys, 4);
}

TEST(YamlTree, BytesRoundTrip) {
  auto t = YamlTree::parse("list: [{form: 甲, kind: regional}, 乙]\n", "t.yaml");
  auto u = YamlTree::from_bytes(t->to_bytes());
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->root()["list"][0]["form"].Scalar(), "甲");
  EXPECT_EQ(u->root()["list"][1].Scalar(), "乙");
  EXPECT_EQ(u->root()["list"][0].Mark().column, t->root()["list"][0].Mark().column);
  EXPECT_EQ(YamlTree::from_bytes("junk"), nullptr);
  std::string b = t->to_bytes();
  EXPECT_EQ(YamlTree::from_bytes(b.substr(0, b.size() - 1)), nullptr);
}

TEST(YamlTree, DeepNestingIsRefusedWithItsPlace) {
  std::string deep(200, '[');
  try {
    YamlTree::parse(deep, "deep.yaml");
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "deep.yaml");
    EXPECT_GT(e.line(), 0);
  }
}

TEST(YamlTree, AliasesDoNotCopy) {
  // A "billion laughs" document stays small: aliases point at their anchor.
  std::string y = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'j'; ++c) {
    std::string prev(1, static_cast<char>(c - 1));
    y += std::string(1, c) + ": &" + c + " [*" + prev + ", *" + prev + ", *" + prev + ", *" + prev +
         ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + "]\n";
  }
  auto t = YamlTree::parse(y, "lol.yaml");
  EXPECT_LT(t->to_bytes().size(), 10000u);
  EXPECT_EQ(t->root()["j"][0][0][0].size(), 10u);
}

TEST(YamlTree, ConversionErrorsNameThePlace) {
  auto t = YamlTree::parse("n: twelve\n", "t.yaml");
  try {
    t->root()["n"].as<int>();
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.line(), 1);
    EXPECT_EQ(e.column(), 4);
  }
}

}  // namespace
}  // namespace unlint
