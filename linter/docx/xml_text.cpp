#include "docx/xml_text.h"

#include <charconv>

#include "text/utf8.h"

namespace unlint {

std::string_view local_name(pugi::xml_node node) {
  std::string_view name = node.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(pugi::xml_node node, std::string_view local) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_element && local_name(c) == local) return c;
  }
  return {};
}

std::string_view attr(pugi::xml_node node, std::string_view local) {
  for (pugi::xml_attribute a : node.attributes()) {
    std::string_view name = a.name();
    size_t colon = name.find(':');
    if ((colon == std::string_view::npos ? name : name.substr(colon + 1)) == local) return a.value();
  }
  return {};
}

int to_int(std::string_view s, int fallback) {
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && end == s.data() + s.size() ? v : fallback;
}

LineColumn line_column(std::string_view text, size_t offset) {
  LineColumn at;
  if (offset > text.size()) offset = text.size();
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++at.line;
      at.column = 1;
    } else {
      ++at.column;
    }
  }
  return at;
}

namespace {

// At raw[i] == '&': the character the escape stands for and its length, or {0, 0} when it is not
// a well-formed escape (the parser has accepted the part, so this does not happen in practice).
std::pair<char32_t, size_t> escape_at(std::string_view raw, size_t i) {
  size_t semi = raw.find(';', i);
  if (semi == std::string_view::npos || semi - i > 12) return {0, 0};
  std::string_view name = raw.substr(i + 1, semi - i - 1);
  size_t len = semi - i + 1;
  if (name == "amp") return {'&', len};
  if (name == "lt") return {'<', len};
  if (name == "gt") return {'>', len};
  if (name == "quot") return {'"', len};
  if (name == "apos") return {'\'', len};
  if (name.size() > 1 && name[0] == '#') {
    unsigned v = 0;
    bool hex = name[1] == 'x' || name[1] == 'X';
    std::string_view digits = name.substr(hex ? 2 : 1);
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v, hex ? 16 : 10);
    if (ec == std::errc() && end == digits.data() + digits.size() && v > 0 && v <= 0x10FFFF) {
      return {static_cast<char32_t>(v), len};
    }
  }
  return {0, 0};
}

}  // namespace

std::string xml_unescape(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size();) {
    if (raw[i] == '&') {
      auto [c, len] = escape_at(raw, i);
      if (len) {
        utf8::append(out, c);
        i += len;
        continue;
      }
    }
    out += raw[i++];
  }
  return out;
}

size_t raw_offset(std::string_view raw, size_t decoded) {
  size_t d = 0, i = 0;
  while (i < raw.size() && d < decoded) {
    if (raw[i] == '&') {
      auto [c, len] = escape_at(raw, i);
      if (len) {
        std::string tmp;
        utf8::append(tmp, c);
        if (d + tmp.size() > decoded) return i;
        d += tmp.size();
        i += len;
        continue;
      }
    }
    ++d;
    ++i;
  }
  return i;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace unlint
