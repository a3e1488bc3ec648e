// Helpers shared by the tests: annotated inputs, a default rule pack, running the built binary.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/document.h"
#include "engine/rule_pack.h"

namespace unlint::testing {

// "参加[[普遍定期审查]]" → text without the brackets, and the byte spans the brackets marked.
struct Annotated {
  std::string text;
  std::vector<Span> spans;
};
Annotated annotate(std::string_view marked);

// The pack built from the bundled rules and glossaries, with no team config.
const RulePack& default_pack();
// A pack built from a .unlint.yaml given as text (relative paths resolve against the source dir).
std::shared_ptr<const RulePack> pack_from_config(std::string_view yaml);

std::vector<Diagnostic> lint_text(std::string_view text, const RulePack& pack = default_pack());
// The spans of the diagnostics with `code`, in order.
std::vector<Span> spans_of(const std::vector<Diagnostic>& diags, std::string_view code);
std::vector<Diagnostic> only(const std::vector<Diagnostic>& diags, std::string_view code);
// The text after applying every fix lint found.
std::string fixed(std::string_view text, const RulePack& pack = default_pack());

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};
// Runs the built `unlint` with `args` (a shell-quoted string) from `cwd`, feeding `input`.
RunResult run_unlint(const std::string& args, const std::string& input = "",
                     const std::string& cwd = UNLINT_SOURCE_DIR);

// The shared corpus draft, or nullopt (tests skip with a message) where ../shared is absent.
std::optional<std::string> corpus_text();
std::string corpus_path();

// A fresh temporary folder, removed when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  std::string write(const std::string& name, std::string_view bytes) const;

 private:
  std::string path_;
};

}  // namespace unlint::testing
