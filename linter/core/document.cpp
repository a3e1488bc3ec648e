#include "core/document.h"

#include <fmt/format.h>

#include "core/error.h"

namespace unlint {

namespace {

const std::string& checked(const std::string& path, const std::string& text) {
  if (text.size() > kMaxDocumentBytes) {
    throw Error(path, 0, 0,
                fmt::format("is {} MiB of text; unlint checks documents of up to {} MiB",
                            text.size() >> 20, kMaxDocumentBytes >> 20));
  }
  return text;
}

}  // namespace

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
      lines_(checked(path_, text_)) {}

Document::Document(std::string path, std::string text, std::string encoding,
                   std::shared_ptr<const Container> container, std::vector<uint32_t> line_starts)
    : path_(std::move(path)),
      text_(std::move(text)),
      encoding_(std::move(encoding)),
      container_(std::move(container)),
      lines_(checked(path_, text_), std::move(line_starts)) {}

}  // namespace unlint
