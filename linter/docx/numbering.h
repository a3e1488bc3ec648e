// Word's automatic paragraph numbering (word/numbering.xml), rendered as a reader sees it:
// each numbered paragraph gets its level text (`%1.`, `(%2)`, `(%3)`) with the counters of its
// list filled in (decimal, letters, Roman and Chinese numerals, circled numbers), and the suffix
// that follows it (a tab unless the level says space or nothing). Lists that share an abstract
// definition share counters; a w:num with a start override restarts them where it is first used.
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace unlint {

struct NumberingRef {
  int num_id = 0;  // 0: not numbered
  int level = 0;
};

class Numbering {
 public:
  Numbering() = default;
  explicit Numbering(const pugi::xml_document& numbering_xml);

  // The label (and suffix) of the next paragraph of `ref`, advancing the list's counters; "" for a
  // paragraph that is not numbered. Call once per paragraph, in document order.
  std::string label(NumberingRef ref);

 private:
  struct Level {
    int start = 0;
    std::string format = "decimal";
    std::string text;     // lvlText, e.g. "%1."
    std::string suffix = "\t";
    bool legal = false;   // isLgl: every %n in decimal
    int restart = -1;     // lvlRestart: -1 default (after any higher level), 0 never, n after level n
  };
  using Levels = std::array<Level, 9>;
  struct Num {
    int abstract_id = -1;
    std::map<int, int> start_overrides;  // level → start
    std::map<int, Level> level_overrides;
    bool started = false;
  };
  struct Counters {
    std::array<int, 9> value{};
    std::array<bool, 9> used{};
  };
  static Level read_level(pugi::xml_node lvl);

  std::map<int, Levels> abstracts_;
  std::map<int, Num> nums_;
  std::map<int, Counters> counters_;  // by abstract id
};

// Paragraph styles that carry numbering (word/styles.xml), following w:basedOn.
class Styles {
 public:
  Styles() = default;
  explicit Styles(const pugi::xml_document& styles_xml);
  NumberingRef numbering(std::string_view style_id) const;

 private:
  struct Style {
    std::string based_on;
    int num_id = -1;  // -1: not set here
    int level = -1;
  };
  std::map<std::string, Style, std::less<>> styles_;
};

// n in a list format: "decimal" 3 → "3", "lowerLetter" 28 → "bb", "lowerRoman" 4 → "iv".
std::string format_number(int n, std::string_view format);

}  // namespace unlint
