// Golden end-to-end tests: `unlint check --format json` on each tests/golden/cases/*.txt|md must
// print exactly the JSON in the matching .json file (with the machine-specific URIs left out).
// UNLINT_UPDATE_GOLDEN=1 rewrites the .json files; review the diff before committing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "test_util.h"
#include "text/decode.h"

namespace unlint::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kCases = fs::path(UNLINT_SOURCE_DIR) / "tests/golden/cases";

std::vector<std::string> case_names() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(kCases)) {
    std::string ext = e.path().extension().string();
    if (ext == ".txt" || ext == ".md") names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// Drops every "uri" (file URIs hold the machine's absolute path), at any depth.
void drop_uris(json& j) {
  if (j.is_object()) {
    j.erase("uri");
    for (auto& [k, v] : j.items()) drop_uris(v);
  } else if (j.is_array()) {
    for (auto& v : j) drop_uris(v);
  }
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, JsonOutputMatches) {
  const std::string name = GetParam();
  RunResult r = run_unlint("check --no-config --format json " + name, "", kCases.string());
  ASSERT_NE(r.exit_code, 2) << r.err;
  json actual = json::parse(r.out);
  drop_uris(actual);
  fs::path expected_path = kCases / (fs::path(name).stem().string() + ".json");
  if (std::getenv("UNLINT_UPDATE_GOLDEN")) {
    std::ofstream(expected_path) << actual.dump(2) << "\n";
  }
  ASSERT_TRUE(fs::exists(expected_path)) << expected_path << " is missing; run with UNLINT_UPDATE_GOLDEN=1";
  json expected = json::parse(read_file(expected_path.string()));
  EXPECT_EQ(actual, expected) << "diff: " << json::diff(expected, actual).dump(2);
}

INSTANTIATE_TEST_SUITE_P(Cases, Golden, ::testing::ValuesIn(case_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string n = info.param;
                           for (char& c : n) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return n;
                         });

}  // namespace
}  // namespace unlint::testing
