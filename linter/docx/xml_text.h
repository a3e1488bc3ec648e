// Small helpers over pugixml for WordprocessingML: elements and attributes by local name (the
// prefix is whatever the package chose, usually w:), and XML character escapes with positions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace unlint {

// "w:p" → "p".
std::string_view local_name(pugi::xml_node node);
// The first child element with this local name (a null node when there is none).
pugi::xml_node child(pugi::xml_node node, std::string_view local);
// The value of the attribute with this local name ("" when absent).
std::string_view attr(pugi::xml_node node, std::string_view local);
int to_int(std::string_view s, int fallback);

struct LineColumn {
  size_t line = 1, column = 1;  // 1-based; column in bytes
};
LineColumn line_column(std::string_view text, size_t offset);

// Character data as it stands in XML (&amp; &lt; &#x4E2D; ...) → the text it means.
std::string xml_unescape(std::string_view raw);
// The offset in `raw` where the `decoded`-th byte of its unescaped text begins (an escape is never
// split: an offset inside one maps to its start).
size_t raw_offset(std::string_view raw, size_t decoded);
// Text → character data for a text node.
std::string xml_escape(std::string_view text);

}  // namespace unlint
