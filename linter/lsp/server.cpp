#include "lsp/server.h"

#include <algorithm>
#include <ostream>

#include "docx/docx.h"
#include "engine/lint.h"
#include "report/json_reporter.h"
#include "version.h"

namespace unlint::lsp {

namespace {

using json = nlohmann::json;

constexpr const char* kFixAllKind = "source.fixAll.unlint";

// Thrown by handlers; becomes the JSON-RPC error of the request (or a log line).
struct RpcError {
  int code;
  std::string message;
};

[[noreturn]] void bad_params(const std::string& what) {
  throw RpcError{error_code::kInvalidParams, what};
}

// A request about a document the client never opened (or already closed).
[[noreturn]] void not_open(const std::string& uri) {
  throw RpcError{error_code::kRequestFailed, "document not open: " + uri};
}

const json& member(const json& obj, const char* key) {
  if (!obj.is_object()) bad_params(std::string("expected an object holding '") + key + "'");
  auto it = obj.find(key);
  if (it == obj.end()) bad_params(std::string("missing '") + key + "'");
  return *it;
}

const json* optional_member(const json& obj, const char* key) {
  if (!obj.is_object()) return nullptr;
  auto it = obj.find(key);
  return it == obj.end() || it->is_null() ? nullptr : &*it;
}

std::string string_member(const json& obj, const char* key) {
  const json& v = member(obj, key);
  if (!v.is_string()) bad_params(std::string("'") + key + "' must be a string");
  return v.get<std::string>();
}

uint32_t uint_member(const json& obj, const char* key) {
  const json& v = member(obj, key);
  if (!v.is_number_integer() || v.get<int64_t>() < 0) {
    bad_params(std::string("'") + key + "' must be a non-negative integer");
  }
  return static_cast<uint32_t>(std::min<int64_t>(v.get<int64_t>(), UINT32_MAX));
}

int64_t version_member(const json& obj) {
  const json* v = optional_member(obj, "version");
  return v && v->is_number_integer() ? v->get<int64_t>() : 0;
}

std::string document_uri(const json& params) {
  return string_member(member(params, "textDocument"), "uri");
}

// An LSP Position → byte offset in `doc`'s text.
uint32_t to_offset(std::string_view text, const LineIndex& lines, const json& pos,
                   PositionEncoding enc) {
  return offset_of(text, lines, uint_member(pos, "line"), uint_member(pos, "character"), enc);
}

Span to_span(std::string_view text, const LineIndex& lines, const json& range,
             PositionEncoding enc) {
  uint32_t a = to_offset(text, lines, member(range, "start"), enc);
  uint32_t b = to_offset(text, lines, member(range, "end"), enc);
  if (b < a) std::swap(a, b);
  return {a, b};
}

bool kind_wanted(const json* only, std::string_view kind) {
  if (!only) return true;
  auto match = [&](const json& k) {
    if (!k.is_string()) return false;
    const std::string& want = k.get_ref<const std::string&>();
    return kind == want || (kind.size() > want.size() && kind.substr(0, want.size()) == want &&
                            kind[want.size()] == '.');
  };
  if (only->is_string()) return match(*only);  // some clients send one kind, not a list
  if (!only->is_array()) return true;
  return std::any_of(only->begin(), only->end(), match);
}

Settings parse_settings(const json& j, const Settings& current) {
  Settings s = current;
  const json* section = optional_member(j, "unlint");
  const json& o = section ? *section : j;
  if (!o.is_object()) return s;
  if (const json* c = optional_member(o, "config"); c && c->is_string()) {
    s.config_path = c->get<std::string>();
  }
  if (const json* g = optional_member(o, "glossaries"); g && g->is_array()) {
    s.glossaries.clear();
    for (const auto& item : *g) {
      if (item.is_string() && !item.get_ref<const std::string&>().empty()) {
        s.glossaries.push_back(item.get<std::string>());
      }
    }
  }
  return s;
}

bool is_config_file(std::string_view path) {
  auto ends = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix;
  };
  return ends(".yaml") || ends(".yml");
}

}  // namespace

Server::Server(Transport& transport, ServerOptions options)
    : transport_(transport), options_(std::move(options)), workspace_(options_.root_dir) {}

void Server::log(const std::string& line) {
  if (options_.log) *options_.log << "unlint lsp: " << line << std::endl;
}

void Server::send(const json& message) {
  if (peer_gone_) return;
  // Replace rather than throw on invalid UTF-8: a reply must always go out.
  if (!transport_.write(message.dump(-1, ' ', false, json::error_handler_t::replace))) {
    peer_gone_ = true;
    log("the client has gone (write failed)");
  }
}

void Server::respond(const json& id, json result) {
  send(json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void Server::respond_error(const json& id, int code, const std::string& message) {
  send(json{{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
}

void Server::notify(const std::string& method, json params) {
  send(json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
}

int Server::run() {
  while (!exited_ && !peer_gone_) {
    int timeout = -1;
    if (!pending_.empty()) {
      auto now = Clock::now();
      auto next = std::min_element(pending_.begin(), pending_.end(), [](auto& a, auto& b) {
                    return a.second.deadline < b.second.deadline;
                  })->second.deadline;
      if (next <= now) {
        // A client that never pauses still gets diagnostics, at most a few debounces late.
        flush_all();
        continue;
      }
      timeout = static_cast<int>(
          std::chrono::duration_cast<std::chrono::milliseconds>(next - now).count() + 1);
    }
    Incoming in = transport_.read(timeout);
    switch (in.kind) {
      case Incoming::Kind::kEnd:
        return shutdown_ ? 0 : 1;
      case Incoming::Kind::kTimeout:
        flush_all();
        break;
      case Incoming::Kind::kBadHeader:
        log("bad message header: " + in.error);
        respond_error(nullptr, error_code::kParseError, "bad message header: " + in.error);
        break;
      case Incoming::Kind::kMessage:
        handle(in.body);
        break;
    }
  }
  return shutdown_ ? 0 : 1;
}

void Server::handle(const std::string& body) {
  json msg = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (msg.is_discarded()) {
    log("invalid JSON in a message of " + std::to_string(body.size()) + " bytes");
    respond_error(nullptr, error_code::kParseError, "invalid JSON");
    return;
  }
  if (!msg.is_object()) {
    respond_error(nullptr, error_code::kInvalidRequest, "expected a JSON-RPC request object");
    return;
  }
  const json* id = nullptr;
  if (auto it = msg.find("id"); it != msg.end()) {
    if (!it->is_number_integer() && !it->is_string()) {
      respond_error(nullptr, error_code::kInvalidRequest, "'id' must be an integer or a string");
      return;
    }
    id = &*it;
  }
  auto method_it = msg.find("method");
  if (method_it == msg.end()) {
    // A response to one of our requests (client/registerCapability): nothing waits for it.
    if (id && (msg.contains("result") || msg.contains("error"))) {
      if (msg.contains("error")) log("the client refused request " + id->dump());
      return;
    }
    respond_error(id ? *id : json(nullptr), error_code::kInvalidRequest, "missing 'method'");
    return;
  }
  if (!method_it->is_string()) {
    respond_error(id ? *id : json(nullptr), error_code::kInvalidRequest,
                  "'method' must be a string");
    return;
  }
  auto version = msg.find("jsonrpc");
  if (version == msg.end() || *version != "2.0") {
    if (id) {
      respond_error(*id, error_code::kInvalidRequest, "'jsonrpc' must be \"2.0\"");
    } else {
      log("ignored a notification without \"jsonrpc\": \"2.0\"");
    }
    return;
  }
  json params = msg.value("params", json(nullptr));
  dispatch(method_it->get<std::string>(), params, id);
}

void Server::dispatch(const std::string& method, const json& params, const json* id) {
  if (!id) {
    if (method == "exit") {
      exited_ = true;
      return;
    }
    if (!initialize_seen_ || shutdown_) return;  // dropped, as LSP says
    try {
      handle_notification(method, params);
    } catch (const RpcError& e) {
      log(method + ": " + e.message);
    } catch (const std::exception& e) {
      log(method + ": " + e.what());
    }
    return;
  }
  if (!initialize_seen_ && method != "initialize") {
    respond_error(*id, error_code::kServerNotInitialized, "the server is not initialized yet");
    return;
  }
  if (shutdown_) {
    respond_error(*id, error_code::kInvalidRequest, "the server is shutting down");
    return;
  }
  try {
    json result = handle_request(method, params);
    respond(*id, std::move(result));
  } catch (const RpcError& e) {
    log(method + ": " + e.message);
    respond_error(*id, e.code, e.message);
  } catch (const json::exception& e) {
    log(method + ": " + e.what());
    respond_error(*id, error_code::kInvalidParams, e.what());
  } catch (const std::exception& e) {
    log(method + ": " + e.what());
    respond_error(*id, error_code::kRequestFailed, e.what());
  }
}

nlohmann::json Server::handle_request(const std::string& method, const json& params) {
  if (method == "initialize") {
    if (initialize_seen_) {
      throw RpcError{error_code::kInvalidRequest, "initialize was already sent"};
    }
    return initialize(params);
  }
  if (method == "shutdown") {
    shutdown_ = true;
    pending_.clear();
    return nullptr;
  }
  if (method == "textDocument/codeAction") return code_action(params);
  throw RpcError{error_code::kMethodNotFound, "unknown method '" + method + "'"};
}

void Server::handle_notification(const std::string& method, const json& params) {
  if (method == "initialized") return initialized();
  if (method == "textDocument/didOpen") return did_open(params);
  if (method == "textDocument/didChange") return did_change(params);
  if (method == "textDocument/didSave") return did_save(params);
  if (method == "textDocument/didClose") return did_close(params);
  if (method == "workspace/didChangeConfiguration") return did_change_configuration(params);
  if (method == "workspace/didChangeWatchedFiles") return reload_and_relint();
  // $/cancelRequest, $/setTrace and anything else: nothing to do.
}

nlohmann::json Server::initialize(const json& params) {
  if (!params.is_object()) bad_params("initialize needs an object of parameters");
  initialize_seen_ = true;
  const json* caps = optional_member(params, "capabilities");
  encoding_ = PositionEncoding::kUtf16;
  if (const json* general = caps ? optional_member(*caps, "general") : nullptr) {
    if (const json* offered = optional_member(*general, "positionEncodings");
        offered && offered->is_array()) {
      for (const auto& e : *offered) {
        if (e == "utf-8") encoding_ = PositionEncoding::kUtf8;
      }
    }
  }
  if (const json* ws = caps ? optional_member(*caps, "workspace") : nullptr) {
    if (const json* we = optional_member(*ws, "workspaceEdit")) {
      document_changes_ = we->value("documentChanges", false);
    }
    if (const json* w = optional_member(*ws, "didChangeWatchedFiles")) {
      watch_files_ = w->value("dynamicRegistration", false);
    }
  }
  // The root: workspaceFolders[0], else rootUri, else rootPath.
  std::optional<std::string> root;
  if (const json* folders = optional_member(params, "workspaceFolders");
      folders && folders->is_array() && !folders->empty() && (*folders)[0].is_object()) {
    if (const json* u = optional_member((*folders)[0], "uri"); u && u->is_string()) {
      root = path_from_uri(u->get<std::string>());
    }
  }
  if (const json* u = optional_member(params, "rootUri"); !root && u && u->is_string()) {
    root = path_from_uri(u->get<std::string>());
  }
  if (const json* p = optional_member(params, "rootPath"); !root && p && p->is_string()) {
    root = p->get<std::string>();
  }
  if (root && !root->empty()) workspace_.set_root(*root);
  if (const json* init = optional_member(params, "initializationOptions")) {
    workspace_.set_settings(parse_settings(*init, Settings{}));
  }
  json sync{{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}};
  return json{{"capabilities",
               {{"positionEncoding", encoding_ == PositionEncoding::kUtf8 ? "utf-8" : "utf-16"},
                {"textDocumentSync", sync},
                {"codeActionProvider", {{"codeActionKinds", {"quickfix", kFixAllKind}}}}}},
              {"serverInfo", {{"name", "unlint"}, {"version", kVersion}}}};
}

void Server::initialized() {
  if (!watch_files_) return;
  json watchers = json::array(
      {json{{"globPattern", "**/.unlint.yaml"}}, json{{"globPattern", "**/*.{yaml,yml}"}}});
  send(json{
      {"jsonrpc", "2.0"},
      {"id", "unlint-" + std::to_string(next_request_id_++)},
      {"method", "client/registerCapability"},
      {"params",
       {{"registrations", json::array({json{{"id", "unlint-watch"},
                                            {"method", "workspace/didChangeWatchedFiles"},
                                            {"registerOptions", {{"watchers", watchers}}}}})}}}});
}

void Server::did_open(const json& params) {
  const json& td = member(params, "textDocument");
  std::string uri = string_member(td, "uri");
  std::string text = string_member(td, "text");
  workspace_.open(uri, path_from_uri(uri).value_or(""), version_member(td), std::move(text));
  pending_.erase(uri);
  publish(uri);
}

void Server::did_change(const json& params) {
  const json& td = member(params, "textDocument");
  std::string uri = string_member(td, "uri");
  if (!workspace_.is_open(uri)) not_open(uri);
  const json& changes = member(params, "contentChanges");
  if (!changes.is_array()) bad_params("'contentChanges' must be a list");
  for (const json& change : changes) {
    std::string text = string_member(change, "text");
    const json* range = optional_member(change, "range");
    if (!range) {
      workspace_.replace_all(uri, std::move(text));
      continue;
    }
    // Each change is in the coordinates of the text the previous one left.
    const std::string& current = *workspace_.text(uri);
    LineIndex lines(current);
    Span span = to_span(current, lines, *range, encoding_);
    workspace_.replace(uri, span, text);
  }
  workspace_.set_version(uri, version_member(td));
  auto now = Clock::now();
  auto debounce = std::chrono::milliseconds(std::max(0, options_.debounce_ms));
  auto [it, fresh] = pending_.try_emplace(uri, Pending{now + debounce, now});
  if (!fresh) it->second.deadline = std::min(now + debounce, it->second.first + 4 * debounce);
}

void Server::did_save(const json& params) {
  std::string uri = document_uri(params);
  auto path = path_from_uri(uri);
  // Editing .unlint.yaml or a glossary in the editor itself: nvim and others may not watch files.
  if (path && is_config_file(*path)) {
    reload_and_relint();
    return;
  }
  if (path && is_docx_path(*path) && workspace_.is_open(uri)) {
    workspace_.mark_stale(uri);  // a Word file is linted as saved on disk
    publish(uri);
    return;
  }
  if (pending_.count(uri)) flush(uri);
}

void Server::did_close(const json& params) {
  std::string uri = document_uri(params);
  workspace_.close(uri);
  pending_.erase(uri);
  notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
}

void Server::did_change_configuration(const json& params) {
  if (const json* s = optional_member(params, "settings")) {
    // Only an "unlint" section is ours; other servers' settings may be sent to everyone.
    if (optional_member(*s, "unlint")) workspace_.set_settings(parse_settings(*s, Settings{}));
  }
  reload_and_relint();
}

void Server::reload_and_relint() {
  workspace_.reload();
  pending_.clear();
  for (const std::string& uri : workspace_.open_ids()) publish(uri);
  report_problems();
}

void Server::report_problems() {
  for (const std::string& p : workspace_.take_problems()) {
    log("configuration error: " + p);
    notify("window/showMessage",
           {{"type", 1},
            {"message",
             "unlint: 配置错误，沿用原有规则 (configuration error; keeping the previous "
             "rules): " +
                 p}});
  }
}

void Server::publish(const std::string& uri) {
  auto snap = workspace_.lint(uri);
  if (!snap) return;
  bool utf8 = encoding_ == PositionEncoding::kUtf8;
  json diags = json::array();
  for (const Diagnostic& d : snap->diagnostics) {
    diags.push_back(diagnostic_json(*snap->doc, d, uri, utf8));
  }
  notify("textDocument/publishDiagnostics",
         {{"uri", uri}, {"version", snap->version}, {"diagnostics", std::move(diags)}});
  report_problems();
}

void Server::flush(const std::string& uri) {
  pending_.erase(uri);
  publish(uri);
}

void Server::flush_all() {
  auto uris = pending_;
  pending_.clear();
  for (const auto& [uri, p] : uris) publish(uri);
}

nlohmann::json Server::code_action(const json& params) {
  std::string uri = document_uri(params);
  if (!workspace_.is_open(uri)) not_open(uri);
  const json& range = member(params, "range");
  const json* context = optional_member(params, "context");
  const json* only = context ? optional_member(*context, "only") : nullptr;
  // Act on what the user sees now: lint any text not yet linted, and tell the client.
  if (pending_.count(uri) || workspace_.needs_lint(uri)) flush(uri);
  auto snap = workspace_.lint(uri);
  const Document& doc = *snap->doc;
  // Edits to a Word file are written by `unlint fix`, not as text edits to its bytes.
  if (doc.container()) return json::array();
  Span want = to_span(doc.text(), doc.lines(), range, encoding_);
  bool utf8 = encoding_ == PositionEncoding::kUtf8;

  auto workspace_edit = [&](json edits) {
    if (document_changes_) {
      return json{{"documentChanges",
                   json::array({json{{"textDocument", {{"uri", uri}, {"version", snap->version}}},
                                     {"edits", std::move(edits)}}})}};
    }
    return json{{"changes", {{uri, std::move(edits)}}}};
  };

  json actions = json::array();
  if (kind_wanted(only, "quickfix")) {
    for (const Diagnostic& d : snap->diagnostics) {
      // Touching counts: a cursor just after a term still offers its fix.
      if (d.fixes.empty() || d.span.begin > want.end || want.begin > d.span.end) continue;
      json dj = diagnostic_json(doc, d, uri, utf8);
      const json& fixes = dj["data"]["fixes"];
      for (size_t i = 0; i < fixes.size(); ++i) {
        json action{{"title", fixes[i]["title"]},
                    {"kind", "quickfix"},
                    {"diagnostics", json::array({dj})},
                    {"edit", workspace_edit(fixes[i]["edits"])}};
        if (i == 0) action["isPreferred"] = true;
        actions.push_back(std::move(action));
      }
    }
  }
  if (kind_wanted(only, kFixAllKind)) {
    FixResult all = apply_fixes(doc.text(), snap->diagnostics);
    if (all.applied > 0) {
      json edits = json::array();
      for (const Edit& e : all.edits) {
        edits.push_back({{"range", lsp_range(doc, e.span, utf8)}, {"newText", e.replacement}});
      }
      actions.push_back(
          {{"title", "修正本文件中所有可自动修正的问题（" + std::to_string(all.applied) +
                         " 处） (fix all " + std::to_string(all.applied) +
                         " auto-fixable problems in this document)"},
           {"kind", kFixAllKind},
           {"edit", workspace_edit(std::move(edits))}});
    }
  }
  return actions;
}

}  // namespace unlint::lsp
