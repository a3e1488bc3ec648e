#include "structure/numbering_spec.h"

#include "core/error.h"
#include "engine/resources.h"
#include "text/utf8.h"
#include "text/yaml_tree.h"

namespace unlint {
namespace {

[[noreturn]] void fail(const std::string& file, const YamlNode& n, const std::string& what) {
  YamlMark m = n.Mark();
  throw Error(file, m.line + 1, m.column + 1, what);
}

void expect_keys(const YamlNode& n, const std::string& file, const std::string& where,
                 std::initializer_list<std::string_view> keys) {
  if (!n.IsMap()) fail(file, n, "expected a mapping for '" + where + "'");
  for (const auto& kv : n) {
    const std::string key = kv.first.Scalar();
    bool ok = false;
    std::string list;
    for (auto k : keys) {
      ok = ok || k == key;
      list += (list.empty() ? "" : ", ") + std::string(k);
    }
    if (!ok) fail(file, kv.first, "unknown key '" + key + "' in '" + where + "'; expected " + list);
  }
}

YamlNode require(const YamlNode& parent, const char* key, const std::string& file,
                   const std::string& where) {
  YamlNode n = parent[key];
  if (!n) fail(file, parent, "missing '" + std::string(key) + "' in '" + where + "'");
  return n;
}

std::vector<std::string> strings(const YamlNode& n, const std::string& file,
                                 const std::string& where) {
  if (!n.IsSequence()) fail(file, n, "expected a list of strings for '" + where + "'");
  std::vector<std::string> out;
  for (const auto& item : n) {
    if (!item.IsScalar() || item.Scalar().empty()) {
      fail(file, item, "expected a non-empty string in '" + where + "'");
    }
    out.push_back(item.Scalar());
  }
  return out;
}

std::u32string chars(const YamlNode& n, const std::string& file, const std::string& where) {
  if (!n.IsScalar()) fail(file, n, "expected a string of characters for '" + where + "'");
  std::u32string out;
  const std::string& s = n.Scalar();
  for (size_t i = 0; i < s.size();) out += utf8::next(s, i);
  return out;
}

MarkerForm parse_form(const YamlNode& n, MarkerRole role, const std::string& file,
                      const std::string& where) {
  if (!n.IsScalar()) fail(file, n, "expected a marker template such as \"{n}.\" in '" + where + "'");
  static const std::pair<std::string_view, LabelKind> kPlaceholders[] = {
      {"{n}", LabelKind::kNumber},        {"{a}", LabelKind::kLetter},
      {"{r}", LabelKind::kRoman},         {"{c}", LabelKind::kHan},
      {"{circled}", LabelKind::kCircled}, {"{paren_n}", LabelKind::kParenNumber},
      {"{paren_c}", LabelKind::kParenHan},
  };
  const std::string& t = n.Scalar();
  MarkerForm f;
  f.text = t;
  f.role = role;
  int found = 0;
  for (const auto& [ph, kind] : kPlaceholders) {
    size_t at = t.find(ph);
    if (at == std::string::npos) continue;
    ++found;
    f.kind = kind;
    f.prefix = t.substr(0, at);
    f.suffix = t.substr(at + ph.size());
  }
  if (found != 1 || f.prefix.find('{') != std::string::npos ||
      f.suffix.find('{') != std::string::npos) {
    fail(file, n,
         "marker template '" + t +
             "' must hold exactly one of {n}, {a}, {r}, {c}, {circled}, {paren_n}, {paren_c}");
  }
  if (role == MarkerRole::kOperative || role == MarkerRole::kOperativeWrong) {
    if (f.kind != LabelKind::kNumber) fail(file, n, "operative markers must use {n}: '" + t + "'");
  }
  return f;
}

void add_forms(NumberingSpec& spec, const YamlNode& list, MarkerRole role,
               const std::string& file, const std::string& where) {
  if (!list.IsSequence()) fail(file, list, "expected a list of marker templates for '" + where + "'");
  for (const auto& item : list) spec.forms.push_back(parse_form(item, role, file, where));
}

const char* const kOnes[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

}  // namespace

NumberingSpec NumberingSpec::from_yaml(std::string_view yaml, const std::string& file) {
  auto tree = YamlTree::parse(yaml, file);
  return from_tree(tree->root(), file);
}

NumberingSpec NumberingSpec::from_tree(const YamlNode& root, const std::string& file) {
  NumberingSpec spec;
  expect_keys(root, file, "top level", {"markers", "references", "footnotes"});

  YamlNode markers = require(root, "markers", file, "top level");
  expect_keys(markers, file, "markers", {"operative", "sub_paragraph", "not_followed_by"});
  YamlNode op = require(markers, "operative", file, "markers");
  expect_keys(op, file, "markers.operative", {"accepted", "wrong"});
  add_forms(spec, require(op, "accepted", file, "markers.operative"), MarkerRole::kOperative, file,
            "markers.operative.accepted");
  if (op["wrong"]) add_forms(spec, op["wrong"], MarkerRole::kOperativeWrong, file, "markers.operative.wrong");
  YamlNode sub = require(markers, "sub_paragraph", file, "markers");
  expect_keys(sub, file, "markers.sub_paragraph", {"accepted", "mixed", "wrong"});
  add_forms(spec, require(sub, "accepted", file, "markers.sub_paragraph"), MarkerRole::kSub, file,
            "markers.sub_paragraph.accepted");
  if (sub["mixed"]) add_forms(spec, sub["mixed"], MarkerRole::kSubMixed, file, "markers.sub_paragraph.mixed");
  if (sub["wrong"]) add_forms(spec, sub["wrong"], MarkerRole::kSubWrong, file, "markers.sub_paragraph.wrong");
  if (markers["not_followed_by"]) {
    spec.marker_not_followed_by = chars(markers["not_followed_by"], file, "markers.not_followed_by");
  }
  bool has_letter = false, has_roman = false;
  for (const auto& f : spec.forms) {
    if (f.role == MarkerRole::kSub) {
      has_letter = has_letter || f.kind == LabelKind::kLetter;
      has_roman = has_roman || f.kind == LabelKind::kRoman;
    }
  }
  if (!has_letter || !has_roman) {
    fail(file, sub, "markers.sub_paragraph.accepted needs one {a} form and one {r} form");
  }

  YamlNode refs = require(root, "references", file, "top level");
  expect_keys(refs, file, "references",
              {"internal", "above", "below", "external_before", "external_in_clause", "separators",
               "range"});
  auto list = [&](const char* key, std::vector<std::string>& out) {
    if (refs[key]) out = strings(refs[key], file, std::string("references.") + key);
  };
  list("internal", spec.internal_words);
  list("above", spec.above_words);
  list("below", spec.below_words);
  list("external_before", spec.external_before);
  list("external_in_clause", spec.external_in_clause);
  list("separators", spec.separators);
  list("range", spec.range_separators);

  YamlNode fn = require(root, "footnotes", file, "top level");
  expect_keys(fn, file, "footnotes", {"marker_after", "not_followed_by", "page_furniture"});
  spec.footnote_marker_after = chars(require(fn, "marker_after", file, "footnotes"), file,
                                     "footnotes.marker_after");
  if (fn["not_followed_by"]) {
    spec.footnote_not_followed_by = chars(fn["not_followed_by"], file, "footnotes.not_followed_by");
  }
  if (fn["page_furniture"]) {
    spec.page_furniture = strings(fn["page_furniture"], file, "footnotes.page_furniture");
  }
  return spec;
}

std::shared_ptr<const NumberingSpec> load_numbering_spec(const Resources& resources) {
  const std::string name = "rules/numbering.yaml";
  return std::make_shared<const NumberingSpec>(
      NumberingSpec::from_tree(resources.required_tree(name)->root(), name));
}

const NumberingSpec& NumberingSpec::bundled() {
  static const std::shared_ptr<const NumberingSpec> spec = load_numbering_spec(Resources::bundled());
  return *spec;
}

int letter_value(std::string_view s) {
  if (s.empty() || s.size() > 2) return 0;
  for (char c : s) {
    if (c < 'a' || c > 'z' || c != s[0]) return 0;
  }
  return static_cast<int>(s.size() - 1) * 26 + (s[0] - 'a' + 1);
}

std::string letter_label(int v) {
  if (v < 1 || v > 52) return {};
  return std::string(static_cast<size_t>((v - 1) / 26 + 1), static_cast<char>('a' + (v - 1) % 26));
}

std::string roman_label(int v) {
  if (v < 1 || v > 399) return {};
  static const std::pair<int, const char*> kParts[] = {{100, "c"}, {90, "xc"}, {50, "l"},
                                                       {40, "xl"}, {10, "x"},  {9, "ix"},
                                                       {5, "v"},   {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [n, s] : kParts) {
    while (v >= n) {
      out += s;
      v -= n;
    }
  }
  return out;
}

int roman_value(std::string_view s) {
  if (s.empty() || s.size() > 9) return 0;
  int total = 0, prev = 0;
  for (size_t i = s.size(); i-- > 0;) {
    int v = 0;
    switch (s[i]) {
      case 'i': v = 1; break;
      case 'v': v = 5; break;
      case 'x': v = 10; break;
      case 'l': v = 50; break;
      case 'c': v = 100; break;
      default: return 0;
    }
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  // Only canonical spellings: "iiii" or "vx" are not labels.
  return roman_label(total) == s ? total : 0;
}

std::string han_number(int v) {
  if (v < 1 || v > 99) return {};
  if (v < 10) return kOnes[v];
  std::string out = v >= 20 ? std::string(kOnes[v / 10]) : std::string();
  out += "十";
  out += kOnes[v % 10];
  return out;
}

std::string format_label(LabelKind kind, int v) {
  switch (kind) {
    case LabelKind::kNumber: return v >= 1 ? std::to_string(v) : std::string();
    case LabelKind::kLetter: return letter_label(v);
    case LabelKind::kRoman: return roman_label(v);
    case LabelKind::kHan: return han_number(v);
    case LabelKind::kCircled: return v >= 1 && v <= 20 ? utf8::encode(0x2460 + v - 1) : "";
    case LabelKind::kParenNumber: return v >= 1 && v <= 20 ? utf8::encode(0x2474 + v - 1) : "";
    case LabelKind::kParenHan: return v >= 1 && v <= 10 ? utf8::encode(0x3220 + v - 1) : "";
  }
  return {};
}

std::string format_form(const MarkerForm& form, int v) {
  std::string label = format_label(form.kind, v);
  if (label.empty()) return {};
  return form.prefix + label + form.suffix;
}

}  // namespace unlint
