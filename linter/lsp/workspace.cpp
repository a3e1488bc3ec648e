#include "lsp/workspace.h"

#include <filesystem>
#include <set>

#include "cli/inputs.h"
#include "core/error.h"
#include "docx/docx.h"
#include "text/decode.h"
#include "engine/lint.h"

namespace unlint::lsp {

namespace fs = std::filesystem;

namespace {

std::string absolute_in(const std::string& root, const std::string& path) {
  fs::path p(path);
  if (p.is_relative()) p = fs::path(root) / p;
  return p.lexically_normal().string();
}

}  // namespace

Workspace::Workspace(std::string root_dir) : root_(std::move(root_dir)) {}

void Workspace::set_root(std::string dir) { root_ = std::move(dir); }

void Workspace::set_settings(Settings s) { settings_ = std::move(s); }

std::string Workspace::pack_key_for(const std::string& path) const {
  if (!settings_.config_path.empty()) return absolute_in(root_, settings_.config_path);
  std::string dir = path.empty() ? root_ : fs::path(path).parent_path().string();
  if (dir.empty()) dir = ".";
  if (auto found = find_config(dir)) return fs::path(*found).lexically_normal().string();
  return "";
}

std::shared_ptr<const RulePack> Workspace::build_pack(const std::string& key, bool* ok) {
  std::vector<std::string> glossaries;
  for (const auto& g : settings_.glossaries) glossaries.push_back(absolute_in(root_, g));
  try {
    Config config = key.empty() ? Config{} : load_config(key);
    auto pack = RulePack::build(config, glossaries);
    *ok = true;
    return pack;
  } catch (const Error& e) {
    problems_.push_back(e.where_and_what());
  } catch (const std::exception& e) {
    problems_.push_back((key.empty() ? std::string("defaults") : key) + ": " + e.what());
  }
  *ok = false;
  return nullptr;
}

const Workspace::PackEntry& Workspace::pack_entry(const std::string& key) {
  auto it = packs_.find(key);
  if (it != packs_.end()) return it->second;
  bool ok = false;
  auto pack = build_pack(key, &ok);
  if (!ok) {
    // Lint with the bundled defaults rather than not at all, until the config is fixed.
    try {
      pack = RulePack::build(Config{});
    } catch (const std::exception&) {
      pack = nullptr;
    }
  }
  return packs_[key] = PackEntry{pack};
}

void Workspace::open(const std::string& id, std::string path, int64_t version, std::string text) {
  OpenDoc d;
  d.pack_key = pack_key_for(path);
  d.path = std::move(path);
  d.version = version;
  d.text = std::move(text);
  docs_[id] = std::move(d);
}

void Workspace::close(const std::string& id) { docs_.erase(id); }

std::vector<std::string> Workspace::open_ids() const {
  std::vector<std::string> ids;
  for (const auto& [id, d] : docs_) ids.push_back(id);
  return ids;
}

const std::string* Workspace::text(const std::string& id) const {
  auto it = docs_.find(id);
  return it == docs_.end() ? nullptr : &it->second.text;
}

bool Workspace::replace_all(const std::string& id, std::string text) {
  auto it = docs_.find(id);
  if (it == docs_.end()) return false;
  it->second.text = std::move(text);
  it->second.stale = true;
  return true;
}

bool Workspace::replace(const std::string& id, Span span, std::string_view replacement) {
  auto it = docs_.find(id);
  if (it == docs_.end()) return false;
  std::string& t = it->second.text;
  uint32_t size = static_cast<uint32_t>(t.size());
  uint32_t begin = std::min(span.begin, size), end = std::min(std::max(span.end, begin), size);
  t.replace(begin, end - begin, replacement);
  it->second.stale = true;
  return true;
}

void Workspace::mark_stale(const std::string& id) {
  auto it = docs_.find(id);
  if (it != docs_.end()) it->second.stale = true;
}

void Workspace::set_version(const std::string& id, int64_t version) {
  auto it = docs_.find(id);
  if (it != docs_.end()) it->second.version = version;
}

bool Workspace::needs_lint(const std::string& id) const {
  auto it = docs_.find(id);
  return it != docs_.end() && (it->second.stale || !it->second.last);
}

std::shared_ptr<const Snapshot> Workspace::lint(const std::string& id) {
  auto it = docs_.find(id);
  if (it == docs_.end()) return nullptr;
  OpenDoc& d = it->second;
  if (!d.stale && d.last && d.last->version == d.version) return d.last;
  auto snap = std::make_shared<Snapshot>();
  snap->version = d.version;
  std::string unreadable;
  if (!d.path.empty() && is_docx_path(d.path)) {
    // An editor's text for a Word file is not the document: lint the file as saved on disk.
    try {
      snap->doc = read_document(d.path);
    } catch (const Error& e) {
      unreadable = e.where_and_what();
      snap->doc = std::make_shared<const Document>(d.path, "");
    }
  } else {
    snap->doc = std::make_shared<const Document>(d.path.empty() ? id : d.path, d.text);
  }
  const PackEntry& entry = pack_entry(d.pack_key);
  if (!unreadable.empty()) {
    Diagnostic diag;
    diag.code = "input.unreadable";
    diag.severity = Severity::kError;
    diag.message = "无法读取文件 (cannot read the file): " + unreadable;
    snap->diagnostics.push_back(std::move(diag));
  } else if (entry.pack && !(!d.path.empty() && is_ignored(d.path, entry.pack->config()))) {
    snap->diagnostics = unlint::lint(*snap->doc, *entry.pack);
  }
  d.last = snap;
  d.stale = false;
  return snap;
}

void Workspace::reload() {
  // A .unlint.yaml may have appeared or gone: look again for every document.
  std::set<std::string> keys;
  for (auto& [id, d] : docs_) {
    d.pack_key = pack_key_for(d.path);
    d.stale = true;
    keys.insert(d.pack_key);
  }
  for (auto it = packs_.begin(); it != packs_.end();) {
    if (!keys.count(it->first)) {
      it = packs_.erase(it);
      continue;
    }
    bool ok = false;
    auto pack = build_pack(it->first, &ok);
    if (ok) it->second.pack = std::move(pack);
    ++it;
  }
}

std::vector<std::string> Workspace::take_problems() {
  std::vector<std::string> out;
  out.swap(problems_);
  return out;
}

}  // namespace unlint::lsp
