// The real pre-commit framework in a temporary drafting repository, with this repository's
// .pre-commit-hooks.yaml at its committed HEAD: a draft with a defect does not commit and the
// defect is named; the fix hook repairs it; a clean draft commits.
#include <gtest/gtest.h>

#include <cstdlib>

#include "test_util.h"
#include "text/decode.h"

namespace unlint::testing {
namespace {

RunResult sh(const std::string& cmd, const std::string& cwd) {
  TempDir tmp;
  std::string out = tmp.path() + "/o", err = tmp.path() + "/e";
  int status = std::system(("cd '" + cwd + "' && (" + cmd + ") >'" + out + "' 2>'" + err + "'").c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

class PreCommit : public ::testing::Test {
 protected:
  void SetUp() override {
    if (sh("command -v pre-commit && command -v git", ".").exit_code != 0) {
      GTEST_SKIP() << "pre-commit or git is not installed (ci/setup installs them)";
    }
    RunResult head = sh("git rev-parse HEAD && git show HEAD:.pre-commit-hooks.yaml >/dev/null",
                        UNLINT_SOURCE_DIR);
    if (head.exit_code != 0) {
      GTEST_SKIP() << "the source tree is not a git checkout with .pre-commit-hooks.yaml committed";
    }
    rev_ = head.out.substr(0, head.out.find('\n'));
    repo_ = tmp_.path() + "/drafts";
    env_ = "export PRE_COMMIT_HOME='" + tmp_.path() + "/cache' UNLINT='" UNLINT_BINARY "' "
           "GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=t "
           "GIT_COMMITTER_EMAIL=t@example.org; ";
    tmp_.write("drafts/.pre-commit-config.yaml",
               "repos:\n  - repo: " + std::string(UNLINT_SOURCE_DIR) + "\n    rev: " + rev_ +
                   "\n    hooks:\n      - id: unlint\n");
    ASSERT_EQ(run("git init -q . && git add .pre-commit-config.yaml && "
                  "git commit -q --no-verify -m config && pre-commit install").exit_code, 0);
  }
  RunResult run(const std::string& cmd) { return sh(env_ + cmd, repo_); }

  TempDir tmp_;
  std::string rev_, repo_, env_;
};

TEST_F(PreCommit, DefectBlocksTheCommitFixHookRepairsCleanDraftCommits) {
  tmp_.write("drafts/a.txt", "1. 请各国参加普遍定期审查；\n");
  RunResult bad = run("git add a.txt && git commit -q -m draft");
  EXPECT_NE(bad.exit_code, 0) << "a draft with a defect must not commit";
  std::string said = bad.out + bad.err;
  EXPECT_NE(said.find("a.txt:1:9: error:"), std::string::npos) << said;
  EXPECT_NE(said.find("[term.variant]"), std::string::npos) << said;

  // The fix hook, as a team would run it (pre-commit run, on the staged file).
  tmp_.write("drafts/.pre-commit-config.yaml",
             "repos:\n  - repo: " + std::string(UNLINT_SOURCE_DIR) + "\n    rev: " + rev_ +
                 "\n    hooks:\n      - id: unlint-fix\n      - id: unlint\n");
  RunResult fix = run("pre-commit run unlint-fix --files a.txt");
  EXPECT_NE(fix.exit_code, 0) << "pre-commit reports the files the hook changed";
  EXPECT_EQ(read_file(repo_ + "/a.txt"), "1. 请各国参加普遍定期审议；\n");

  RunResult good = run("git add -A && git commit -q -m draft");
  EXPECT_EQ(good.exit_code, 0) << good.out << good.err;
  tmp_.write("drafts/b.txt", "人权理事会，\n重申致力于促进国际合作，\n");
  EXPECT_EQ(run("git add b.txt && git commit -q -m clean").exit_code, 0);
}

}  // namespace
}  // namespace unlint::testing
