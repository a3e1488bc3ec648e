// unlint::Error: the one exception type, thrown by loaders and decoders only.
// It names where the problem is (file, and for YAML line and column, 1-based) and what was expected.
#pragma once

#include <stdexcept>
#include <string>

namespace unlint {

class Error : public std::runtime_error {
 public:
  explicit Error(std::string message) : std::runtime_error(message) {}
  Error(std::string file, int line, int column, const std::string& message)
      : std::runtime_error(message), file_(std::move(file)), line_(line), column_(column) {}

  const std::string& file() const { return file_; }
  int line() const { return line_; }      // 0 when unknown
  int column() const { return column_; }  // 0 when unknown
  // "file:line:col: message", or as much of it as is known.
  std::string where_and_what() const;

 private:
  std::string file_;
  int line_ = 0;
  int column_ = 0;
};

}  // namespace unlint
