// Every schema error of the glossary YAML is reported with file, line, column and what was expected.
#include <gtest/gtest.h>

#include "core/error.h"
#include "glossary/glossary.h"
#include "text/scan_view.h"

namespace unlint {
namespace {

struct Case {
  const char* name;
  const char* yaml;
  int line;
  int column;
  const char* expected;  // part of the message
};

class GlossaryLoaderError : public ::testing::TestWithParam<Case> {};

TEST_P(GlossaryLoaderError, NamesFileLineColumnAndExpectation) {
  const Case& c = GetParam();
  Glossary g;
  try {
    g.add_yaml(c.yaml, "bad.yaml");
    g.build();
    FAIL() << "expected an Error for " << c.name;
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "bad.yaml");
    EXPECT_EQ(e.line(), c.line) << e.where_and_what();
    EXPECT_EQ(e.column(), c.column) << e.where_and_what();
    EXPECT_NE(std::string(e.what()).find(c.expected), std::string::npos) << e.what();
  }
}


INSTANTIATE_TEST_SUITE_P(
    Schema, GlossaryLoaderError,
    ::testing::Values(
        Case{"not_yaml", "concepts: [\n  - id: x", 2, 3, "invalid YAML"},
        Case{"not_a_map", "- a\n- b\n", 1, 1, "expected a mapping"},
        Case{"no_concepts", "glossary:\n  name: x\n", 1, 1, "missing 'concepts'"},
        Case{"unknown_top", "concept:\n  - id: x\n", 1, 1, "unknown key 'concept'"},
        Case{"concepts_not_list", "concepts: 3\n", 1, 11, "expected a list"},
        Case{"no_id", "concepts:\n  - official: 人权\n    en: x\n    source: s\n", 2, 5,
             "without 'id'"},
        Case{"bad_id", "concepts:\n  - id: Bad Id\n    official: 人权\n    en: x\n    source: s\n",
             2, 9, "expected an id"},
        Case{"no_official", "concepts:\n  - id: a\n    en: x\n    source: s\n", 2, 5,
             "without 'official'"},
        Case{"no_en", "concepts:\n  - id: a\n    official: 人权\n    source: s\n", 2, 5,
             "without 'en'"},
        Case{"no_source", "concepts:\n  - id: a\n    official: 人权\n    en: x\n", 2, 5,
             "without 'source'"},
        Case{"unknown_key",
             "concepts:\n  - id: a\n    official: 人权\n    en: x\n    source: s\n    varient: y\n",
             6, 5, "unknown key 'varient'"},
        Case{"bad_kind",
             "concepts:\n  - id: a\n    official: 人权\n    en: x\n    source: s\n"
             "    variants:\n      - form: 人全\n        kind: typo\n",
             8, 15, "unknown variant kind 'typo'"},
        Case{"variant_without_form",
             "concepts:\n  - id: a\n    official: 人权\n    en: x\n    source: s\n"
             "    variants:\n      - kind: regional\n",
             7, 9, "without 'form'"},
        Case{"empty_official", "concepts:\n  - id: a\n    official: ''\n    en: x\n    source: s\n",
             3, 15, "non-empty"},
        Case{"accepted_not_list",
             "concepts:\n  - id: a\n    official: 人权\n    en: x\n    source: s\n    accepted: 人全\n",
             6, 15, "list of strings"},
        Case{"example_half",
             "concepts:\n  - id: a\n    official: 人权\n    en: x\n    source: s\n"
             "    examples:\n      - before: 人全\n",
             7, 9, "'before' and 'after'"},
        Case{"bad_introduce",
             "concepts:\n  - id: a\n    official: 人权\n    en: x\n    source: s\n"
             "    introduce: later\n",
             6, 16, "'introduce'"},
        Case{"duplicate_id",
             "concepts:\n  - id: a\n    official: 人权\n    en: x\n    source: s\n"
             "  - id: a\n    official: 理事会\n    en: y\n    source: s\n",
             6, 9, "duplicate concept id"},
        Case{"form_in_two_concepts",
             "concepts:\n  - id: a\n    official: 人权\n    en: x\n    source: s\n"
             "  - id: b\n    official: 理事会\n    en: y\n    source: s\n"
             "    variants:\n      - form: 人权\n",
             11, 9, "already a form of concept 'a'"},
        Case{"same_form_twice_in_one_concept",
             "concepts:\n  - id: a\n    official: 人权\n    en: x\n    source: s\n"
             "    accepted: [人权]\n",
             6, 16, "already a form of concept 'a'"}),
    [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

TEST(GlossaryLoader, FormsAreFoldedLikeTheView) {
  Glossary g;
  g.add_yaml(
      "concepts:\n  - id: a\n    official: 冠状病毒病(COVID-19)\n    en: x\n    source: s\n",
      "g.yaml");
  g.build();
  FormRef ref;
  EXPECT_TRUE(g.lookup("冠状病毒病（ＣＯＶＩＤ－１９）", &ref));
  EXPECT_EQ(g.concept_of(ref).id, "a");
}

TEST(GlossaryLoader, LeftmostLongestAndExceptionsShadowVariants) {
  Glossary g;
  g.add_yaml(
      "concepts:\n"
      "  - id: dev\n    official: 发展中国家\n    en: x\n    source: s\n"
      "    variants: [{form: 开发中国家, kind: regional}]\n"
      "    exceptions: [联合国开发中国家会议]\n",
      "g.yaml");
  g.build();
  std::vector<TermMatch> m;
  ScanView v("开发中国家和联合国开发中国家会议");
  g.scan(v, m);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].form.role, FormRole::kVariant);
  EXPECT_EQ(m[1].form.role, FormRole::kException);
}

}  // namespace
}  // namespace unlint
