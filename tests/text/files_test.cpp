#include "text/files.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

#include "core/error.h"
#include "test_util.h"
#include "text/decode.h"

namespace unlint::testing {
namespace {

TEST(UnifiedDiff, OneChangedLineWithContext) {
  EXPECT_EQ(unified_diff("a\nb\nc\nd\ne\n", "a\nB\nc\nd\ne\n", "f.txt"),
            "--- a/f.txt\n+++ b/f.txt\n@@ -1,5 +1,5 @@\n a\n-b\n+B\n c\n d\n e\n");
}

TEST(UnifiedDiff, DistantChangesMakeTwoHunks) {
  std::string before, after;
  for (int i = 1; i <= 20; ++i) {
    before += std::to_string(i) + "\n";
    after += (i == 2 ? "X" : i == 18 ? "Y" : std::to_string(i)) + "\n";
  }
  std::string d = unified_diff(before, after, "g");
  EXPECT_NE(d.find("@@ -1,5 +1,5 @@\n 1\n-2\n+X\n 3\n 4\n 5\n"), std::string::npos) << d;
  EXPECT_NE(d.find("@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+Y\n 19\n 20\n"), std::string::npos) << d;
}

TEST(UnifiedDiff, InsertedAndDeletedLinesAndNoFinalNewline) {
  std::string d = unified_diff("a\nb", "a\nx\nb", "h");
  EXPECT_EQ(d, "--- a/h\n+++ b/h\n@@ -1,2 +1,3 @@\n a\n+x\n b\n\\ No newline at end of file\n");
  EXPECT_EQ(unified_diff("same\n", "same\n", "h"), "");
}

TEST(AtomicWrite, ReplacesContentAndKeepsPermissions) {
  TempDir tmp;
  std::string p = tmp.write("a.txt", "old");
  ASSERT_EQ(::chmod(p.c_str(), 0640), 0);
  write_file_atomically(p, "new content");
  EXPECT_EQ(read_file(p), "new content");
  struct stat st {};
  ASSERT_EQ(::stat(p.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
}

TEST(AtomicWrite, ReadOnlyFileIsLeftIntact) {
  TempDir tmp;
  std::string p = tmp.write("ro.txt", "keep me");
  ASSERT_EQ(::chmod(p.c_str(), 0444), 0);
  EXPECT_THROW(write_file_atomically(p, "lost"), Error);
  EXPECT_EQ(read_file(p), "keep me");
}

TEST(AtomicWrite, FailingWriteLeavesTheOriginalAndNoTemporaryFile) {
  TempDir tmp;
  std::string p = tmp.write("d/a.txt", "original");
  // A folder we cannot create files in: the temporary file fails, the original stays.
  ASSERT_EQ(::chmod((tmp.path() + "/d").c_str(), 0555), 0);
  if (::geteuid() == 0) {
    // root may write anyway; make the target's folder vanish instead.
    ASSERT_EQ(::chmod((tmp.path() + "/d").c_str(), 0755), 0);
    EXPECT_THROW(write_file_atomically(tmp.path() + "/missing/a.txt", "x"), Error);
  } else {
    EXPECT_THROW(write_file_atomically(p, "new"), Error);
  }
  EXPECT_EQ(read_file(p), "original");
  ::chmod((tmp.path() + "/d").c_str(), 0755);
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(tmp.path() + "/d")) ++files, (void)e;
  EXPECT_EQ(files, 1);
}

}  // namespace
}  // namespace unlint::testing
