// SARIF output: the structure SARIF 2.1.0 requires, UTF-16 columns, unreadable files.
#include "report/sarif_reporter.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "engine/lint.h"
#include "test_util.h"

namespace unlint {
namespace {

using json = nlohmann::ordered_json;

Report sample() {
  Report r;
  r.generated = "2026-11-28T02:00:00Z";
  r.tool_version = "0.1.0";
  r.label = "HRC46";
  for (const auto& a : testing::default_pack().rules()) {
    r.rules.push_back({std::string(a.info->code), std::string(a.info->summary), a.severity});
  }
  Document d("会议/草案 1.txt", "𠀀参加普遍定期审查\n人权高专办和人權理事會");
  r.documents.push_back(summarise(d, lint(d, testing::default_pack())));
  r.documents.push_back(unreadable("broken.txt", "binary file"));
  normalise(r);
  return r;
}

// Checks what SARIF 2.1.0 requires of a log, and what code-scanning dashboards rely on.
void expect_valid_sarif(const json& s) {
  ASSERT_TRUE(s.is_object());
  EXPECT_EQ(s["version"], "2.1.0");
  EXPECT_NE(s["$schema"].get<std::string>().find("sarif-schema-2.1.0.json"), std::string::npos);
  ASSERT_TRUE(s["runs"].is_array());
  ASSERT_EQ(s["runs"].size(), 1u);
  const json& run = s["runs"][0];
  const json& driver = run["tool"]["driver"];
  EXPECT_EQ(driver["name"], "unlint");
  EXPECT_TRUE(driver["version"].is_string());
  ASSERT_TRUE(driver["rules"].is_array());
  std::set<std::string> ids;
  for (const json& rule : driver["rules"]) {
    ASSERT_TRUE(rule["id"].is_string());
    EXPECT_TRUE(ids.insert(rule["id"]).second) << "duplicate rule id " << rule["id"];
    EXPECT_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
    EXPECT_TRUE(std::set<std::string>({"error", "warning", "note", "none"})
                    .count(rule["defaultConfiguration"]["level"]));
  }
  EXPECT_EQ(run["columnKind"], "utf16CodeUnits");
  ASSERT_TRUE(run["results"].is_array());
  for (const json& r : run["results"]) {
    ASSERT_TRUE(r["ruleId"].is_string());
    ASSERT_TRUE(r["ruleIndex"].is_number_unsigned());
    EXPECT_EQ(driver["rules"][r["ruleIndex"].get<size_t>()]["id"], r["ruleId"]);
    EXPECT_TRUE(std::set<std::string>({"error", "warning", "note", "none"}).count(r["level"]));
    EXPECT_FALSE(r["message"]["text"].get<std::string>().empty());
    ASSERT_TRUE(r["locations"].is_array());
    ASSERT_FALSE(r["locations"].empty());
    const json& loc = r["locations"][0]["physicalLocation"];
    EXPECT_FALSE(loc["artifactLocation"]["uri"].get<std::string>().empty());
    const json& region = loc["region"];
    EXPECT_GE(region["startLine"].get<int>(), 1);
    EXPECT_GE(region["startColumn"].get<int>(), 1);
    EXPECT_GE(region["endLine"].get<int>(), region["startLine"].get<int>());
    EXPECT_GE(region["endColumn"].get<int>(), 1);
  }
}

TEST(SarifReporter, HasTheStructureSarif210Requires) {
  json s = json::parse(sarif_text(sample()));
  expect_valid_sarif(s);
  EXPECT_GE(s["runs"][0]["results"].size(), 3u);
  EXPECT_EQ(s["runs"][0]["automationDetails"]["id"], "HRC46/");
}

TEST(SarifReporter, RegionsAreOneBasedUtf16) {
  json s = json::parse(sarif_text(sample()));
  const json* upr = nullptr;
  for (const json& r : s["runs"][0]["results"]) {
    if (r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "普遍定期审查")
      upr = &r;
  }
  ASSERT_NE(upr, nullptr);
  const json& region = (*upr)["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(region["startLine"], 1);
  EXPECT_EQ(region["startColumn"], 5);  // 𠀀 is two UTF-16 code units
  EXPECT_EQ(region["endColumn"], 11);
  EXPECT_EQ((*upr)["level"], "error");
  EXPECT_EQ((*upr)["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
            "普遍定期审议");
  EXPECT_EQ((*upr)["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "%E4%BC%9A%E8%AE%AE/%E8%8D%89%E6%A1%88%201.txt");
}

TEST(SarifReporter, UnreadableFilesAreNotificationsNotResults) {
  json s = json::parse(sarif_text(sample()));
  const json& inv = s["runs"][0]["invocations"][0];
  EXPECT_EQ(inv["executionSuccessful"], true);
  ASSERT_EQ(inv["toolExecutionNotifications"].size(), 1u);
  EXPECT_EQ(inv["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]
               ["artifactLocation"]["uri"],
            "broken.txt");
  for (const json& r : s["runs"][0]["results"]) {
    EXPECT_NE(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "broken.txt");
  }
}

TEST(SarifReporter, BaselineStateFollowsTheDiff) {
  Report r = sample();
  Report before = r;
  before.generated = "2026-11-27T02:00:00Z";
  ASSERT_EQ(before.documents[1].path, "会议/草案 1.txt");
  ASSERT_FALSE(before.documents[1].findings.empty());
  before.documents[1].findings.pop_back();
  apply_baselines(r, {before});
  json s = json::parse(sarif_text(r));
  size_t fresh = 0;
  for (const json& res : s["runs"][0]["results"]) fresh += res["baselineState"] == "new";
  EXPECT_EQ(fresh, 1u);
}

TEST(SarifReporter, UriKeepsRelativePathsRelative) {
  EXPECT_EQ(sarif_uri("./drafts/a b.txt"), "drafts/a%20b.txt");
  EXPECT_EQ(sarif_uri("/srv/drafts/a.txt"), "file:///srv/drafts/a.txt");
}

}  // namespace
}  // namespace unlint
