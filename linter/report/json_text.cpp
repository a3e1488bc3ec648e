#include "report/json_text.h"

#include <nlohmann/json.hpp>

#include "core/byte_scan.h"
#include "text/utf8.h"

namespace unlint::json_text {

namespace {

void append_escaped(std::string& out, unsigned char b) {
  switch (b) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\b': out += "\\b"; break;
    case '\t': out += "\\t"; break;
    case '\n': out += "\\n"; break;
    case '\f': out += "\\f"; break;
    case '\r': out += "\\r"; break;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[b >> 4];
      out += kHex[b & 0xF];
    }
  }
}

// The bytes a JSON string must escape: controls, quote, backslash.
uint32_t to_escape(const char* p) {
  const bytes::Lanes x = bytes::load(p);
  return bytes::mask(bytes::le(x, 0x1F) | bytes::eq(x, '"') | bytes::eq(x, '\\'));
}

}  // namespace

void append_string(std::string& out, std::string_view s) {
  if (utf8::valid_prefix(s) != s.size()) {
    // Invalid UTF-8: let the library say so, as it would have.
    out += nlohmann::json(std::string(s)).dump();
    return;
  }
  out += '"';
  size_t run = 0;  // start of the bytes not yet copied
  bytes::Cursor escapes(s, to_escape);
  for (size_t i = 0; (i = escapes.next(i)) < s.size(); ++i) {
    out.append(s.data() + run, i - run);
    append_escaped(out, static_cast<unsigned char>(s[i]));
    run = i + 1;
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
