// `unlint report` end to end, as a new user runs it: three files written atomically, unreadable
// files listed, the same output on any number of threads, baselines across nights, merged shards;
// and the page rendered in headless Chromium.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "test_util.h"

namespace unlint {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;
using testing::run_unlint;
using testing::TempDir;

const std::string kFixtures = UNLINT_SOURCE_DIR "/tests/report/fixtures";
const std::string kWhen = "--generated 2026-11-28T02:00:00Z";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

json load(const fs::path& p) { return json::parse(slurp(p)); }

// Puts night `n`'s drafts in DIR/session, so every night's paths are the same ("session/...").
void stage(const TempDir& dir, const std::string& night) {
  fs::path session = fs::path(dir.path()) / "session";
  fs::remove_all(session);
  fs::create_directories(session);
  for (const auto& e : fs::directory_iterator(kFixtures + "/" + night)) {
    fs::copy_file(e.path(), session / e.path().filename());
  }
}

// The term.variant findings of one report.json, as "path|text" strings.
std::vector<std::string> variants(const json& j, bool only_new = false) {
  std::vector<std::string> out;
  for (const auto& d : j["documents"]) {
    for (const auto& f : d["findings"]) {
      if (f["code"] != "term.variant") continue;
      if (only_new && !f.value("new", false)) continue;
      out.push_back(d["path"].get<std::string>() + "|" + f["text"].get<std::string>());
    }
  }
  return out;
}

TEST(ReportCli, WritesThreeFilesAndListsUnreadableOnes) {
  TempDir dir;
  stage(dir, "night1");
  dir.write("session/binary.txt", std::string("\x01\x00\x02", 3));
  auto r =
      run_unlint("report --no-config session missing-folder --out out --progress auto " + kWhen, "",
                 dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* name : {"index.html", "report.json", "report.sarif"}) {
    EXPECT_TRUE(fs::exists(fs::path(dir.path()) / "out" / name)) << name;
  }
  for (const auto& e : fs::directory_iterator(fs::path(dir.path()) / "out")) {
    EXPECT_EQ(e.path().filename().string().find(".tmp"), std::string::npos) << e.path();
  }
  EXPECT_EQ(r.err.find('\r'), std::string::npos) << "no progress bar when stderr is not a terminal";
  EXPECT_NE(r.err.find("session/binary.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("out/index.html"), std::string::npos) << r.out;

  json j = load(fs::path(dir.path()) / "out/report.json");
  EXPECT_EQ(j["schema"], "unlint-report/1");
  EXPECT_EQ(j["generated"], "2026-11-28T02:00:00Z");
  EXPECT_EQ(j["totals"]["documents"], 5);  // three drafts, the binary file, the missing folder
  EXPECT_EQ(j["totals"]["unreadable"], 2);
  bool binary_listed = false;
  for (const auto& d : j["documents"]) {
    if (d["path"] == "session/binary.txt") binary_listed = d.contains("error");
  }
  EXPECT_TRUE(binary_listed);
  EXPECT_EQ(variants(j).size(), 8u);
  json s = load(fs::path(dir.path()) / "out/report.sarif");
  EXPECT_EQ(s["version"], "2.1.0");
  EXPECT_EQ(s["runs"][0]["results"].size(), j["totals"]["findings"]);
}

TEST(ReportCli, SameReportOnAnyNumberOfThreads) {
  TempDir dir;
  stage(dir, "night2");
  for (int i = 0; i < 40; ++i) {
    fs::copy_file(kFixtures + "/night1/a-hrc-46-l1.txt",
                  fs::path(dir.path()) / "session" / ("copy-" + std::to_string(i) + ".txt"));
  }
  ASSERT_EQ(
      run_unlint("report --no-config session -j 1 --out one " + kWhen, "", dir.path()).exit_code,
      0);
  ASSERT_EQ(
      run_unlint("report --no-config session -j 4 --out four " + kWhen, "", dir.path()).exit_code,
      0);
  for (const char* name : {"index.html", "report.json", "report.sarif"}) {
    EXPECT_EQ(slurp(fs::path(dir.path()) / "one" / name),
              slurp(fs::path(dir.path()) / "four" / name))
        << name;
  }
}

TEST(ReportCli, BaselinesShowWhatIsNewAndFixedAcrossNights) {
  TempDir dir;
  stage(dir, "night1");
  ASSERT_EQ(run_unlint("report --no-config session --out night1 --generated 2026-11-26T02:00:00Z",
                       "", dir.path())
                .exit_code,
            0);
  stage(dir, "night2");
  auto r = run_unlint(
      "report --no-config session --out night2 --baseline night1/report.json "
      "--generated 2026-11-27T02:00:00Z",
      "", dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json j = load(fs::path(dir.path()) / "night2/report.json");
  // Matched by (path, code, text): 利益相关方 and 公民社会 moved two lines down but are not new.
  std::vector<std::string> fresh = variants(j, true);
  std::sort(fresh.begin(), fresh.end());
  EXPECT_EQ(fresh, (std::vector<std::string>{"session/a-hrc-46-l1.txt|持份者",
                                             "session/d-hrc-46-l4.txt|公民社会",
                                             "session/d-hrc-46-l4.txt|公民社会"}));
  std::vector<std::string> fixed;
  for (const auto& f : j["baseline"]["fixed"]) {
    if (f["code"] == "term.variant")
      fixed.push_back(f["path"].get<std::string>() + "|" + f["text"].get<std::string>());
  }
  std::sort(fixed.begin(), fixed.end());
  EXPECT_EQ(fixed,
            (std::vector<std::string>{
                "session/a-hrc-46-l1.txt|普遍定期审查", "session/a-hrc-46-l1.txt|普遍定期审查",
                "session/c-hrc-46-l3.txt|技术协助", "session/c-hrc-46-l3.txt|永续发展目标"}));
  EXPECT_EQ(j["baseline"]["generated"], "2026-11-26T02:00:00Z");
  for (const auto& rule : j["rules"]) {
    if (rule["code"] == "term.variant") {
      EXPECT_EQ(rule["new"], 3);
      EXPECT_EQ(rule["fixed"], 4);
    }
  }

  // The third night, given only last night's report, still draws both earlier nights.
  auto r3 = run_unlint(
      "report --no-config session --out night3 --baseline night2 --generated 2026-11-28T02:00:00Z",
      "", dir.path());
  ASSERT_EQ(r3.exit_code, 0) << r3.err;
  json j3 = load(fs::path(dir.path()) / "night3/report.json");
  ASSERT_EQ(j3["history"].size(), 2u);
  EXPECT_EQ(j3["history"][0]["generated"], "2026-11-26T02:00:00Z");
  EXPECT_EQ(j3["history"][1]["generated"], "2026-11-27T02:00:00Z");
  EXPECT_EQ(j3["baseline"]["new"], 0);
  EXPECT_NE(slurp(fs::path(dir.path()) / "night3/index.html").find("aria-label=\"趋势 trend\""),
            std::string::npos);

  // A report may be written over the folder of its own baseline.
  EXPECT_EQ(run_unlint("report --no-config session --out night3 --baseline night3 " + kWhen, "",
                       dir.path())
                .exit_code,
            0);
}

TEST(ReportCli, MergedShardsEqualOneRun) {
  TempDir dir;
  stage(dir, "night2");
  ASSERT_EQ(run_unlint("report --no-config session --out all " + kWhen, "", dir.path()).exit_code,
            0);
  ASSERT_EQ(run_unlint(
                "report --no-config session/a-hrc-46-l1.txt session/b-hrc-46-l2.txt --out shard1 " +
                    kWhen,
                "", dir.path())
                .exit_code,
            0);
  ASSERT_EQ(run_unlint(
                "report --no-config session/c-hrc-46-l3.txt session/d-hrc-46-l4.txt --out shard2 " +
                    kWhen,
                "", dir.path())
                .exit_code,
            0);
  auto r = run_unlint("report --merge shard2/report.json shard1 --out merged", "", dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json all = load(fs::path(dir.path()) / "all/report.json");
  json merged = load(fs::path(dir.path()) / "merged/report.json");
  EXPECT_EQ(merged["totals"], all["totals"]);
  EXPECT_EQ(merged["documents"], all["documents"]);
  EXPECT_EQ(merged["rules"], all["rules"]);
  EXPECT_EQ(merged["generated"], all["generated"]);
  EXPECT_TRUE(fs::exists(fs::path(dir.path()) / "merged/index.html"));
  EXPECT_TRUE(fs::exists(fs::path(dir.path()) / "merged/report.sarif"));
}

TEST(ReportCli, ErrorsThatStopTheRun) {
  TempDir dir;
  stage(dir, "night1");
  auto r = run_unlint("report --no-config session --out out --baseline nowhere/report.json", "",
                      dir.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("nowhere/report.json"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(fs::path(dir.path()) / "out/report.json"));

  dir.write("bad.json", "{\"schema\": \"something-else\"}");
  r = run_unlint("report --merge bad.json --out out", "", dir.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("not an unlint report.json"), std::string::npos) << r.err;

  r = run_unlint("report --no-config session --out", "", dir.path());
  EXPECT_EQ(r.exit_code, 2);
  r = run_unlint("report --out out", "", dir.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--merge"), std::string::npos) << r.err;
}

// Headless Chromium renders the page; the rendered DOM must show the totals, the per-rule table
// and a finding from a known document.
std::string chromium() {
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    std::string cmd = std::string("command -v ") + name + " >/dev/null 2>&1";
    if (std::system(cmd.c_str()) == 0) return name;
  }
  return {};
}

int run_shell(const std::string& cmd) {
  int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string strip_tags(const std::string& html) {
  std::string out = std::regex_replace(html, std::regex("<[^>]*>"), " ");
  return std::regex_replace(out, std::regex("\\s+"), " ");
}

TEST(HtmlChromium, RenderedPageShowsTotalsRulesAndAKnownFinding) {
  std::string browser = chromium();
  if (browser.empty()) {
    GTEST_SKIP() << "chromium is not installed (apt-get install chromium); CI installs it";
  }
  TempDir dir;
  stage(dir, "night1");
  ASSERT_EQ(run_unlint("report --no-config session --out night1 --generated 2026-11-27T02:00:00Z",
                       "", dir.path())
                .exit_code,
            0);
  stage(dir, "night2");
  auto r = run_unlint(
      "report --no-config session --out out --baseline night1 --label 人权理事会第四十六届会议 " +
          kWhen,
      "", dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  fs::path page = fs::path(dir.path()) / "out/index.html";
  std::string flags =
      "--headless --no-sandbox --disable-gpu --disable-background-networking "
      "--disable-component-update --disable-sync --no-first-run "
      "--user-data-dir='" +
      dir.path() + "/profile'";
  std::string dom_file = dir.path() + "/dom.html", png = dir.path() + "/page.png";
  ASSERT_EQ(run_shell("timeout 120 " + browser + " " + flags + " --dump-dom 'file://" +
                      page.string() + "' >'" + dom_file + "' 2>/dev/null"),
            0);
  std::string dom = slurp(dom_file);
  ASSERT_FALSE(dom.empty());
  json j = load(fs::path(dir.path()) / "out/report.json");

  // Totals, as the reader sees them.
  size_t totals = dom.find("id=\"totals\"");
  ASSERT_NE(totals, std::string::npos);
  std::string cards =
      strip_tags(dom.substr(totals, dom.find("</div>\n</div>", totals) - totals + 40));
  size_t documents = j["totals"]["documents"], findings = j["totals"]["findings"];
  EXPECT_NE(cards.find(std::to_string(documents) + " 文件 documents"), std::string::npos) << cards;
  EXPECT_NE(cards.find(std::to_string(findings) + " 问题 findings"), std::string::npos) << cards;
  EXPECT_NE(cards.find("3 新增 new"), std::string::npos) << cards;

  // The per-rule table: a row for term.variant with its count.
  size_t variant_count = variants(j).size();
  size_t rules_at = dom.find("id=\"rules\"");
  ASSERT_NE(rules_at, std::string::npos);
  std::string rules = strip_tags(dom.substr(rules_at, dom.find("</section>", rules_at) - rules_at));
  std::smatch m;
  ASSERT_TRUE(
      std::regex_search(rules, m, std::regex("term\\.variant [^0-9]*错误 error ([0-9]+) ([0-9]+)")))
      << rules;
  EXPECT_EQ(std::stoul(m[1]), variant_count);

  // A finding from a known document, with its source line.
  std::string text = strip_tags(dom);
  EXPECT_NE(dom.find("session/d-hrc-46-l4.txt"), std::string::npos);
  EXPECT_NE(
      text.find(
          "1. 强调 公民社会 的重要作用，并注意到“&lt;附件&gt;”与“附录 &amp; 增编”的标注方式；"),
      std::string::npos);
  // The draft's own angle brackets arrive as text, not as markup.
  EXPECT_EQ(dom.find("<附件>"), std::string::npos);
  // The terminology table pairs a variant with its official form.
  EXPECT_TRUE(std::regex_search(text, std::regex("持份者 利益攸关方 term\\.variant 1 1")))
      << text.substr(text.find("术语"), 600);

  ASSERT_EQ(
      run_shell("timeout 120 " + browser + " " + flags + " --window-size=1280,2400 --screenshot='" +
                png + "' 'file://" + page.string() + "' >/dev/null 2>&1"),
      0);
  std::string shot = slurp(png);
  ASSERT_GT(shot.size(), 1000u);
  EXPECT_EQ(shot.substr(1, 3), "PNG");
  if (const char* keep = std::getenv("UNLINT_KEEP_SCREENSHOT")) {
    fs::copy_file(png, keep, fs::copy_options::overwrite_existing);
    fs::copy_file(page, std::string(keep) + ".html", fs::copy_options::overwrite_existing);
  }
}

}  // namespace
}  // namespace unlint
