#include "engine/config.h"

#include <filesystem>

#include "core/error.h"
#include "engine/rule.h"
#include "text/decode.h"

namespace unlint {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& name, const YamlNode& n, const std::string& what) {
  YamlMark m = n.Mark();
  throw Error(name, m.line + 1, m.column + 1, what);
}

std::vector<std::string> string_list(const YamlNode& n, const std::string& name,
                                     const char* key) {
  if (!n.IsSequence()) fail(name, n, std::string("expected a list of strings for '") + key + "'");
  std::vector<std::string> out;
  for (const auto& item : n) {
    if (!item.IsScalar() || item.Scalar().empty()) {
      fail(name, item, std::string("expected a non-empty string in '") + key + "'");
    }
    out.push_back(item.Scalar());
  }
  return out;
}

}  // namespace

void parse_rule_settings(const YamlNode& rules, const std::string& name,
                         std::map<std::string, RuleSetting, std::less<>>& out) {
  if (!rules.IsMap()) fail(name, rules, "expected a mapping of rule codes for 'rules'");
  for (const auto& kv : rules) {
    const std::string code = kv.first.Scalar();
    if (find_rule(code) == nullptr) {
      fail(name, kv.first, "unknown rule code '" + code + "' (`unlint rules` lists them)");
    }
    RuleSetting s = out.count(code) ? out[code] : RuleSetting{};
    const YamlNode& v = kv.second;
    auto apply_level = [&](const YamlNode& level) {
      if (!level.IsScalar()) fail(name, level, "expected off, error, warning, info or hint");
      const std::string& word = level.Scalar();
      if (word == "off" || word == "false") {
        s.enabled = false;
        return;
      }
      Severity sev;
      if (!parse_severity(word, &sev)) {
        fail(name, level, "unknown severity '" + word + "'; expected off, error, warning, info or hint");
      }
      s.enabled = true;
      s.severity = sev;
    };
    if (v.IsScalar()) {
      apply_level(v);
    } else if (v.IsMap()) {
      bool has_options = false;
      for (const auto& o : v) {
        if (o.first.Scalar() == "severity") {
          apply_level(o.second);
        } else {
          has_options = true;
        }
      }
      // Options are checked by the rule's factory, which knows them (and skips 'severity').
      if (has_options) {
        s.options = v;
        s.options_file = name;
      }
    } else {
      fail(name, v, "expected off, a severity, or a mapping with 'severity' and options");
    }
    out[code] = std::move(s);
  }
}

Config parse_config(std::string_view yaml_text, const std::string& name, const std::string& dir) {
  Config cfg;
  cfg.path = name;
  cfg.dir = dir;
  auto tree = YamlTree::parse(yaml_text, name);
  cfg.trees.push_back(tree);
  YamlNode root = tree->root();
  if (!root || root.IsNull()) return cfg;
  if (!root.IsMap()) throw Error(name, 1, 1, "expected a mapping (glossaries, rules, accept, ...)");
  for (const auto& kv : root) {
    const std::string key = kv.first.Scalar();
    const YamlNode& v = kv.second;
    if (key == "glossaries") {
      for (auto& g : string_list(v, name, "glossaries")) {
        fs::path p(g);
        cfg.glossaries.push_back(p.is_absolute() ? g : (fs::path(dir) / p).lexically_normal().string());
      }
    } else if (key == "bundled_glossaries") {
      if (!v.IsScalar() || (v.Scalar() != "true" && v.Scalar() != "false")) {
        fail(name, v, "expected true or false for 'bundled_glossaries'");
      }
      cfg.bundled_glossaries = v.Scalar() == "true";
    } else if (key == "rules") {
      parse_rule_settings(v, name, cfg.rules);
    } else if (key == "accept") {
      cfg.accept = string_list(v, name, "accept");
    } else if (key == "ignore") {
      cfg.ignore = string_list(v, name, "ignore");
    } else if (key == "overrides") {
      if (!v.IsSequence()) fail(name, v, "expected a list of {paths, rules} for 'overrides'");
      for (const auto& item : v) {
        if (!item.IsMap()) fail(name, item, "expected a mapping with 'paths' and 'rules'");
        PathOverride o;
        for (const auto& okv : item) {
          const std::string okey = okv.first.Scalar();
          if (okey == "paths") {
            o.paths = string_list(okv.second, name, "paths");
          } else if (okey == "rules") {
            parse_rule_settings(okv.second, name, o.rules);
            for (const auto& [code, setting] : o.rules) {
              if (setting.has_options()) {
                fail(name, okv.second, "an override sets only off or a severity for '" + code + "'");
              }
            }
          } else {
            fail(name, okv.first, "unknown key '" + okey + "' in an override; expected paths or rules");
          }
        }
        if (o.paths.empty()) fail(name, item, "an override needs 'paths'");
        cfg.overrides.push_back(std::move(o));
      }
    } else {
      fail(name, kv.first,
           "unknown key '" + key +
               "'; expected glossaries, bundled_glossaries, rules, accept, ignore or overrides");
    }
  }
  return cfg;
}

Config load_config(const std::string& path) {
  std::string text = read_file(path);
  fs::path dir = fs::absolute(fs::path(path)).parent_path();
  return parse_config(text, path, dir.string());
}

std::optional<std::string> find_config(const std::string& start_dir) {
  std::error_code ec;
  fs::path dir = fs::absolute(start_dir, ec);
  if (ec) return std::nullopt;
  while (true) {
    fs::path candidate = dir / ".unlint.yaml";
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

}  // namespace unlint
