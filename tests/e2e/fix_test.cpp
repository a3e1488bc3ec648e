// `unlint fix` as users run it: in place, atomically, in the file's own encoding and line ends.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "test_util.h"
#include "text/decode.h"

namespace unlint::testing {
namespace {

TEST(Fix, FixesInPlaceAndSecondRunChangesNothing) {
  TempDir tmp;
  std::string p = tmp.write("a.txt", "参加普遍定期审查，所有利益相关方，人權理事會。\n");
  RunResult r = run_unlint("fix a.txt", "", tmp.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_file(p), "参加普遍定期审议，所有利益攸关方，人权理事会。\n");
  EXPECT_NE(r.err.find("fixed 4 problems"), std::string::npos) << r.err;
  RunResult again = run_unlint("fix a.txt", "", tmp.path());
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_EQ(again.err, "");
  EXPECT_EQ(read_file(p), "参加普遍定期审议，所有利益攸关方，人权理事会。\n");
}

TEST(Fix, ReportsWhatStillNeedsAPerson) {
  TempDir tmp;
  tmp.write("a.txt", "打击贩运人口和人口贩运\n");
  RunResult r = run_unlint("fix a.txt", "", tmp.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("a.txt:1:8: warning:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("[term.inconsistent]"), std::string::npos);
}

TEST(Fix, DryRunPrintsADiffAndChangesNothing) {
  TempDir tmp;
  std::string p = tmp.write("a.txt", "一\n参加普遍定期审查\n三\n");
  RunResult r = run_unlint("fix --dry-run a.txt", "", tmp.path());
  EXPECT_EQ(r.out, "--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,3 @@\n 一\n-参加普遍定期审查\n+参加普遍定期审议\n 三\n");
  EXPECT_EQ(read_file(p), "一\n参加普遍定期审查\n三\n");
}

TEST(Fix, CrlfFileKeepsItsLineEnds) {
  TempDir tmp;
  std::string p = tmp.write("a.txt", "参加普遍定\r\n\r\n期审查\r\n加强能力构建\r\n");
  EXPECT_EQ(run_unlint("fix a.txt", "", tmp.path()).exit_code, 0);
  EXPECT_EQ(read_file(p), "参加普遍定\r\n\r\n期审议\r\n加强能力建设\r\n");
}

TEST(Fix, Gb18030FileIsWrittenBackInGb18030) {
  TempDir tmp;
  std::string p = tmp.write("gb.txt", encode_text("重申致力于促进国际合作，各国应参加普遍定期审查，加强人权领域的合作。\n", "GB18030"));
  EXPECT_EQ(run_unlint("fix gb.txt", "", tmp.path()).exit_code, 0);
  EXPECT_EQ(read_file(p), encode_text("重申致力于促进国际合作，各国应参加普遍定期审议，加强人权领域的合作。\n", "GB18030"));
}

TEST(Fix, BomIsKept) {
  TempDir tmp;
  std::string p = tmp.write("b.txt", "\xEF\xBB\xBF参加普遍定期审查\n");
  EXPECT_EQ(run_unlint("fix b.txt", "", tmp.path()).exit_code, 0);
  EXPECT_EQ(read_file(p), "\xEF\xBB\xBF参加普遍定期审议\n");
}

TEST(Fix, ReadOnlyFileIsReportedAndLeftIntact) {
  TempDir tmp;
  std::string p = tmp.write("ro.txt", "参加普遍定期审查\n");
  ASSERT_EQ(::chmod(p.c_str(), 0444), 0);
  RunResult r = run_unlint("fix ro.txt", "", tmp.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("ro.txt: is read-only"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(p), "参加普遍定期审查\n");
}

TEST(Fix, FileWithInvalidBytesIsNotRewritten) {
  TempDir tmp;
  std::string bytes = "参加普遍定期审查\xFF\n";
  std::string p = tmp.write("bad.txt", bytes);
  RunResult r = run_unlint("fix --encoding UTF-8 bad.txt", "", tmp.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("not rewritten"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(p), bytes);
}

TEST(Fix, ManyFilesInAnyOrder) {
  TempDir tmp;
  std::string a = tmp.write("z.txt", "参加普遍定期审查\n");
  std::string b = tmp.write("a.txt", "提供技术协助\n");
  EXPECT_EQ(run_unlint("fix z.txt a.txt", "", tmp.path()).exit_code, 0);
  EXPECT_EQ(read_file(a), "参加普遍定期审议\n");
  EXPECT_EQ(read_file(b), "提供技术援助\n");
}

}  // namespace
}  // namespace unlint::testing

namespace unlint::testing {
namespace {

TEST(FixRenumber, ParagraphsAndReferencesFollowEachOther) {
  TempDir tmp;
  std::string p = tmp.write("r.txt",
                            " 人权理事会，\n\n"
                            " 1. 重申其决议；\n\n"
                            " 2. 请秘书长提交报告；\n\n"
                            " 4. 请各国执行上文第2段；\n\n"
                            " 5. 决定按照上文第4段继续审议此事。\n");
  RunResult dry = run_unlint("fix --renumber --dry-run r.txt", "", tmp.path());
  EXPECT_NE(dry.out.find("+ 3. 请各国执行上文第2段；"), std::string::npos) << dry.out << dry.err;
  RunResult r = run_unlint("fix --renumber r.txt", "", tmp.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_file(p),
            " 人权理事会，\n\n"
            " 1. 重申其决议；\n\n"
            " 2. 请秘书长提交报告；\n\n"
            " 3. 请各国执行上文第2段；\n\n"
            " 4. 决定按照上文第3段继续审议此事。\n");
  EXPECT_EQ(run_unlint("check r.txt", "", tmp.path()).exit_code, 0);
}

}  // namespace
}  // namespace unlint::testing
