// Workspace: the server's core — open documents, the rule packs that lint them, and the latest
// lint of each. It knows nothing of JSON-RPC or LSP positions: text is UTF-8, places are byte
// offsets, documents are named by an opaque id (the client's URI).
// Invariant: a Snapshot's diagnostics point into the Document it holds, never into newer text.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "engine/rule_pack.h"

namespace unlint::lsp {

// One lint of one version of a document.
struct Snapshot {
  int64_t version = 0;
  std::shared_ptr<const Document> doc;
  std::vector<Diagnostic> diagnostics;
};

// What the editor may set (LSP initializationOptions or the "unlint" configuration section).
struct Settings {
  std::string config_path;              // a .unlint.yaml to use instead of the nearest one
  std::vector<std::string> glossaries;  // extra glossary files, as `--glossary`
};

class Workspace {
 public:
  explicit Workspace(std::string root_dir = ".");

  // Folder for relative settings paths and for documents with no file path (untitled buffers).
  void set_root(std::string dir);
  const std::string& root() const { return root_; }
  // Takes effect at the next reload().
  void set_settings(Settings s);

  // `path` is the file the document was read from, or empty; it selects the .unlint.yaml.
  void open(const std::string& id, std::string path, int64_t version, std::string text);
  void close(const std::string& id);
  bool is_open(const std::string& id) const { return docs_.count(id) != 0; }
  std::vector<std::string> open_ids() const;

  // The current text, or nullptr when not open.
  const std::string* text(const std::string& id) const;
  // Replaces the whole text, or the bytes `span` of it (clamped to the text), and marks the
  // document for linting. Returns false when the document is not open.
  bool replace_all(const std::string& id, std::string text);
  bool replace(const std::string& id, Span span, std::string_view replacement);
  void set_version(const std::string& id, int64_t version);
  // Lint again at the next lint() (a Word file, read from disk, was saved).
  void mark_stale(const std::string& id);

  // The lint of the current text, made now if the text changed since the last one; nullptr
  // when the document is not open.
  std::shared_ptr<const Snapshot> lint(const std::string& id);
  bool needs_lint(const std::string& id) const;

  // Rebuilds every rule pack from its .unlint.yaml and glossaries and marks every document for
  // linting. A pack that fails to build is kept as it was; the problem is queued.
  void reload();
  // Problems met while building packs (a bad .unlint.yaml or glossary) since the last call,
  // as "file:line:col: message".
  std::vector<std::string> take_problems();

 private:
  struct OpenDoc {
    std::string path;
    int64_t version = 0;
    std::string text;
    std::string pack_key;
    bool stale = true;
    std::shared_ptr<const Snapshot> last;
  };
  struct PackEntry {
    std::shared_ptr<const RulePack> pack;  // null only if even the defaults failed
  };

  std::string pack_key_for(const std::string& path) const;
  std::shared_ptr<const RulePack> build_pack(const std::string& key, bool* ok);
  const PackEntry& pack_entry(const std::string& key);

  std::string root_;
  Settings settings_;
  std::map<std::string, OpenDoc> docs_;
  std::map<std::string, PackEntry> packs_;  // by .unlint.yaml path; "" is the built-in defaults
  std::vector<std::string> problems_;
};

}  // namespace unlint::lsp
