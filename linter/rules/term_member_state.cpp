// term.member-state — 会员国 (the members of the United Nations) and 成员国 (the members of a body)
// confused, where the name right before the word decides.
// 联合国成员国 → 联合国会员国; 人权理事会会员国 → 人权理事会成员国
//
// Only what the preceding words make certain is reported: 成员国 right after a name of the United
// Nations, and 会员国 right after the name of a body listed in rules/member-states.yaml with what
// its members are called. 各成员国 or 会员国 on their own depend on what the text is about and are
// left alone, as is every body the data does not list (the specialized agencies' own texts call
// their members 会员国).
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_scan.h"
#include "core/error.h"
#include "engine/resources.h"
#include "engine/rule.h"
#include "rules/options.h"

namespace unlint {
namespace {

constexpr std::string_view kDataFile = "rules/member-states.yaml";
constexpr std::string_view kUnMembers = "会员国";
constexpr std::string_view kBodyMembers = "成员国";

struct Body {
  std::string name;     // as the view sees it
  std::string members;  // what its members are called: 成员国, or 成员
};

struct MemberStateData {
  std::vector<std::string> un_names;  // names of the United Nations, as the view sees them
  std::vector<Body> bodies;           // longest name first
};

std::string required_scalar(const YamlNode& item, const char* key, std::string_view what) {
  YamlNode n = item[key];
  if (!n || !n.IsScalar() || n.scalar_view().empty()) {
    YamlMark m = item.Mark();
    throw Error(std::string(kDataFile), m.line + 1, m.column + 1,
                fmt::format("each {} needs '{}'", what, key));
  }
  return n.Scalar();
}

MemberStateData load_data(const RuleSetup& setup) {
  auto tree = setup.resources.required_tree(kDataFile);
  YamlNode root = tree->root();
  MemberStateData data;

  YamlNode un = root["united_nations"];
  if (!un || !un.IsSequence()) {
    throw Error(std::string(kDataFile), 1, 1, "expected 'united_nations': a list of names");
  }
  for (const auto& item : un) {
    required_scalar(item, "source", "name of the United Nations");
    data.un_names.push_back(ScanView::fold(required_scalar(item, "form", "united_nations entry")));
  }

  YamlNode bodies = root["bodies"];
  if (!bodies || !bodies.IsSequence()) {
    throw Error(std::string(kDataFile), 1, 1, "expected 'bodies': a list of bodies");
  }
  for (const auto& item : bodies) {
    required_scalar(item, "source", "body");
    Body b{ScanView::fold(required_scalar(item, "name", "body")),
           required_scalar(item, "members", "body")};
    if (b.members != kBodyMembers && b.members != "成员") {
      YamlMark m = item["members"].Mark();
      throw Error(std::string(kDataFile), m.line + 1, m.column + 1,
                  "'members' must be 成员国 or 成员");
    }
    data.bodies.push_back(std::move(b));
  }
  std::stable_sort(data.bodies.begin(), data.bodies.end(),
                   [](const Body& a, const Body& b) { return a.name.size() > b.name.size(); });
  return data;
}

bool ends_with(std::string_view text, size_t end, std::string_view word) {
  return end >= word.size() && text.substr(end - word.size(), word.size()) == word;
}

class TermMemberState final : public Rule {
 public:
  explicit TermMemberState(std::shared_ptr<const MemberStateData> data) : data_(std::move(data)) {}

  void check(const Context& ctx, Emitter& out) const override {
    const std::string& text = ctx.view.text();
    // 成员国 and 会员国 share their last two characters (员国); find those, then look one
    // character back for which word it is, and at the words before it.
    constexpr std::string_view kTail = "员国";
    size_t at = 0;
    while ((at = bytes::find(text, kTail, at)) != std::string::npos) {
      size_t tail = at;
      at += kTail.size();
      constexpr size_t kHanBytes = 3;  // 成 and 会 are three bytes in UTF-8
      if (tail < kHanBytes) continue;
      size_t begin = tail - kHanBytes;
      std::string_view word = std::string_view(text).substr(begin, at - begin);
      if (word == kBodyMembers) {
        check_body_word(ctx, out, begin, at);
      } else if (word == kUnMembers) {
        check_un_word(ctx, out, begin, at);
      }
    }
  }

 private:
  // 成员国 right after a name of the United Nations.
  void check_body_word(const Context& ctx, Emitter& out, size_t begin, size_t end) const {
    const std::string& text = ctx.view.text();
    for (const std::string& un : data_->un_names) {
      if (!ends_with(text, begin, un)) continue;
      std::string was = un + std::string(kBodyMembers);
      std::string now = un + std::string(kUnMembers);
      report(ctx, out, begin, end, kUnMembers,
             fmt::format("“{}”应为“{}”：联合国的会员称“会员国”，某一机构的成员才称“成员国”。"
                         "(the members of the United Nations are 会员国)",
                         was, now));
      return;
    }
  }

  // 会员国 right after the name of a listed body.
  void check_un_word(const Context& ctx, Emitter& out, size_t begin, size_t end) const {
    const std::string& text = ctx.view.text();
    for (const Body& body : data_->bodies) {
      if (!ends_with(text, begin, body.name)) continue;
      std::string was = body.name + std::string(kUnMembers);
      std::string now = body.name + body.members;
      report(ctx, out, begin, end, body.members,
             fmt::format("“{}”应为“{}”：“会员国”指联合国会员国，{}的成员称“{}”。"
                         "(the members of a body are {}, not 会员国)",
                         was, now, body.name, body.members, body.members));
      return;
    }
  }

  void report(const Context& ctx, Emitter& out, size_t begin, size_t end,
              std::string_view replacement, std::string message) const {
    uint32_t vb = static_cast<uint32_t>(begin), ve = static_cast<uint32_t>(end);
    Fix fix{fmt::format("改为“{}” (use “{}”)", replacement, replacement),
            {ctx.view.minimal_edit(vb, ve, replacement)}};
    out.emit(ctx.view.to_doc(vb, ve), std::move(message), {std::move(fix)});
  }

  std::shared_ptr<const MemberStateData> data_;
};

const bool registered = register_rule({
    .code = "term.member-state",
    .summary = "会员国（联合国会员）与成员国（机构成员）混用 (会员国 for the members of the UN, "
               "成员国 for the members of a body)",
    .before = "联合国成员国",
    .after = "联合国会员国",
    .make = [](const RuleSetup& setup) -> std::unique_ptr<Rule> {
      expect_no_options(setup, "term.member-state");
      return std::make_unique<TermMemberState>(
          setup.shared<MemberStateData>([&] { return load_data(setup); }));
    },
});

}  // namespace
}  // namespace unlint
