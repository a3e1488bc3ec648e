// NumberingSpec: the paragraph-marker forms, reference words and footnote conventions of
// rules/numbering.yaml, as typed data for the structure parser, the numbering.* rules and renumber().
// Invariant: every MarkerForm has exactly one placeholder; immutable once loaded.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace unlint {
class YamlNode;
}  // namespace unlint

namespace unlint {

class Resources;

// What a marker's number or label is written in.
enum class LabelKind : uint8_t {
  kNumber,       // 7
  kLetter,       // a, b … z, aa …
  kRoman,        // i, ii, iv …
  kHan,          // 一, 二 … 九十九
  kCircled,      // ① … ⑳
  kParenNumber,  // ⑴ … ⒇ (the parentheses are part of the character)
  kParenHan,     // ㈠ … ㈩
};

enum class MarkerRole : uint8_t {
  kOperative,       // accepted operative form: 1.
  kOperativeWrong,  // 7、 （7）
  kSub,             // accepted sub-paragraph form: (a) (i)
  kSubMixed,        // （a）: reported only when mixed with (a) in one list
  kSubWrong,        // （一） ① (1)
};

struct MarkerForm {
  std::string text;    // the template as written in the YAML: "（{n}）"
  std::string prefix;  // "（"
  std::string suffix;  // "）"
  LabelKind kind = LabelKind::kNumber;
  MarkerRole role = MarkerRole::kOperative;
};

struct NumberingSpec {
  std::vector<MarkerForm> forms;
  std::u32string marker_not_followed_by;

  std::vector<std::string> internal_words;
  std::vector<std::string> above_words;
  std::vector<std::string> below_words;
  std::vector<std::string> external_before;
  std::vector<std::string> external_in_clause;
  std::vector<std::string> separators;
  std::vector<std::string> range_separators;

  std::u32string footnote_marker_after;
  std::u32string footnote_not_followed_by;
  std::vector<std::string> page_furniture;

  // Parses rules/numbering.yaml; throws Error(file, line, column, what) on a schema problem.
  static NumberingSpec from_yaml(std::string_view yaml, const std::string& file);
  static NumberingSpec from_tree(const YamlNode& root, const std::string& file);
  // The spec bundled into the binary (rules/numbering.yaml), loaded once.
  static const NumberingSpec& bundled();
};

// Loads rules/numbering.yaml from `resources` (bundled or configured); throws Error when it is
// missing or invalid. Rule factories call this once; the spec is shared by the rules it builds.
std::shared_ptr<const NumberingSpec> load_numbering_spec(const Resources& resources);

// Labels: values start at 1. Each returns 0 when `s` is not a label of its kind.
int letter_value(std::string_view s);  // "a" → 1, "z" → 26, "aa" → 27
int roman_value(std::string_view s);   // "iv" → 4 (lower case, canonical forms only)
std::string letter_label(int v);
std::string roman_label(int v);
std::string han_number(int v);  // 1–99
// `v` written in `kind` (for kNumber, ASCII digits); empty when it has no such form.
std::string format_label(LabelKind kind, int v);
// A template with its placeholder replaced by `v` in the placeholder's own notation.
std::string format_form(const MarkerForm& form, int v);

}  // namespace unlint
