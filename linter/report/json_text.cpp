#include "report/json_text.h"

#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace unlint::json_text {

void append_string(std::string& out, std::string_view s) {
  out += '"';
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size();) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b >= 0x80) {
      size_t len = utf8::sequence_length(s, i);
      if (len == 0) {
        // Invalid UTF-8: let the library say so, as it would have.
        out += nlohmann::json(std::string(s)).dump();
        return;
      }
      i += len;
      continue;
    }
    if (b >= 0x20 && b != '"' && b != '\\') {
      ++i;
      continue;
    }
    out.append(s.data() + run, i - run);
    switch (b) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\r':
        out += "\\r";
        break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out += "\\u00";
        out += kHex[b >> 4];
        out += kHex[b & 0xF];
      }
    }
    run = ++i;
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void append_number(std::string& out, uint64_t n) {
  char buf[20];
  size_t len = 0;
  do {
    buf[len++] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n != 0);
  while (len > 0) out += buf[--len];
}

}  // namespace unlint::json_text
