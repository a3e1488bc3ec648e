// `unlint lsp` as a process: real stdin/stdout framing, exit codes, no hang on a closed input.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "lsp/jsonrpc.h"
#include "test_util.h"

namespace unlint::testing {
namespace {

using json = nlohmann::json;
using lsp::encode_frame;

std::string frame(const json& j) { return encode_frame(j.dump()); }

std::vector<json> frames_of(const std::string& out) {
  lsp::FrameDecoder d;
  d.feed(out);
  std::vector<json> msgs;
  while (auto f = d.next()) {
    EXPECT_EQ(f->kind, lsp::Frame::Kind::kMessage);
    msgs.push_back(json::parse(f->body));
  }
  EXPECT_TRUE(d.idle());
  return msgs;
}

const std::string kInit = frame({{"jsonrpc", "2.0"},
                                 {"id", 1},
                                 {"method", "initialize"},
                                 {"params", {{"capabilities", json::object()}}}}) +
                          frame({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", {}}});

TEST(LspStdio, ServesATranscriptAndExitsCleanly) {
  std::string in = kInit +
                   frame({{"jsonrpc", "2.0"},
                          {"method", "textDocument/didOpen"},
                          {"params",
                           {{"textDocument",
                             {{"uri", "file:///tmp/x.txt"},
                              {"languageId", "plaintext"},
                              {"version", 1},
                              {"text", "各国应参加普遍定期审查。"}}}}}}) +
                   "Content-Length: oops\r\n\r\n" +
                   frame({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}}) +
                   frame({{"jsonrpc", "2.0"}, {"method", "exit"}});
  RunResult r = run_unlint("lsp --quiet", in);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto msgs = frames_of(r.out);
  ASSERT_EQ(msgs.size(), 4u) << r.out;
  EXPECT_EQ(msgs[0]["id"], 1);
  EXPECT_EQ(msgs[1]["method"], "textDocument/publishDiagnostics");
  EXPECT_EQ(msgs[1]["params"]["diagnostics"][0]["range"]["start"]["character"], 5);
  EXPECT_EQ(msgs[2]["error"]["code"], -32700);
  EXPECT_TRUE(msgs[3]["id"] == 2 && msgs[3]["result"].is_null());
  EXPECT_TRUE(r.err.empty());
}

TEST(LspStdio, EndOfInputWithoutExitEndsWithCodeOneAndLogsProblems) {
  RunResult r = run_unlint("lsp", kInit + encode_frame("{not json"));
  EXPECT_EQ(r.exit_code, 1);
  auto msgs = frames_of(r.out);
  ASSERT_EQ(msgs.size(), 2u);
  EXPECT_EQ(msgs[1]["error"]["code"], -32700);
  EXPECT_NE(r.err.find("invalid JSON"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace unlint::testing
