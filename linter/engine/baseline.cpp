#include "engine/baseline.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "text/decode.h"
#include "text/files.h"

namespace unlint {
namespace {

std::string normal(const std::string& path) {
  return std::filesystem::path(path).lexically_normal().string();
}

}  // namespace

Baseline Baseline::load(const std::string& path) {
  std::string text = read_file(path);
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw Error(path, 0, 0, std::string("not a baseline (invalid JSON): ") + e.what());
  }
  if (!j.is_object() || !j.contains("findings") || !j["findings"].is_array()) {
    throw Error(path, 0, 0, "not a baseline: expected an object with 'findings'");
  }
  Baseline b;
  for (const auto& f : j["findings"]) {
    if (!f.is_object() || !f.contains("path") || !f.contains("code") || !f.contains("text") ||
        !f["path"].is_string() || !f["code"].is_string() || !f["text"].is_string()) {
      throw Error(path, 0, 0, "not a baseline: each finding needs path, code and text");
    }
    size_t count = f.contains("count") && f["count"].is_number_unsigned() ? f["count"].get<size_t>() : 1;
    b.counts_[{normal(f["path"]), f["code"], f["text"]}] += count;
  }
  return b;
}

Baseline Baseline::from_results(const std::vector<FileResult>& results) {
  Baseline b;
  for (const auto& r : results) {
    for (const auto& d : r.diagnostics) ++b.counts_[{normal(r.path), d.code, d.text}];
  }
  return b;
}

void Baseline::save(const std::string& path) const {
  nlohmann::json findings = nlohmann::json::array();
  for (const auto& [key, count] : counts_) {
    findings.push_back({{"path", std::get<0>(key)},
                        {"code", std::get<1>(key)},
                        {"text", std::get<2>(key)},
                        {"count", count}});
  }
  nlohmann::json j{{"tool", "unlint"}, {"findings", findings}};
  std::string bytes = j.dump(2) + "\n";
  write_file_atomically(path, bytes);
}

void Baseline::filter(const std::string& path, std::vector<Diagnostic>& diagnostics) {
  std::string p = normal(path);
  std::vector<Diagnostic> kept;
  for (auto& d : diagnostics) {
    auto it = counts_.find({p, d.code, d.text});
    if (it != counts_.end() && it->second > 0) {
      --it->second;
      continue;
    }
    kept.push_back(std::move(d));
  }
  diagnostics = std::move(kept);
}

}  // namespace unlint
