// input.encoding — bytes that are not valid in the file's encoding; reported once per file.
// "人权\xFF理事会" → report the byte offset; the rest of the file is still linted.
#include <fmt/format.h>

#include "engine/rule.h"
#include "rules/options.h"

namespace unlint {
namespace {

class InputEncoding final : public Rule {
 public:
  void check(const Context& ctx, Emitter& out) const override {
    const auto& problems = ctx.doc.problems();
    if (problems.empty()) return;
    const DecodeProblem& p = problems.front();
    std::string more = problems.size() > 1
                           ? fmt::format("，另有 {} 处 ({} more)", problems.size() - 1, problems.size() - 1)
                           : "";
    out.emit(p.span, fmt::format("字节偏移 {} 处的内容不是有效的 {} 编码{}。(invalid {} byte sequence at "
                                 "byte offset {}; replaced by U+FFFD)",
                                 p.source_offset, ctx.doc.encoding(), more, ctx.doc.encoding(),
                                 p.source_offset));
  }
};

const bool registered = register_rule({
    .code = "input.encoding",
    .summary = "无效的字节序列 (invalid byte sequence in the file's encoding)",
    .before = "人权\\xFF理事会",
    .after = "",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "input.encoding");
      return std::make_unique<InputEncoding>();
    },
});

}  // namespace
}  // namespace unlint
