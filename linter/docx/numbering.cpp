#include "docx/numbering.h"

#include "docx/xml_text.h"
#include "text/utf8.h"

namespace unlint {
namespace {

std::string roman(int n, bool upper) {
  static constexpr std::pair<int, const char*> kParts[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (auto [v, s] : kParts) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// Word's letter numbering: a … z, aa … zz, aaa …
std::string letters(int n, bool upper) {
  int repeat = (n - 1) / 26 + 1;
  char c = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
  return std::string(static_cast<size_t>(repeat), c);
}

std::string chinese(int n) {
  static constexpr const char* kDigits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n < 10) return kDigits[n];
  if (n < 100) {
    std::string out = n / 10 == 1 ? "" : kDigits[n / 10];
    out += "十";
    if (n % 10) out += kDigits[n % 10];
    return out;
  }
  std::string out;
  for (char d : std::to_string(n)) out += kDigits[d - '0'];
  return out;
}

}  // namespace

std::string format_number(int n, std::string_view format) {
  if (format == "none") return "";
  if (n <= 0 && format != "decimal" && format != "decimalZero") return std::to_string(n);
  if (format == "lowerLetter") return letters(n, false);
  if (format == "upperLetter") return letters(n, true);
  if (format == "lowerRoman") return roman(n, false);
  if (format == "upperRoman") return roman(n, true);
  if (format == "decimalZero") {
    std::string out = std::to_string(n);
    if (n < 10) out.insert(out.begin(), '0');
    return out;
  }
  if (format == "chineseCounting" || format == "chineseCountingThousand" ||
      format == "ideographTraditional" || format == "taiwaneseCounting") {
    return chinese(n);
  }
  if (format == "decimalFullWidth" || format == "decimalFullWidth2") {
    std::string out;
    for (char d : std::to_string(n)) utf8::append(out, U'０' + (d - '0'));
    return out;
  }
  if (format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") {
    if (n <= 20) {
      std::string out;
      utf8::append(out, U'①' + (n - 1));
      return out;
    }
  }
  if (format == "decimalEnclosedParen" && n <= 20) {
    std::string out;
    utf8::append(out, U'⑴' + (n - 1));
    return out;
  }
  return std::to_string(n);  // decimal, and formats unlint does not render otherwise
}

Numbering::Level Numbering::read_level(pugi::xml_node lvl) {
  Level l;
  if (pugi::xml_node s = child(lvl, "start")) l.start = to_int(attr(s, "val"), 0);
  if (pugi::xml_node f = child(lvl, "numFmt")) l.format = attr(f, "val");
  if (pugi::xml_node t = child(lvl, "lvlText")) l.text = attr(t, "val");
  if (pugi::xml_node s = child(lvl, "suff")) {
    std::string_view v = attr(s, "val");
    if (v == "space") {
      l.suffix.assign(1, ' ');
    } else if (v == "nothing") {
      l.suffix.clear();
    }
  }
  if (pugi::xml_node g = child(lvl, "isLgl")) {
    std::string_view v = attr(g, "val");
    l.legal = v.empty() || v == "1" || v == "true" || v == "on";
  }
  if (pugi::xml_node r = child(lvl, "lvlRestart")) l.restart = to_int(attr(r, "val"), -1);
  return l;
}

Numbering::Numbering(const pugi::xml_document& xml) {
  pugi::xml_node root = xml.document_element();
  for (pugi::xml_node n : root.children()) {
    if (n.type() != pugi::node_element) continue;
    std::string_view local = local_name(n);
    if (local == "abstractNum") {
      Levels levels;
      for (pugi::xml_node lvl : n.children()) {
        if (lvl.type() != pugi::node_element || local_name(lvl) != "lvl") continue;
        int i = to_int(attr(lvl, "ilvl"), -1);
        if (i >= 0 && i < 9) levels[static_cast<size_t>(i)] = read_level(lvl);
      }
      abstracts_[to_int(attr(n, "abstractNumId"), -1)] = levels;
    } else if (local == "num") {
      Num num;
      num.abstract_id = to_int(attr(child(n, "abstractNumId"), "val"), -1);
      for (pugi::xml_node o : n.children()) {
        if (o.type() != pugi::node_element || local_name(o) != "lvlOverride") continue;
        int i = to_int(attr(o, "ilvl"), -1);
        if (i < 0 || i >= 9) continue;
        if (pugi::xml_node s = child(o, "startOverride")) {
          num.start_overrides[i] = to_int(attr(s, "val"), 0);
        }
        if (pugi::xml_node lvl = child(o, "lvl")) num.level_overrides[i] = read_level(lvl);
      }
      nums_[to_int(attr(n, "numId"), -1)] = num;
    }
  }
}

std::string Numbering::label(NumberingRef ref) {
  if (ref.num_id <= 0 || ref.level < 0 || ref.level >= 9) return "";
  auto num_it = nums_.find(ref.num_id);
  if (num_it == nums_.end()) return "";
  Num& num = num_it->second;
  auto abs_it = abstracts_.find(num.abstract_id);
  if (abs_it == abstracts_.end()) return "";
  Levels levels = abs_it->second;
  for (const auto& [i, l] : num.level_overrides) levels[static_cast<size_t>(i)] = l;
  Counters& c = counters_[num.abstract_id];
  if (!num.started) {
    num.started = true;
    for (const auto& [i, start] : num.start_overrides) {
      c.value[static_cast<size_t>(i)] = start;
      c.used[static_cast<size_t>(i)] = false;
      levels[static_cast<size_t>(i)].start = start;
    }
  }
  const size_t at = static_cast<size_t>(ref.level);
  const Level& level = levels[at];
  c.value[at] = c.used[at] ? c.value[at] + 1 : level.start;
  c.used[at] = true;
  for (size_t k = at + 1; k < 9; ++k) {
    int r = levels[k].restart;
    if (r == -1 || (r > 0 && static_cast<size_t>(r) <= at + 1)) c.used[k] = false;
  }
  if (level.format == "bullet") return level.text + level.suffix;
  std::string out;
  for (size_t i = 0; i < level.text.size(); ++i) {
    char ch = level.text[i];
    if (ch == '%' && i + 1 < level.text.size() && level.text[i + 1] >= '1' &&
        level.text[i + 1] <= '9') {
      size_t k = static_cast<size_t>(level.text[i + 1] - '1');
      int v = c.used[k] ? c.value[k] : levels[k].start;
      out += format_number(v, level.legal ? std::string_view("decimal") : levels[k].format);
      ++i;
    } else {
      out += ch;
    }
  }
  return out + level.suffix;
}

Styles::Styles(const pugi::xml_document& xml) {
  for (pugi::xml_node s : xml.document_element().children()) {
    if (s.type() != pugi::node_element || local_name(s) != "style") continue;
    Style style;
    style.based_on = attr(child(s, "basedOn"), "val");
    if (pugi::xml_node num = child(child(s, "pPr"), "numPr")) {
      if (pugi::xml_node id = child(num, "numId")) style.num_id = to_int(attr(id, "val"), 0);
      if (pugi::xml_node lvl = child(num, "ilvl")) style.level = to_int(attr(lvl, "val"), 0);
    }
    styles_[std::string(attr(s, "styleId"))] = style;
  }
}

NumberingRef Styles::numbering(std::string_view style_id) const {
  NumberingRef ref;
  int num_id = -1, level = -1;
  // Follow basedOn; the nearest style that sets a value wins (a cycle stops after 32 steps).
  for (int depth = 0; depth < 32 && !style_id.empty(); ++depth) {
    auto it = styles_.find(style_id);
    if (it == styles_.end()) break;
    if (num_id < 0) num_id = it->second.num_id;
    if (level < 0) level = it->second.level;
    style_id = it->second.based_on;
  }
  ref.num_id = num_id < 0 ? 0 : num_id;
  ref.level = level < 0 ? 0 : level;
  return ref;
}

}  // namespace unlint
