// libFuzzer target: the YAML loaders — glossary schema, .unlint.yaml, YamlTree bytes and the
// compiled glossary bytes. Any input must give a result or an unlint::Error, never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.h"
#include "engine/config.h"
#include "glossary/glossary.h"
#include "text/scan_view.h"
#include "text/yaml_tree.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  try {
    unlint::Glossary g;
    g.add_yaml(text, "fuzz.yaml");
    g.build();
    std::vector<unlint::TermMatch> m;
    g.scan(unlint::ScanView("普遍定期审查人权理事会"), m);
    auto copy = unlint::Glossary::from_bytes(g.to_bytes());
    if (!copy) abort();  // a glossary we wrote must read back
  } catch (const unlint::Error&) {
  }
  try {
    unlint::parse_config(text, "fuzz.yaml", "/");
  } catch (const unlint::Error&) {
  }
  if (auto tree = unlint::YamlTree::from_bytes(text)) {
    auto root = tree->root();
    for (const auto& e : root) (void)e.first.Scalar(), (void)e.second.size();
  }
  if (auto g = unlint::Glossary::from_bytes(text)) {
    std::vector<unlint::TermMatch> m;
    g->scan(unlint::ScanView("普遍定期审查人权理事会"), m);
    for (const auto& x : m) (void)g->form_text(x.form);
  }
  return 0;
}
