#include "core/document.h"

namespace unlint {

Document::Document(std::string path, std::string text, std::string encoding,
                   std::vector<DecodeProblem> problems)
    : path_(std::move(path)),
      text_(std::move(text)),
      encoding_(std::move(encoding)),
      problems_(std::move(problems)),
      lines_(text_) {}

}  // namespace unlint
