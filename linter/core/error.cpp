#include "core/error.h"

#include <fmt/format.h>

namespace unlint {

std::string Error::where_and_what() const {
  if (file_.empty()) return what();
  if (line_ <= 0) return fmt::format("{}: {}", file_, what());
  if (column_ <= 0) return fmt::format("{}:{}: {}", file_, line_, what());
  return fmt::format("{}:{}:{}: {}", file_, line_, column_, what());
}

}  // namespace unlint
