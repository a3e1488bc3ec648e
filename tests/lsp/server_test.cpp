// The LSP server driven through its in-memory transport with scripted transcripts: lifecycle,
// positions in both encodings (CJK outside the BMP), sync, debouncing, code actions, config
// reloads, and JSON-RPC errors for everything malformed.
#include "lsp/server.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "engine/lint.h"
#include "report/json_reporter.h"
#include "docx/docx_builder.h"
#include "test_util.h"

namespace unlint::lsp {
namespace {

using json = nlohmann::json;
using unlint::testing::TempDir;

// Two defects after characters outside the BMP (U+20000, U+20001: two UTF-16 units, four bytes):
//   line 0: 普遍定期审查 (term.variant → 普遍定期审议) after 𠀀 and 各国应参加
//   line 1: 利益相关方 (term.variant → 利益攸关方) after 𠀀𠀁 and 所有
const std::string kText = "𠀀各国应参加普遍定期审查。\n𠀀𠀁所有利益相关方均应参与。\n";

// A scripted client: queues messages, runs the server over them, parses what it wrote.
class Client {
 public:
  explicit Client(ServerOptions options = quiet_options()) : server_(transport_, options) {}

  static ServerOptions quiet_options() {
    ServerOptions o;
    o.debounce_ms = 60'000;  // only the quiet moment at the end of a script triggers a lint
    return o;
  }

  void request(json id, const std::string& method, json params = json::object()) {
    transport_.push(
        json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}}.dump());
  }
  void notify(const std::string& method, json params = json::object()) {
    transport_.push(json{{"jsonrpc", "2.0"}, {"method", method}, {"params", params}}.dump());
  }
  void raw(std::string_view bytes) { transport_.push_bytes(bytes); }

  // Runs the server until the script is used up; returns the messages it sent meanwhile.
  std::vector<json> run() {
    exit_code_ = server_.run();
    std::vector<json> out;
    for (const auto& body : transport_.take_written()) out.push_back(json::parse(body));
    return out;
  }

  void initialize(bool utf8 = false, json extra_caps = json::object(), json init = json()) {
    json caps = extra_caps;
    if (utf8) caps["general"]["positionEncodings"] = {"utf-8", "utf-16"};
    json params{{"processId", nullptr}, {"rootUri", nullptr}, {"capabilities", caps}};
    if (!init.is_null()) params["initializationOptions"] = init;
    request(0, "initialize", params);
    notify("initialized");
  }
  void open(const std::string& uri, const std::string& text, int version = 1) {
    notify("textDocument/didOpen",
           {{"textDocument",
             {{"uri", uri}, {"languageId", "plaintext"}, {"version", version}, {"text", text}}}});
  }

  int exit_code() const { return exit_code_; }
  Server& server() { return server_; }

 private:
  MemoryTransport transport_;
  Server server_;
  int exit_code_ = -1;
};

std::vector<json> with_method(const std::vector<json>& msgs, std::string_view method) {
  std::vector<json> out;
  for (const auto& m : msgs) {
    if (m.value("method", "") == method) out.push_back(m);
  }
  return out;
}

const json* response(const std::vector<json>& msgs, const json& id) {
  for (const auto& m : msgs) {
    if (m.contains("id") && m["id"] == id && !m.contains("method")) return &m;
  }
  return nullptr;
}

json range(int l1, int c1, int l2, int c2) {
  return {{"start", {{"line", l1}, {"character", c1}}}, {"end", {{"line", l2}, {"character", c2}}}};
}

// The client side of positions, written independently of the server's LineIndex: lines split
// at "\n", columns counted by decoding UTF-8.
size_t client_offset(const std::string& text, int line, int character, bool utf8) {
  size_t at = 0;
  for (int l = 0; l < line; ++l) at = text.find('\n', at) + 1;
  if (utf8) return at + static_cast<size_t>(character);
  int units = 0;
  while (units < character && at < text.size() && text[at] != '\n') {
    unsigned char b = static_cast<unsigned char>(text[at]);
    int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    units += len == 4 ? 2 : 1;
    at += static_cast<size_t>(len);
  }
  return at;
}

std::string apply_edits(std::string text, const json& edits, bool utf8) {
  std::vector<std::tuple<size_t, size_t, std::string>> es;
  for (const auto& e : edits) {
    const json& r = e["range"];
    es.emplace_back(client_offset(text, r["start"]["line"], r["start"]["character"], utf8),
                    client_offset(text, r["end"]["line"], r["end"]["character"], utf8),
                    e["newText"].get<std::string>());
  }
  std::sort(es.begin(), es.end(), [](auto& a, auto& b) { return std::get<0>(a) > std::get<0>(b); });
  for (auto& [b, e, t] : es) text.replace(b, e - b, t);
  return text;
}

// --- lifecycle ---------------------------------------------------------------------------

TEST(LspServer, InitializeAnnouncesCapabilitiesAndUtf16ByDefault) {
  Client c;
  c.initialize();
  auto out = c.run();
  const json* r = response(out, 0);
  ASSERT_NE(r, nullptr);
  const json& caps = (*r)["result"]["capabilities"];
  EXPECT_EQ(caps["positionEncoding"], "utf-16");
  EXPECT_EQ(caps["textDocumentSync"]["change"], 2);
  EXPECT_EQ(caps["textDocumentSync"]["openClose"], true);
  EXPECT_EQ(caps["codeActionProvider"]["codeActionKinds"],
            json({"quickfix", "source.fixAll.unlint"}));
  EXPECT_EQ((*r)["result"]["serverInfo"]["name"], "unlint");
  EXPECT_EQ(c.server().encoding(), PositionEncoding::kUtf16);
}

TEST(LspServer, ChoosesUtf8WhenTheClientOffersIt) {
  Client c;
  c.initialize(/*utf8=*/true);
  auto out = c.run();
  EXPECT_EQ((*response(out, 0))["result"]["capabilities"]["positionEncoding"], "utf-8");
  EXPECT_EQ(c.server().encoding(), PositionEncoding::kUtf8);
}

TEST(LspServer, RequestsBeforeInitializeAreRefusedAndNotificationsDropped) {
  Client c;
  c.request(1, "textDocument/codeAction", {});
  c.open("file:///tmp/early.txt", kText);
  c.request(2, "shutdown");
  auto out = c.run();
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0]["id"], 1);
  EXPECT_EQ(out[0]["error"]["code"], -32002);
  EXPECT_EQ(out[1]["error"]["code"], -32002);
  EXPECT_FALSE(c.server().workspace().is_open("file:///tmp/early.txt"));
}

TEST(LspServer, ShutdownThenExitEndsWithCodeZero) {
  Client c;
  c.initialize();
  c.request(1, "shutdown");
  c.request(2, "textDocument/codeAction", {});
  c.notify("exit");
  c.request(3, "shutdown");  // never read: the server has exited
  auto out = c.run();
  EXPECT_TRUE((*response(out, 1))["result"].is_null());
  EXPECT_EQ((*response(out, 2))["error"]["code"], -32600);
  EXPECT_EQ(response(out, 3), nullptr);
  EXPECT_EQ(c.exit_code(), 0);
}

TEST(LspServer, ExitWithoutShutdownEndsWithCodeOne) {
  Client c;
  c.initialize();
  c.notify("exit");
  c.run();
  EXPECT_EQ(c.exit_code(), 1);
}

TEST(LspServer, ASecondInitializeIsAnInvalidRequest) {
  Client c;
  c.initialize();
  c.request(5, "initialize", {{"capabilities", json::object()}});
  auto out = c.run();
  EXPECT_EQ((*response(out, 5))["error"]["code"], -32600);
}

// --- diagnostics and positions -----------------------------------------------------------

TEST(LspServer, PublishesDiagnosticsInUtf16AroundSurrogatePairs) {
  Client c;
  c.initialize();
  c.open("file:///tmp/d.txt", kText, 7);
  auto pubs = with_method(c.run(), "textDocument/publishDiagnostics");
  ASSERT_EQ(pubs.size(), 1u);
  const json& p = pubs[0]["params"];
  EXPECT_EQ(p["uri"], "file:///tmp/d.txt");
  EXPECT_EQ(p["version"], 7);
  const json& d = p["diagnostics"];
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0]["code"], "term.variant");
  EXPECT_EQ(d[0]["source"], "unlint");
  EXPECT_EQ(d[0]["range"], range(0, 7, 0, 13));  // 𠀀 counts 2
  EXPECT_EQ(d[1]["code"], "term.variant");
  EXPECT_EQ(d[1]["range"], range(1, 6, 1, 11));  // 𠀀𠀁 count 4
  // The fix rides in data, as TextEdits in the same encoding.
  const json& edit = d[0]["data"]["fixes"][0]["edits"][0];
  EXPECT_EQ(apply_edits(kText, json::array({edit}), false).substr(0, 40),
            std::string("𠀀各国应参加普遍定期审议。\n").substr(0, 40));
}

TEST(LspServer, PublishesDiagnosticsInUtf8BytesWhenNegotiated) {
  Client c;
  c.initialize(/*utf8=*/true);
  c.open("file:///tmp/d.txt", kText);
  auto pubs = with_method(c.run(), "textDocument/publishDiagnostics");
  ASSERT_EQ(pubs.size(), 1u);
  const json& d = pubs[0]["params"]["diagnostics"];
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0]["range"], range(0, 19, 0, 37));  // 4 + 5×3 bytes; 6×3 bytes long
  EXPECT_EQ(d[1]["range"], range(1, 14, 1, 29));  // 8 + 2×3 bytes; 5×3 bytes long
  std::string fixed = apply_edits(kText, d[1]["data"]["fixes"][0]["edits"], true);
  EXPECT_NE(fixed.find("𠀀𠀁所有利益攸关方均应参与"), std::string::npos);
}

TEST(LspServer, DiagnosticsMatchTheJsonReporter) {
  // One serializer: what the server publishes is what `check --format json` prints.
  Client c;
  c.initialize();
  c.open("file:///tmp/d.txt", kText);
  auto pubs = with_method(c.run(), "textDocument/publishDiagnostics");
  Document doc("/tmp/d.txt", kText);
  auto diags = lint(doc, unlint::testing::default_pack());
  json expected = json::array();
  for (const auto& d : diags) expected.push_back(diagnostic_json(doc, d, "file:///tmp/d.txt"));
  EXPECT_EQ(pubs[0]["params"]["diagnostics"], expected);
}

// --- sync --------------------------------------------------------------------------------

void check_incremental(bool utf8) {
  Client c;
  c.initialize(utf8);
  c.open("file:///tmp/i.txt", kText);
  c.run();
  // Replace 查 (the last character of 普遍定期审查) with 议, then insert 𠀂 at the start of line 1,
  // in one notification: the second change is in the coordinates the first one left.
  int cha_begin = utf8 ? 34 : 12, cha_end = utf8 ? 37 : 13;
  c.notify("textDocument/didChange",
           {{"textDocument", {{"uri", "file:///tmp/i.txt"}, {"version", 2}}},
            {"contentChanges",
             {{{"range", range(0, cha_begin, 0, cha_end)}, {"text", "议"}},
              {{"range", range(1, 0, 1, 0)}, {"text", "𠀂"}}}}});
  auto pubs = with_method(c.run(), "textDocument/publishDiagnostics");
  std::string want = "𠀀各国应参加普遍定期审议。\n𠀂𠀀𠀁所有利益相关方均应参与。\n";
  EXPECT_EQ(*c.server().workspace().text("file:///tmp/i.txt"), want);
  ASSERT_EQ(pubs.size(), 1u);
  EXPECT_EQ(pubs[0]["params"]["version"], 2);
  const json& d = pubs[0]["params"]["diagnostics"];
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0]["range"], utf8 ? range(1, 18, 1, 33) : range(1, 8, 1, 13));
}

TEST(LspServer, IncrementalChangesInUtf16) { check_incremental(false); }
TEST(LspServer, IncrementalChangesInUtf8) { check_incremental(true); }

TEST(LspServer, FullTextChangeAndUtf8ColumnsInsideACharacterAreSafe) {
  Client c;
  c.initialize(/*utf8=*/true);
  c.open("file:///tmp/f.txt", "旧文本");
  c.notify("textDocument/didChange",
           {{"textDocument", {{"uri", "file:///tmp/f.txt"}, {"version", 2}}},
            {"contentChanges", {{{"text", kText}}}}});
  // Byte 1 and byte 5 fall inside 𠀀 and 各: snapped to the character starts, never splitting one.
  c.notify("textDocument/didChange",
           {{"textDocument", {{"uri", "file:///tmp/f.txt"}, {"version", 3}}},
            {"contentChanges", {{{"range", range(0, 1, 0, 5)}, {"text", ""}}}}});
  c.run();
  EXPECT_EQ(*c.server().workspace().text("file:///tmp/f.txt"), kText.substr(4));
}

TEST(LspServer, ABurstOfChangesIsLintedOnceWithTheLatestText) {
  Client c;
  c.initialize();
  c.open("file:///tmp/b.txt", "");
  c.run();
  std::string text;
  const std::string typed = "各国应参加普遍定期审查。";
  int version = 1;
  for (size_t i = 0; i < typed.size(); i += 3) {  // one character at a time
    std::string ch = typed.substr(i, 3);
    c.notify("textDocument/didChange",
             {{"textDocument", {{"uri", "file:///tmp/b.txt"}, {"version", ++version}}},
              {"contentChanges",
               {{{"range", range(0, static_cast<int>(i / 3), 0, static_cast<int>(i / 3))},
                 {"text", ch}}}}});
  }
  auto pubs = with_method(c.run(), "textDocument/publishDiagnostics");
  ASSERT_EQ(pubs.size(), 1u);
  EXPECT_EQ(pubs[0]["params"]["version"], version);
  ASSERT_EQ(pubs[0]["params"]["diagnostics"].size(), 1u);
  EXPECT_EQ(pubs[0]["params"]["diagnostics"][0]["range"], range(0, 5, 0, 11));
}

TEST(LspServer, DebounceDeadlineLintsEvenWithoutAQuietMoment) {
  // With a zero debounce the deadline has always passed: every change is linted before the
  // next message is read.
  ServerOptions o;
  o.debounce_ms = 0;
  Client c(o);
  c.initialize();
  c.open("file:///tmp/z.txt", "");
  for (int v = 2; v <= 3; ++v) {
    c.notify("textDocument/didChange",
             {{"textDocument", {{"uri", "file:///tmp/z.txt"}, {"version", v}}},
              {"contentChanges", {{{"text", kText}}}}});
  }
  auto pubs = with_method(c.run(), "textDocument/publishDiagnostics");
  ASSERT_EQ(pubs.size(), 3u);
  EXPECT_EQ(pubs[2]["params"]["version"], 3);
}

TEST(LspServer, SaveLintsPendingChangesAndCloseClearsDiagnostics) {
  Client c;
  c.initialize();
  c.open("file:///tmp/s.txt", "");
  c.notify("textDocument/didChange",
           {{"textDocument", {{"uri", "file:///tmp/s.txt"}, {"version", 2}}},
            {"contentChanges", {{{"text", kText}}}}});
  c.notify("textDocument/didSave", {{"textDocument", {{"uri", "file:///tmp/s.txt"}}}});
  c.notify("textDocument/didClose", {{"textDocument", {{"uri", "file:///tmp/s.txt"}}}});
  auto pubs = with_method(c.run(), "textDocument/publishDiagnostics");
  ASSERT_EQ(pubs.size(), 3u);
  EXPECT_EQ(pubs[1]["params"]["diagnostics"].size(), 2u);  // linted on save, not at the end
  EXPECT_TRUE(pubs[2]["params"]["diagnostics"].empty());
  EXPECT_FALSE(c.server().workspace().is_open("file:///tmp/s.txt"));
}

TEST(LspServer, AWordFileIsLintedAsSavedOnDisk) {
  TempDir tmp;
  std::string path = tmp.write("draft.docx", unlint::testing::make_docx(
      {.body = unlint::testing::paragraph({"人权理事会，"}) +
               unlint::testing::paragraph({"请各国参加普遍定期", "审查。"})}));
  std::string uri = file_uri(path);
  Client c;
  c.initialize();
  c.open(uri, "(an editor's view of the bytes)");
  c.request(1, "textDocument/codeAction",
            {{"textDocument", {{"uri", uri}}},
             {"range", range(1, 6, 1, 6)},
             {"context", {{"diagnostics", json::array()}}}});
  // A save lints the file again, as it now stands on disk.
  c.notify("textDocument/didSave", {{"textDocument", {{"uri", uri}}}});
  auto out = c.run();
  auto pubs = with_method(out, "textDocument/publishDiagnostics");
  ASSERT_EQ(pubs.size(), 2u);
  const json& diags = pubs[0]["params"]["diagnostics"];
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0]["code"], "term.variant");
  EXPECT_EQ(diags[0]["range"], range(1, 5, 1, 11));  // paragraph 1, UTF-16 characters
  EXPECT_EQ(diags[0]["data"]["paragraph"], "请各国参加普遍定期审查。");
  const json* r = response(out, 1);
  ASSERT_NE(r, nullptr);
  EXPECT_TRUE((*r)["result"].empty());  // no text edits into a Word file's bytes
}

TEST(LspServer, AnUnreadableWordFileIsReportedNotFatal) {
  TempDir tmp;
  std::string uri = file_uri(tmp.write("broken.docx", "not a zip"));
  Client c;
  c.initialize();
  c.open(uri, "");
  auto pubs = with_method(c.run(), "textDocument/publishDiagnostics");
  ASSERT_EQ(pubs.size(), 1u);
  const json& diags = pubs[0]["params"]["diagnostics"];
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0]["code"], "input.unreadable");
  EXPECT_NE(diags[0]["message"].get<std::string>().find("is not a Word document"), std::string::npos);
}

// --- code actions ------------------------------------------------------------------------

void check_code_actions(bool utf8) {
  Client c;
  c.initialize(utf8);
  c.open("file:///tmp/c.txt", kText);
  // The cursor on line 1, inside 利益相关方.
  int at = utf8 ? 20 : 8;
  c.request(1, "textDocument/codeAction",
            {{"textDocument", {{"uri", "file:///tmp/c.txt"}}},
             {"range", range(1, at, 1, at)},
             {"context", {{"diagnostics", json::array()}}}});
  auto out = c.run();
  const json* r = response(out, 1);
  ASSERT_NE(r, nullptr);
  const json& actions = (*r)["result"];
  ASSERT_EQ(actions.size(), 2u);
  EXPECT_EQ(actions[0]["kind"], "quickfix");
  EXPECT_EQ(actions[0]["isPreferred"], true);
  EXPECT_EQ(actions[0]["diagnostics"][0]["code"], "term.variant");
  EXPECT_NE(actions[0]["title"].get<std::string>().find("利益攸关方"), std::string::npos);
  std::string quick = apply_edits(kText, actions[0]["edit"]["changes"]["file:///tmp/c.txt"], utf8);
  EXPECT_EQ(quick, "𠀀各国应参加普遍定期审查。\n𠀀𠀁所有利益攸关方均应参与。\n");
  EXPECT_EQ(actions[1]["kind"], "source.fixAll.unlint");
  std::string all = apply_edits(kText, actions[1]["edit"]["changes"]["file:///tmp/c.txt"], utf8);
  EXPECT_EQ(all, apply_fixes(kText, unlint::testing::lint_text(kText)).text);
  EXPECT_EQ(all, "𠀀各国应参加普遍定期审议。\n𠀀𠀁所有利益攸关方均应参与。\n");
}

TEST(LspServer, CodeActionsInUtf16) { check_code_actions(false); }
TEST(LspServer, CodeActionsInUtf8) { check_code_actions(true); }

TEST(LspServer, CodeActionsHonourOnlyAndVersionedEdits) {
  Client c;
  c.initialize(false, {{"workspace", {{"workspaceEdit", {{"documentChanges", true}}}}}});
  c.open("file:///tmp/o.txt", kText, 4);
  json params{{"textDocument", {{"uri", "file:///tmp/o.txt"}}}, {"range", range(0, 0, 1, 20)}};
  params["context"] = {{"diagnostics", json::array()}, {"only", {"source.fixAll"}}};
  c.request(1, "textDocument/codeAction", params);
  params["context"]["only"] = {"quickfix"};
  c.request(2, "textDocument/codeAction", params);
  params["context"]["only"] = "source";  // a single kind, as some clients send it
  c.request(3, "textDocument/codeAction", params);
  params["range"] = range(0, 0, 0, 1);  // nothing to fix there
  params["context"].erase("only");
  c.request(4, "textDocument/codeAction", params);
  auto out = c.run();
  const json& fix_all = (*response(out, 1))["result"];
  ASSERT_EQ(fix_all.size(), 1u);
  EXPECT_EQ(fix_all[0]["kind"], "source.fixAll.unlint");
  const json& dc = fix_all[0]["edit"]["documentChanges"][0];
  EXPECT_EQ(dc["textDocument"]["version"], 4);
  EXPECT_EQ(dc["edits"].size(), 2u);
  EXPECT_EQ((*response(out, 2))["result"].size(), 2u);  // one quick fix per defect in range
  EXPECT_EQ((*response(out, 3))["result"].size(), 1u);
  const json& none = (*response(out, 4))["result"];
  ASSERT_EQ(none.size(), 1u);  // only "fix all"
  EXPECT_EQ(none[0]["kind"], "source.fixAll.unlint");
}

TEST(LspServer, CodeActionSeesTheLatestTextBeforeTheDebounce) {
  Client c;
  c.initialize();
  c.open("file:///tmp/l.txt", "");
  c.notify("textDocument/didChange",
           {{"textDocument", {{"uri", "file:///tmp/l.txt"}, {"version", 2}}},
            {"contentChanges", {{{"text", kText}}}}});
  c.request(1, "textDocument/codeAction",
            {{"textDocument", {{"uri", "file:///tmp/l.txt"}}},
             {"range", range(0, 8, 0, 8)},
             {"context", {{"diagnostics", json::array()}}}});
  auto out = c.run();
  EXPECT_EQ((*response(out, 1))["result"].size(), 2u);
  auto pubs = with_method(out, "textDocument/publishDiagnostics");
  ASSERT_EQ(pubs.size(), 2u);
  EXPECT_EQ(pubs[1]["params"]["version"], 2);
}

// --- configuration -----------------------------------------------------------------------

TEST(LspServer, ReloadsConfigurationAndKeepsTheOldPackOnError) {
  TempDir dir;
  dir.write(".unlint.yaml", "rules:\n  term.variant: warning\n");
  std::string path = dir.write("draft.txt", kText);
  std::string uri = file_uri(path);
  Client c;
  c.initialize();
  c.open(uri, kText);
  auto pubs = with_method(c.run(), "textDocument/publishDiagnostics");
  ASSERT_EQ(pubs.size(), 1u);
  EXPECT_EQ(pubs[0]["params"]["diagnostics"][0]["severity"], 2);

  // A watched-file event: the team turned the rule off.
  dir.write(".unlint.yaml", "rules:\n  term.variant: off\n");
  c.notify("workspace/didChangeWatchedFiles",
           {{"changes", {{{"uri", file_uri(dir.path() + "/.unlint.yaml")}, {"type", 2}}}}});
  auto out = c.run();
  pubs = with_method(out, "textDocument/publishDiagnostics");
  ASSERT_EQ(pubs.size(), 1u);
  EXPECT_TRUE(pubs[0]["params"]["diagnostics"].empty());
  EXPECT_TRUE(with_method(out, "window/showMessage").empty());

  // A broken config: the error is shown with file:line:col, and the pack in use stays.
  dir.write(".unlint.yaml", "rules:\n  term.no-such-rule: error\n");
  c.notify("workspace/didChangeConfiguration", {{"settings", nullptr}});
  out = c.run();
  auto shown = with_method(out, "window/showMessage");
  ASSERT_EQ(shown.size(), 1u);
  EXPECT_EQ(shown[0]["params"]["type"], 1);
  std::string msg = shown[0]["params"]["message"];
  EXPECT_NE(msg.find(".unlint.yaml:2:3"), std::string::npos) << msg;
  EXPECT_NE(msg.find("term.no-such-rule"), std::string::npos) << msg;
  pubs = with_method(out, "textDocument/publishDiagnostics");
  ASSERT_EQ(pubs.size(), 1u);
  EXPECT_TRUE(pubs[0]["params"]["diagnostics"].empty());  // still "off": the old pack

  // Fixed again, and saved from the editor itself: reloaded on didSave.
  dir.write(".unlint.yaml", "rules:\n  term.variant: info\n");
  c.notify("textDocument/didSave",
           {{"textDocument", {{"uri", file_uri(dir.path() + "/.unlint.yaml")}}}});
  pubs = with_method(c.run(), "textDocument/publishDiagnostics");
  ASSERT_EQ(pubs.size(), 1u);
  ASSERT_EQ(pubs[0]["params"]["diagnostics"].size(), 2u);
  EXPECT_EQ(pubs[0]["params"]["diagnostics"][0]["severity"], 3);
}

TEST(LspServer, ABrokenConfigAtOpenFallsBackToTheDefaultsAndSaysSo) {
  TempDir dir;
  dir.write(".unlint.yaml", "rules: [\n");
  std::string uri = file_uri(dir.write("draft.txt", kText));
  Client c;
  c.initialize();
  c.open(uri, kText);
  auto out = c.run();
  EXPECT_EQ(with_method(out, "window/showMessage").size(), 1u);
  auto pubs = with_method(out, "textDocument/publishDiagnostics");
  ASSERT_EQ(pubs.size(), 1u);
  EXPECT_EQ(pubs[0]["params"]["diagnostics"].size(), 2u);
}

TEST(LspServer, SettingsNameAConfigAndRegisterFileWatchers) {
  TempDir dir;
  std::string config = dir.write("team.yaml", "rules:\n  term.variant: hint\n");
  Client c;
  c.initialize(false, {{"workspace", {{"didChangeWatchedFiles", {{"dynamicRegistration", true}}}}}},
               {{"config", config}});
  c.open("file:///tmp/untitled.txt", kText);
  auto out = c.run();
  auto reg = with_method(out, "client/registerCapability");
  ASSERT_EQ(reg.size(), 1u);
  EXPECT_EQ(reg[0]["params"]["registrations"][0]["method"], "workspace/didChangeWatchedFiles");
  auto pubs = with_method(out, "textDocument/publishDiagnostics");
  ASSERT_EQ(pubs.size(), 1u);
  EXPECT_EQ(pubs[0]["params"]["diagnostics"][0]["severity"], 4);
  // The client's reply to our registration is accepted silently.
  c.raw(encode_frame(json{{"jsonrpc", "2.0"}, {"id", reg[0]["id"]}, {"result", nullptr}}.dump()));
  // Settings for another server are not ours; ours switch the config back to the defaults.
  c.notify("workspace/didChangeConfiguration", {{"settings", {{"python", {{"x", 1}}}}}});
  c.notify("workspace/didChangeConfiguration", {{"settings", {{"unlint", {{"config", ""}}}}}});
  out = c.run();
  EXPECT_EQ(out.size(), 2u);  // two publishes, no error replies
  pubs = with_method(out, "textDocument/publishDiagnostics");
  ASSERT_EQ(pubs.size(), 2u);
  EXPECT_EQ(pubs[0]["params"]["diagnostics"][0]["severity"], 4);
  EXPECT_EQ(pubs[1]["params"]["diagnostics"][0]["severity"], 1);
}

// --- robustness --------------------------------------------------------------------------

TEST(LspServer, AnswersMalformedInputWithJsonRpcErrors) {
  Client c;
  c.initialize();
  c.raw("Content-Type: x\r\n\r\n");                          // no Content-Length
  c.raw(encode_frame("{\"jsonrpc\": \"2.0\", \"id\": 1,"));  // invalid JSON
  c.raw(encode_frame("[1, 2]"));                             // not a request object
  c.raw(encode_frame(R"({"jsonrpc":"2.0","id":2})"));        // no method
  c.raw(encode_frame(R"({"jsonrpc":"2.0","id":{"x":1},"method":"shutdown"})"));  // bad id
  c.raw(encode_frame(R"({"jsonrpc":"1.0","id":3,"method":"shutdown"})"));
  c.request(4, "textDocument/hover", {});     // unknown method
  c.notify("textDocument/somethingNew", {});  // unknown notification: ignored
  c.notify("$/cancelRequest", {{"id", 4}});
  c.request(5, "textDocument/codeAction",
            {{"textDocument", {{"uri", "file:///never.txt"}}}, {"range", range(0, 0, 0, 0)}});
  c.request(6, "textDocument/codeAction", {{"range", range(0, 0, 0, 0)}});  // no textDocument
  c.request("seven", "textDocument/codeAction", {{"textDocument", {{"uri", 7}}}});
  c.open("file:///tmp/r.txt", "x");
  c.request(
      8, "textDocument/codeAction",
      {{"textDocument", {{"uri", "file:///tmp/r.txt"}}}, {"range", {{"start", {{"line", -1}}}}}});
  c.notify("textDocument/didChange",
           {{"textDocument", {{"uri", "file:///never.txt"}}}, {"contentChanges", json::array()}});
  c.request(9, "shutdown");
  auto out = c.run();
  std::vector<std::pair<json, int>> errors;
  for (const auto& m : out) {
    if (m.contains("error")) errors.emplace_back(m["id"], m["error"]["code"].get<int>());
  }
  std::vector<std::pair<json, int>> want = {{nullptr, -32700}, {nullptr, -32700}, {nullptr, -32600},
                                            {2, -32600},       {nullptr, -32600}, {3, -32600},
                                            {4, -32601},       {5, -32803},       {6, -32602},
                                            {"seven", -32602}, {8, -32602}};
  EXPECT_EQ(errors, want);
  EXPECT_TRUE((*response(out, 9))["result"].is_null());  // and it still works
}

TEST(LspServer, SurvivesRandomBytesAndStillAnswers) {
  std::mt19937 rng(8);
  for (int round = 0; round < 200; ++round) {
    Client c;
    c.initialize();
    std::string junk;
    int n = static_cast<int>(rng() % 300);
    const std::string alphabet = "{}[]\":,0123456789 \r\nContent-Length: abcjsonrpcmethodid普";
    for (int i = 0; i < n; ++i) junk += alphabet[rng() % alphabet.size()];
    c.raw(junk);
    c.raw(encode_frame(json{{"jsonrpc", "2.0"}, {"id", 99}, {"method", "shutdown"}}.dump()));
    c.raw(encode_frame(json{{"jsonrpc", "2.0"}, {"id", 100}, {"method", "shutdown"}}.dump()));
    auto out = c.run();
    // The junk may swallow at most the message right after it; the next is always answered.
    EXPECT_NE(response(out, 100), nullptr) << "round " << round;
  }
}

}  // namespace
}  // namespace unlint::lsp
