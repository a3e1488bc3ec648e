#include "core/document.h"

#include <fmt/format.h>

namespace unlint {

std::string Document::location(uint32_t offset) const {
  Position p = lines_.position(offset);
  return fmt::format("{}:{}{}:{}", path_, container_ ? container_->line_name() : "", p.line + 1,
                     p.code_point + 1);
}

Document::Document(std::string path, std::string text, std::string encoding,
                   std::vector<DecodeProblem> problems)
    : path_(std::move(path)),
      text_(std::move(text)),
      encoding_(std::move(encoding)),
      problems_(std::move(problems)),
      lines_(text_) {}

Document::Document(std::string path, std::string text, std::string encoding,
                   std::shared_ptr<const Container> container, std::vector<uint32_t> line_starts)
    : path_(std::move(path)),
      text_(std::move(text)),
      encoding_(std::move(encoding)),
      container_(std::move(container)),
      lines_(text_, std::move(line_starts)) {}

}  // namespace unlint
