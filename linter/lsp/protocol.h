// LSP positions and URIs: the only place where LSP's (line, character) pairs become byte offsets.
// Outgoing positions are made by report/json_reporter.h (lsp_range), from the same LineIndex.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/line_index.h"

namespace unlint::lsp {

// What `character` counts: UTF-16 code units (LSP's default) or UTF-8 bytes.
enum class PositionEncoding { kUtf16, kUtf8 };

// The byte offset in `text` of an LSP position. Past the end of a line means the line's end
// (before its break), past the last line means the end of the text; a UTF-8 column inside a
// character is moved back to the character's start, so edits never split one.
uint32_t offset_of(std::string_view text, const LineIndex& lines, uint32_t line, uint32_t character,
                   PositionEncoding encoding);

// "file:///tmp/a%20b.txt" → "/tmp/a b.txt"; nullopt for other schemes or a malformed URI.
std::optional<std::string> path_from_uri(std::string_view uri);

}  // namespace unlint::lsp
