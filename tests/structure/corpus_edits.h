// Copies of the corpus draft as extraction and drafting change it: CRLF, spaces between digits and
// Chinese removed, wrapped lines joined (three ways), paragraphs inserted, deleted and swapped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/utf8.h"

namespace unlint::testing {

inline std::string to_crlf(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

// "2020 年 6 月" → "2020年6月"; " 1 见" → " 1见".
inline std::string remove_digit_han_spaces(std::string_view s) {
  std::string out;
  char32_t prev = 0;
  size_t i = 0;
  auto joinable = [](char32_t a, char32_t b) {
    bool da = a >= '0' && a <= '9', db = b >= '0' && b <= '9';
    return (da && utf8::is_han(b)) || (utf8::is_han(a) && db);
  };
  while (i < s.size()) {
    if (s[i] == ' ') {
      size_t j = i;
      while (j < s.size() && s[j] == ' ') ++j;
      size_t k = j;
      char32_t next = j < s.size() ? utf8::next(s, k) : 0;
      if (!joinable(prev, next)) out.append(s.substr(i, j - i));
      i = j;
      continue;
    }
    size_t start = i;
    prev = utf8::next(s, i);
    out.append(s.substr(start, i - start));
  }
  return out;
}

inline std::vector<std::string> split_lines(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i <= s.size()) {
    size_t j = s.find('\n', i);
    if (j == std::string_view::npos) j = s.size();
    out.emplace_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

inline bool blank(const std::string& l) { return l.find_first_not_of(" \t\r") == std::string::npos; }

// One line per paragraph: blank lines dropped, a line that does not start with a space joined to
// the line before it.
inline std::string join_indented(std::string_view s) {
  std::string out;
  for (const std::string& l : split_lines(s)) {
    if (blank(l)) continue;
    if (!out.empty() && l[0] != ' ') {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out += l;
    } else {
      if (!out.empty()) out += '\n';
      out += l;
    }
  }
  return out + "\n";
}

// Lines within a block (between blank lines) joined: what a "blank line = paragraph" tool does.
inline std::string join_blocks(std::string_view s) {
  std::string out, block;
  for (const std::string& l : split_lines(s)) {
    if (blank(l)) {
      if (!block.empty()) out += block + "\n\n";
      block.clear();
    } else {
      block += l;
    }
  }
  if (!block.empty()) out += block + "\n";
  return out;
}

// A line joined to the next unless it ends a clause (，；。：): what an "unwrap" tool does.
inline std::string join_unterminated(std::string_view s) {
  std::string out;
  bool open = false;
  for (std::string l : split_lines(s)) {
    if (blank(l)) continue;
    while (!l.empty() && l.back() == ' ') l.pop_back();
    if (open) {
      out += l;
    } else {
      if (!out.empty()) out += '\n';
      out += l;
    }
    std::string_view v = l;
    open = !(v.ends_with("，") || v.ends_with("；") || v.ends_with("。") || v.ends_with("："));
  }
  return out + "\n";
}

// Every line break gone.
inline std::string one_line(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != '\n' && c != '\r') out += c;
  }
  return out;
}

// The byte range of operative paragraph `n` in the corpus: from its line to the next paragraph's.
inline std::pair<size_t, size_t> paragraph_block(const std::string& text, int n) {
  auto find_para = [&](int k) -> size_t {
    std::string a = "\n " + std::to_string(k) + ". ", b = "\n  " + std::to_string(k) + ". ";
    size_t at = text.find(a);
    if (at == std::string::npos) at = text.find(b);
    return at == std::string::npos ? std::string::npos : at + 1;
  };
  size_t begin = find_para(n);
  size_t end = find_para(n + 1);
  if (end == std::string::npos) end = text.find("\n\n\n", begin) + 1;
  return {begin, end};
}

inline std::string insert_paragraph(const std::string& text, int before, const std::string& line) {
  auto [b, e] = paragraph_block(text, before);
  (void)e;
  return text.substr(0, b) + line + "\n\n" + text.substr(b);
}

inline std::string delete_paragraph(const std::string& text, int n) {
  auto [b, e] = paragraph_block(text, n);
  return text.substr(0, b) + text.substr(e);
}

// Paragraphs n and n + 1 change places, numbers and all.
inline std::string swap_paragraphs(const std::string& text, int n) {
  auto [b1, e1] = paragraph_block(text, n);
  auto [b2, e2] = paragraph_block(text, n + 1);
  return text.substr(0, b1) + text.substr(b2, e2 - b2) + text.substr(b1, e1 - b1) + text.substr(e2);
}

inline std::string replace_once(std::string text, std::string_view from, std::string_view to) {
  size_t at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

}  // namespace unlint::testing
