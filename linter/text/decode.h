// Decoding at the edge: bytes of any supported encoding → a Document in UTF-8, and back.
// Supported: UTF-8 (with or without BOM), UTF-16LE/BE with BOM, GB18030/GBK (detected with ICU's
// charset detector when the bytes are not UTF-8, or named with --encoding).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/document.h"

namespace unlint {

// A path ending in .docx (.docm, .dotx, .dotm) is read as a Word package (docx/docx.h): its
// paragraphs become the Document's lines and `encoding` is ignored.
// Throws Error when the bytes are binary or the named encoding is unknown.
// Well-formed UTF-8 without a BOM (the usual case) becomes the text without a copy.
std::unique_ptr<Document> decode_document(std::string path, std::string bytes,
                                          std::string_view encoding = {});

// Reads a whole file and decodes it. Throws Error (naming the file) when it cannot be read.
std::unique_ptr<Document> read_document(const std::string& path, std::string_view encoding = {});

// Reads a whole file as bytes. Throws Error naming the file when it cannot be read or is larger
// than kMaxDocumentBytes.
std::string read_file(const std::string& path);

// The bytes to write back for a document's text in its original encoding (BOM included).
std::string encode_text(std::string_view utf8, std::string_view encoding);

}  // namespace unlint
