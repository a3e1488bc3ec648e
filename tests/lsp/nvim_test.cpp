// End to end with a real editor: headless Neovim (tests/lsp/nvim/init.lua) attaches `unlint lsp`
// to examples/draft.txt, records the diagnostics it receives and where it places them, applies a
// quick fix and "fix all", and writes the buffer. Skipped when nvim is not installed.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "engine/lint.h"
#include "report/json_reporter.h"
#include "test_util.h"

namespace unlint::testing {
namespace {

using json = nlohmann::json;

bool have_nvim() { return std::system("command -v nvim >/dev/null 2>&1") == 0; }

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct NvimRun {
  json result;
  std::string written;  // the draft as Neovim wrote it
  std::string log;
};

// Runs Neovim on `text` saved as draft.txt in a fresh folder (no .unlint.yaml: the defaults).
NvimRun run_nvim(const TempDir& dir, const std::string& text, const std::string& encoding) {
  std::string draft = dir.write("draft.txt", text);
  std::string out = dir.path() + "/result.json", log = dir.path() + "/nvim.log";
  std::string state = dir.path() + "/xdg";
  std::string cmd = "cd '" + dir.path() + "' && XDG_CACHE_HOME='" + state + "' XDG_STATE_HOME='" +
                    state + "' XDG_DATA_HOME='" + state +
                    "' UNLINT_BIN='" UNLINT_BINARY "' UNLINT_DRAFT='" + draft + "' UNLINT_OUT='" +
                    out + "' UNLINT_ENCODING='" + encoding +
                    "' timeout 120 nvim --headless --clean -u '" UNLINT_SOURCE_DIR
                    "/tests/lsp/nvim/init.lua' </dev/null >'" +
                    log + "' 2>&1";
  int status = std::system(cmd.c_str());
  NvimRun run;
  run.log = slurp(log);
  std::string body = slurp(out);
  EXPECT_EQ(status, 0) << run.log;
  run.result = json::parse(body.empty() ? "{}" : body, nullptr, false);
  run.written = slurp(draft);
  return run;
}

// What a client sees of a diagnostic, without the URI (which differs between CLI and editor).
json essentials(const json& d) {
  return json{{"code", d["code"]},
              {"range", d["range"]},
              {"severity", d["severity"]},
              {"message", d["message"]},
              {"fixes", d["data"]["fixes"]}};
}

json essentials_of(const json& diags) {
  json out = json::array();
  for (const auto& d : diags) out.push_back(essentials(d));
  return out;
}

// The diagnostics the server should send for `text`, from the engine and the JSON reporter.
json expected_diagnostics(const std::string& text, bool utf8) {
  Document doc("draft.txt", text);
  json out = json::array();
  for (const auto& d : lint(doc, default_pack())) {
    out.push_back(essentials(diagnostic_json(doc, d, "file:///draft.txt", utf8)));
  }
  return out;
}

// Neovim converts LSP positions to byte columns itself; they must land where the engine's spans
// begin and end.
void expect_buffer_positions(const json& buffer, const std::string& text) {
  Document doc("draft.txt", text);
  auto diags = lint(doc, default_pack());
  std::vector<std::tuple<uint32_t, uint32_t, uint32_t, std::string>> want, got;
  for (const auto& d : diags) {
    uint32_t line = doc.lines().line_of(d.span.begin);
    want.emplace_back(line, d.span.begin - doc.lines().line_start(line),
                      d.span.end - doc.lines().line_start(doc.lines().line_of(d.span.end)), d.code);
  }
  for (const auto& b : buffer) {
    got.emplace_back(b["lnum"].get<uint32_t>(), b["col"].get<uint32_t>(),
                     b["end_col"].get<uint32_t>(), b["code"].get<std::string>());
  }
  std::sort(want.begin(), want.end());
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, want);
}

std::string apply_one_fix(const std::string& text, const json& lsp_fix_edits, bool utf8) {
  // Only single-line edits occur here; positions converted through the engine's LineIndex.
  Document doc("draft.txt", text);
  std::string out = text;
  std::vector<std::tuple<uint32_t, uint32_t, std::string>> edits;
  for (const auto& e : lsp_fix_edits) {
    auto off = [&](const json& p) {
      uint32_t line = p["line"], ch = p["character"];
      return utf8 ? doc.lines().line_start(line) + ch : doc.lines().offset_of_utf16(line, ch);
    };
    edits.emplace_back(off(e["range"]["start"]), off(e["range"]["end"]), e["newText"]);
  }
  std::sort(edits.rbegin(), edits.rend());
  for (auto& [b, e, t] : edits) out.replace(b, e - b, t);
  return out;
}

// Runs Neovim and checks every step against the engine; returns what Neovim recorded.
json check_run(const std::string& text, const std::string& encoding) {
  bool utf8 = encoding == "utf-8";
  TempDir dir;
  NvimRun run = run_nvim(dir, text, encoding);
  const json& r = run.result;
  if (!r.is_object() || r.empty() || r.contains("error")) {
    ADD_FAILURE() << (r.is_object() ? r.value("error", json()).dump() : "no result") << "\n"
                  << run.log;
    return json::object();
  }
  EXPECT_EQ(r["offset_encoding"], encoding);

  // 1. The first diagnostics: count, positions, codes, fixes.
  const json& first = r["published"]["diagnostics"];
  EXPECT_EQ(essentials_of(first), expected_diagnostics(text, utf8));
  expect_buffer_positions(r["buffer"], text);

  // 2. The quick fix at the first fixable diagnostic.
  const json* target = nullptr;
  for (const auto& d : first) {
    if (!d["data"]["fixes"].empty()) {
      target = &d;
      break;
    }
  }
  if (!target) {
    ADD_FAILURE() << "no fixable diagnostic";
    return r;
  }
  std::string after_quick = apply_one_fix(text, (*target)["data"]["fixes"][0]["edits"], utf8);
  std::string nvim_text = r["after_quickfix"]["text"];
  EXPECT_EQ(nvim_text + "\n", after_quick);
  EXPECT_EQ(r["after_quickfix"]["published"]["diagnostics"].size(), first.size() - 1);
  EXPECT_EQ(essentials_of(r["after_quickfix"]["published"]["diagnostics"]),
            expected_diagnostics(after_quick, utf8));
  expect_buffer_positions(r["after_quickfix"]["buffer"], after_quick);

  // 3. Fix all, then :write — the file on disk is what `apply_fixes` makes of the text.
  std::string want_final = apply_fixes(after_quick, lint_text(after_quick)).text;
  EXPECT_EQ(run.written, want_final);
  EXPECT_EQ(essentials_of(r["after_fixall"]["published"]["diagnostics"]),
            expected_diagnostics(want_final, utf8));
  return r;
}

std::string draft_text() { return slurp(UNLINT_SOURCE_DIR "/examples/draft.txt"); }

TEST(LspNeovim, DraftDiagnosticsQuickFixAndFixAllInUtf16) {
  if (!have_nvim()) GTEST_SKIP() << "nvim is not installed (apt-get install neovim)";
  std::string text = draft_text();
  json r = check_run(text, "utf-16");
  // The draft's known term defects, as `unlint check --format json examples/draft.txt` reports
  // them (0-based line, UTF-16 column, code); the editor must get each of them.
  std::set<std::tuple<int, int, std::string>> got;
  for (const auto& d : r["published"]["diagnostics"]) {
    got.emplace(d["range"]["start"]["line"], d["range"]["start"]["character"], d["code"]);
  }
  for (const auto& known : std::vector<std::tuple<int, int, std::string>>{
           {18, 29, "term.variant"},         // 公民权利和政治权利国际公约
           {22, 4, "term.first-mention"},    // 人权高专办
           {22, 12, "term.variant"},         // 技术协助
           {24, 6, "term.variant"},          // 利益相关方
           {24, 14, "term.variant"},         // 公民社会
           {24, 23, "term.variant"},         // 普遍定期审查
           {26, 32, "term.variant"},         // 能力构建
           {30, 11, "term.traditional"},     // 權
           {30, 14, "term.traditional"}}) {  // 會
    EXPECT_TRUE(got.count(known)) << std::get<0>(known) << ":" << std::get<1>(known) << " "
                                  << std::get<2>(known);
  }
  // The editor gets what the command line's JSON output reports.
  RunResult cli = run_unlint("check --format json examples/draft.txt");
  json cli_json = json::parse(cli.out, nullptr, false);
  ASSERT_FALSE(cli_json.is_discarded()) << cli.err;
  EXPECT_EQ(essentials_of(r["published"]["diagnostics"]),
            essentials_of(cli_json["files"][0]["diagnostics"]));
}

// A character outside the BMP (U+20000, a surrogate pair in UTF-16) before three defects: the
// editor must still put every diagnostic, and every fix, on the right characters.
std::string astral_draft() {
  std::string text = draft_text();
  size_t at = text.find("所有利益相关方");
  EXPECT_NE(at, std::string::npos);
  text.insert(at, "𠀀");
  return text;
}

TEST(LspNeovim, SurrogatePairsInUtf16) {
  if (!have_nvim()) GTEST_SKIP() << "nvim is not installed (apt-get install neovim)";
  check_run(astral_draft(), "utf-16");
}

TEST(LspNeovim, SurrogatePairsInUtf8) {
  if (!have_nvim()) GTEST_SKIP() << "nvim is not installed (apt-get install neovim)";
  json r = check_run(astral_draft(), "utf-8");
  bool found = false;
  for (const auto& d : r["published"]["diagnostics"]) {
    // " 注意到𠀀所有利益相关方": 1 + 3×3 + 4 + 2×3 bytes before 利.
    if (d["range"]["start"]["line"] == 24 && d["range"]["start"]["character"] == 20) found = true;
  }
  EXPECT_TRUE(found) << r["published"].dump();
}

}  // namespace
}  // namespace unlint::testing
