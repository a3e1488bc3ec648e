#include "test_util.h"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/lint.h"
#include "text/decode.h"

namespace unlint::testing {

namespace fs = std::filesystem;

Annotated annotate(std::string_view marked) {
  Annotated a;
  uint32_t open = 0;
  for (size_t i = 0; i < marked.size();) {
    if (marked.substr(i, 2) == "[[") {
      open = static_cast<uint32_t>(a.text.size());
      i += 2;
    } else if (marked.substr(i, 2) == "]]") {
      a.spans.push_back({open, static_cast<uint32_t>(a.text.size())});
      i += 2;
    } else {
      a.text += marked[i++];
    }
  }
  return a;
}

const RulePack& default_pack() {
  static std::shared_ptr<const RulePack> pack = RulePack::build(Config{});
  return *pack;
}

std::shared_ptr<const RulePack> pack_from_config(std::string_view yaml) {
  return RulePack::build(parse_config(yaml, "test.unlint.yaml", UNLINT_SOURCE_DIR));
}

std::vector<Diagnostic> lint_text(std::string_view text, const RulePack& pack) {
  Document doc("test.txt", std::string(text));
  return lint(doc, pack);
}

std::vector<Span> spans_of(const std::vector<Diagnostic>& diags, std::string_view code) {
  std::vector<Span> out;
  for (const auto& d : diags) {
    if (d.code == code) out.push_back(d.span);
  }
  return out;
}

std::vector<Diagnostic> only(const std::vector<Diagnostic>& diags, std::string_view code) {
  std::vector<Diagnostic> out;
  for (const auto& d : diags) {
    if (d.code == code) out.push_back(d);
  }
  return out;
}

std::string fixed(std::string_view text, const RulePack& pack) {
  return apply_fixes(text, lint_text(text, pack)).text;
}

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

RunResult run_unlint(const std::string& args, const std::string& input, const std::string& cwd) {
  TempDir tmp;
  std::string in = tmp.write("stdin", input);
  std::string out = tmp.path() + "/stdout", err = tmp.path() + "/stderr";
  std::string cmd = "cd '" + cwd + "' && '" UNLINT_BINARY "' " + args + " <'" + in + "' >'" + out +
                    "' 2>'" + err + "'";
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

std::string corpus_path() {
  return UNLINT_SHARED_DIR "/corpus/hrc44-international-cooperation.txt";
}

std::optional<std::string> corpus_text() {
  if (!fs::exists(corpus_path())) return std::nullopt;
  return read_file(corpus_path());
}

TempDir::TempDir() {
  std::string tmpl = (fs::temp_directory_path() / "unlint-test-XXXXXX").string();
  char* p = ::mkdtemp(tmpl.data());
  path_ = p ? p : tmpl;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(path_, ec);
}

std::string TempDir::write(const std::string& name, std::string_view bytes) const {
  fs::path p = fs::path(path_) / name;
  fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return p.string();
}

}  // namespace unlint::testing
