// JSON-RPC 2.0 over LSP's base protocol: Content-Length framing and the transports that carry it.
// FrameDecoder is pure (bytes in, frames out) so a fuzzer can drive it; it never throws and
// recovers from a bad header by skipping it. Transports move whole message bodies.
#pragma once

#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unlint::lsp {

// JSON-RPC and LSP error codes.
namespace error_code {
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
constexpr int kServerNotInitialized = -32002;
constexpr int kRequestFailed = -32803;
}  // namespace error_code

struct Frame {
  enum class Kind { kMessage, kBadHeader };
  Kind kind = Kind::kMessage;
  std::string body;   // kMessage: the JSON text, not yet parsed
  std::string error;  // kBadHeader: what was wrong, for the log and the error reply
};

// Splits a byte stream into frames: "Content-Length: N\r\n[other headers\r\n]\r\n" + N bytes.
// Header names are case-insensitive; a bare "\n" is accepted as a line end. A header block
// without a usable Content-Length yields kBadHeader and is skipped; so is a body larger than
// kMaxBody, whose bytes are then discarded as they arrive. After a bad header, bytes are skipped
// up to the next "Content-Length" so one broken message does not take the next one with it.
class FrameDecoder {
 public:
  static constexpr size_t kMaxHeader = 8 * 1024;
  static constexpr size_t kMaxBody = 64 * 1024 * 1024;

  void feed(std::string_view bytes);
  // The next complete frame, or nullopt until more bytes are fed.
  std::optional<Frame> next();
  // True when no partial frame is buffered (end of input here is a clean end).
  bool idle() const { return buffer_.size() == start_ && body_length_ < 0 && discard_ == 0; }

 private:
  void compact();

  std::string buffer_;
  size_t start_ = 0;            // bytes before this are consumed
  long long body_length_ = -1;  // >= 0 once a header has been read
  size_t discard_ = 0;          // bytes of an oversized body still to drop
  bool resync_ = false;         // after a bad header: skip to the next "Content-Length"
};

// "Content-Length: N\r\n\r\n" + body.
std::string encode_frame(std::string_view body);

// What a transport read produced.
struct Incoming {
  enum class Kind { kMessage, kBadHeader, kTimeout, kEnd };
  Kind kind = Kind::kEnd;
  std::string body;   // kMessage
  std::string error;  // kBadHeader
};

class Transport {
 public:
  virtual ~Transport() = default;
  // Waits up to `timeout_ms` (forever when negative) for the next message.
  virtual Incoming read(int timeout_ms) = 0;
  // Sends one message body; the transport frames it. Returns false once the peer is gone.
  virtual bool write(std::string_view body) = 0;
};

// The server's real transport: file descriptors (stdin and stdout), read with poll().
class FdTransport final : public Transport {
 public:
  FdTransport(int in_fd, int out_fd) : in_(in_fd), out_(out_fd) {}
  Incoming read(int timeout_ms) override;
  bool write(std::string_view body) override;

 private:
  int in_, out_;
  bool eof_ = false;
  bool broken_ = false;
  FrameDecoder decoder_;
};

// For tests: scripted input bytes, captured output. Deterministic: once the script is used up,
// a read with a timeout returns kTimeout (the "quiet moment" that lets debounced work run) and
// a read without one returns kEnd.
class MemoryTransport final : public Transport {
 public:
  void push_bytes(std::string_view bytes) { decoder_.feed(bytes); }
  void push(std::string_view body) { push_bytes(encode_frame(body)); }
  Incoming read(int timeout_ms) override;
  bool write(std::string_view body) override;

  const std::vector<std::string>& written() const { return written_; }
  // Bodies written since the last call.
  std::vector<std::string> take_written();

 private:
  FrameDecoder decoder_;
  std::vector<std::string> written_;
  size_t taken_ = 0;
};

}  // namespace unlint::lsp
