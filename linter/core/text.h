// Text: an immutable string that copies share. A rule that reports one variant ten thousand
// times in a document builds its message once; every finding holds the same bytes, not a copy.
#pragma once

#include <fmt/format.h>

#include <compare>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace unlint {

class Text {
 public:
  Text() = default;
  Text(std::string s)  // NOLINT(google-explicit-constructor): a string is a Text
      : p_(s.empty() ? nullptr : std::make_shared<const std::string>(std::move(s))) {}
  Text(const char* s) : Text(std::string(s)) {}  // NOLINT(google-explicit-constructor)

  const std::string& str() const { return p_ ? *p_ : empty_string(); }
  operator const std::string&() const { return str(); }  // NOLINT(google-explicit-constructor)
  operator std::string_view() const { return str(); }    // NOLINT(google-explicit-constructor)

  bool empty() const { return str().empty(); }
  size_t size() const { return str().size(); }
  const char* data() const { return str().data(); }
  const char* c_str() const { return str().c_str(); }
  size_t find(std::string_view s, size_t pos = 0) const { return str().find(s, pos); }
  size_t find(char c, size_t pos = 0) const { return str().find(c, pos); }
  bool starts_with(std::string_view s) const { return str().starts_with(s); }

  // Exact overloads for each kind of string, so that no comparison needs a choice between two
  // conversions.
  friend bool operator==(const Text& a, const Text& b) { return a.p_ == b.p_ || a.str() == b.str(); }
  friend bool operator==(const Text& a, std::string_view b) { return a.str() == b; }
  friend bool operator==(const Text& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const Text& a, const char* b) { return a.str() == b; }
  friend auto operator<=>(const Text& a, const Text& b) { return a.str() <=> b.str(); }
  friend std::string operator+(const std::string& a, const Text& b) { return a + b.str(); }
  friend std::string operator+(const Text& a, const std::string& b) { return a.str() + b; }
  friend std::ostream& operator<<(std::ostream& os, const Text& t) { return os << t.str(); }

 private:
  static const std::string& empty_string() {
    static const std::string empty;
    return empty;
  }
  std::shared_ptr<const std::string> p_;
};

}  // namespace unlint

template <>
struct fmt::formatter<unlint::Text> : fmt::formatter<std::string_view> {
  template <class Context>
  auto format(const unlint::Text& t, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(std::string_view(t.str()), ctx);
  }
};
