#include "engine/suppress.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <string_view>

namespace unlint {
namespace {

struct Directive {
  enum Kind { kDisable, kEnable, kDisableNextLine } kind;
  std::vector<std::string> codes;  // empty: every rule
  uint32_t line;                   // the line the comment is on
  uint32_t end_offset;             // just past the comment
};

std::vector<Directive> find_directives(const Document& doc) {
  std::vector<Directive> out;
  std::string_view text = doc.text();
  size_t pos = 0;
  while ((pos = text.find("<!--", pos)) != std::string_view::npos) {
    size_t end = text.find("-->", pos + 4);
    if (end == std::string_view::npos) break;
    std::string_view body = text.substr(pos + 4, end - pos - 4);
    size_t b = body.find_first_not_of(" \t\r\n");
    body = b == std::string_view::npos ? std::string_view() : body.substr(b);
    Directive d{Directive::kDisable, {}, doc.lines().line_of(static_cast<uint32_t>(pos)),
                static_cast<uint32_t>(end + 3)};
    std::string_view rest;
    if (body.rfind("unlint-disable-next-line", 0) == 0) {
      d.kind = Directive::kDisableNextLine;
      rest = body.substr(24);
    } else if (body.rfind("unlint-disable", 0) == 0) {
      d.kind = Directive::kDisable;
      rest = body.substr(14);
    } else if (body.rfind("unlint-enable", 0) == 0) {
      d.kind = Directive::kEnable;
      rest = body.substr(13);
    } else {
      pos = end + 3;
      continue;
    }
    // Codes separated by spaces or commas.
    std::string code;
    for (char c : rest) {
      if (c == ' ' || c == ',' || c == '\t' || c == '\n' || c == '\r') {
        if (!code.empty()) d.codes.push_back(code), code.clear();
      } else {
        code += c;
      }
    }
    if (!code.empty()) d.codes.push_back(code);
    out.push_back(std::move(d));
    pos = end + 3;
  }
  return out;
}

bool covers(const std::vector<std::string>& codes, const std::string& code) {
  if (codes.empty()) return true;
  for (const auto& c : codes) {
    if (c == code || (code.size() > c.size() && code.compare(0, c.size(), c) == 0 &&
                      code[c.size()] == '.')) {
      return true;
    }
  }
  return false;
}

}  // namespace

void apply_inline_suppressions(const Document& doc, std::vector<Diagnostic>& diagnostics) {
  if (diagnostics.empty() || doc.text().find("unlint-") == std::string::npos) return;
  std::vector<Directive> directives = find_directives(doc);
  if (directives.empty()) return;
  const LineIndex& lines = doc.lines();
  auto suppressed = [&](const Diagnostic& d) {
    uint32_t line = lines.line_of(d.span.begin);
    // Region directives in document order: the last one before the diagnostic decides, per code.
    bool off = false;
    for (const Directive& x : directives) {
      if (x.kind == Directive::kDisableNextLine) {
        if (x.line + 1 == line && covers(x.codes, d.code)) return true;
        continue;
      }
      if (x.end_offset > d.span.begin) break;
      if (covers(x.codes, d.code)) off = x.kind == Directive::kDisable;
    }
    return off;
  };
  diagnostics.erase(std::remove_if(diagnostics.begin(), diagnostics.end(), suppressed),
                    diagnostics.end());
}

bool path_matches(const std::string& path, const std::string& glob, const Config& config) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::string rel = path;
  if (!config.dir.empty()) {
    fs::path abs = fs::absolute(path, ec).lexically_normal();
    rel = abs.lexically_relative(config.dir).string();
  }
  if (fnmatch(glob.c_str(), rel.c_str(), 0) == 0 || fnmatch(glob.c_str(), path.c_str(), 0) == 0) {
    return true;
  }
  std::string dir = glob;
  while (!dir.empty() && dir.back() == '/') dir.pop_back();
  return !dir.empty() && rel.size() > dir.size() && rel.compare(0, dir.size(), dir) == 0 &&
         rel[dir.size()] == '/';
}

void apply_path_overrides(const std::string& path, const Config& config,
                          std::vector<Diagnostic>& diagnostics) {
  for (const PathOverride& o : config.overrides) {
    bool match = false;
    for (const auto& g : o.paths) match = match || path_matches(path, g, config);
    if (!match) continue;
    std::vector<Diagnostic> kept;
    for (auto& d : diagnostics) {
      auto it = o.rules.find(d.code);
      if (it == o.rules.end()) {
        kept.push_back(std::move(d));
        continue;
      }
      if (!it->second.enabled) continue;
      if (it->second.severity) d.severity = *it->second.severity;
      kept.push_back(std::move(d));
    }
    diagnostics = std::move(kept);
  }
}

}  // namespace unlint
