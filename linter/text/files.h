// Writing files safely, and showing changes: atomic replace (temporary file + rename, keeping the
// original's permissions) and unified diffs of two texts.
#pragma once

#include <string>
#include <string_view>

namespace unlint {

// Replaces `path` with `bytes` through a temporary file in the same folder and rename(2), so the
// file is never lost or half-written; keeps the original's permission bits (a new file gets
// 0666 less the umask). Throws Error naming the file when it is read-only or cannot be written
// (the original is then untouched).
void write_file_atomically(const std::string& path, std::string_view bytes);

// A unified diff (3 lines of context) from `before` to `after`, labelled a/<path> and b/<path>;
// empty when the texts are equal.
std::string unified_diff(std::string_view before, std::string_view after, const std::string& path);

}  // namespace unlint
