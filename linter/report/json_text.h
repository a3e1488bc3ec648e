// JSON text written straight into a string, exactly as nlohmann::json::dump() writes it (no
// spaces, UTF-8 kept as it is, quotes, backslashes and control characters escaped), for the
// report's per-finding output, which is too large to build as a tree first.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace unlint::json_text {

// `s` as a JSON string, quoted. Throws what nlohmann::json::dump() throws for invalid UTF-8.
void append_string(std::string& out, std::string_view s);
void append_number(std::string& out, uint64_t n);

// An object written member by member: {"a":1,"b":"x"}. Keys are written as given (plain ASCII).
class Object {
 public:
  explicit Object(std::string& out) : out_(out) { out_ += '{'; }
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;

  // Starts a member; its value is written next (a nested Object, or raw text).
  std::string& key(std::string_view k) {
    out_ += first_ ? "\"" : ",\"";
    first_ = false;
    out_ += k;
    out_ += "\":";
    return out_;
  }
  Object& string(std::string_view k, std::string_view v) {
    append_string(key(k), v);
    return *this;
  }
  Object& number(std::string_view k, uint64_t v) {
    append_number(key(k), v);
    return *this;
  }
  Object& boolean(std::string_view k, bool v) {
    key(k) += v ? "true" : "false";
    return *this;
  }
  void close() { out_ += '}'; }

 private:
  std::string& out_;
  bool first_ = true;
};

}  // namespace unlint::json_text
