// Adopting unlint on an existing archive: write a baseline, then fail only on what is new.
#include <gtest/gtest.h>

#include "test_util.h"
#include "text/decode.h"

namespace unlint::testing {
namespace {

TEST(Baseline, OnlyNewFindingsAreReportedMatchedByTextNotLine) {
  TempDir tmp;
  tmp.write("d/a.txt", "参加普遍定期审查\n所有利益相关方\n");
  RunResult w = run_unlint("check --write-baseline base.json d", "", tmp.path());
  EXPECT_EQ(w.exit_code, 1);
  EXPECT_NE(read_file(tmp.path() + "/base.json").find("普遍定期审查"), std::string::npos);
  EXPECT_EQ(run_unlint("check --baseline base.json d", "", tmp.path()).exit_code, 0);

  // Old findings move down two lines: still known. A new one is reported.
  tmp.write("d/a.txt", "新的一段\n\n参加普遍定期审查\n所有利益相关方\n提供技术协助\n");
  RunResult r = run_unlint("check -q --baseline base.json d", "", tmp.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("d/a.txt:5:3: error:"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("普遍定期审查"), std::string::npos) << r.out;

  // A second copy of a known finding is new.
  tmp.write("d/a.txt", "参加普遍定期审查\n所有利益相关方\n再次普遍定期审查\n");
  r = run_unlint("check -q --baseline base.json d", "", tmp.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("d/a.txt:3:"), std::string::npos) << r.out;
}

TEST(Baseline, BadBaselineIsAnError) {
  TempDir tmp;
  tmp.write("base.json", "{\"nope\": 1}");
  tmp.write("a.txt", "x\n");
  RunResult r = run_unlint("check --baseline base.json a.txt", "", tmp.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("base.json: not a baseline"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace unlint::testing
