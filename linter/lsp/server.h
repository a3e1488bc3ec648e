// The LSP server: JSON-RPC dispatch and LSP shapes over a Workspace (which knows nothing of LSP).
// Single-threaded and deterministic: didChange bursts are linted once the input goes quiet
// (a read times out) or a debounce deadline passes; requests that need current diagnostics
// (codeAction, didSave) lint first. It never exits on a bad message: it answers with a JSON-RPC
// error (or, for a notification, logs and ignores it).
#pragma once

#include <chrono>
#include <iosfwd>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "lsp/jsonrpc.h"
#include "lsp/protocol.h"
#include "lsp/workspace.h"

namespace unlint::lsp {

struct ServerOptions {
  // Quiet time after a didChange before the text is linted; a burst is linted once.
  int debounce_ms = 150;
  // Where problems are logged (never stdout, which carries the protocol); nullptr: nowhere.
  std::ostream* log = nullptr;
  // Folder used when the client names no workspace root.
  std::string root_dir = ".";
};

class Server {
 public:
  explicit Server(Transport& transport, ServerOptions options = {});

  // Serves until `exit` or the end of input. Returns the process exit code: 0 when `exit` (or
  // the end of input) came after `shutdown`, 1 otherwise.
  int run();

  PositionEncoding encoding() const { return encoding_; }
  const Workspace& workspace() const { return workspace_; }

 private:
  using Clock = std::chrono::steady_clock;
  using json = nlohmann::json;

  struct Pending {
    Clock::time_point deadline;
    Clock::time_point first;
  };

  void handle(const std::string& body);
  void dispatch(const std::string& method, const json& params, const json* id);
  json handle_request(const std::string& method, const json& params);
  void handle_notification(const std::string& method, const json& params);

  json initialize(const json& params);
  void initialized();
  void did_open(const json& params);
  void did_change(const json& params);
  void did_save(const json& params);
  void did_close(const json& params);
  json code_action(const json& params);
  void did_change_configuration(const json& params);
  void reload_and_relint();

  void publish(const std::string& uri);
  void flush(const std::string& uri);
  void flush_all();
  void report_problems();

  void send(const json& message);
  void respond(const json& id, json result);
  void respond_error(const json& id, int code, const std::string& message);
  void notify(const std::string& method, json params);
  void log(const std::string& line);

  Transport& transport_;
  ServerOptions options_;
  Workspace workspace_;
  PositionEncoding encoding_ = PositionEncoding::kUtf16;
  bool initialize_seen_ = false;
  bool shutdown_ = false;
  bool exited_ = false;
  bool peer_gone_ = false;
  bool document_changes_ = false;  // client takes versioned TextDocumentEdits
  bool watch_files_ = false;       // client lets us register file watchers
  int next_request_id_ = 1;
  std::map<std::string, Pending> pending_;  // documents changed but not linted yet
};

}  // namespace unlint::lsp
