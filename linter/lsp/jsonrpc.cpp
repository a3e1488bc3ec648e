#include "lsp/jsonrpc.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <chrono>

namespace unlint::lsp {

namespace {

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// Case-insensitive search for lower-case `needle` in `hay` from `from`.
size_t ifind(const std::string& hay, std::string_view needle, size_t from) {
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    size_t k = 0;
    while (k < needle.size()) {
      char c = hay[i + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != needle[k]) break;
      ++k;
    }
    if (k == needle.size()) return i;
  }
  return std::string::npos;
}

// Where the header block starting at `from` ends (the index after its blank line), or npos.
size_t header_end(const std::string& buf, size_t from) {
  size_t line = from;
  while (true) {
    size_t nl = buf.find('\n', line);
    if (nl == std::string::npos) return std::string::npos;
    std::string_view content(buf.data() + line, nl - line);
    if (!content.empty() && content.back() == '\r') content.remove_suffix(1);
    if (content.empty()) return nl + 1;
    line = nl + 1;
  }
}

}  // namespace

void FrameDecoder::feed(std::string_view bytes) {
  if (discard_ > 0) {
    size_t n = std::min(discard_, bytes.size());
    discard_ -= n;
    bytes.remove_prefix(n);
  }
  buffer_.append(bytes);
}

void FrameDecoder::compact() {
  if (start_ > 0 && (start_ >= buffer_.size() || start_ > 64 * 1024)) {
    buffer_.erase(0, start_);
    start_ = 0;
  }
}

std::optional<Frame> FrameDecoder::next() {
  if (discard_ > 0) return std::nullopt;
  if (body_length_ < 0) {
    if (resync_) {
      // After a bad header the bytes that follow (likely its body) mean nothing: skip to the next
      // "Content-Length", keeping a tail that may be the start of one.
      size_t at = ifind(buffer_, "content-length", start_);
      if (at == std::string::npos) {
        constexpr size_t kKeep = sizeof("content-length") - 2;
        if (buffer_.size() - start_ > kKeep) start_ = buffer_.size() - kKeep;
        compact();
        return std::nullopt;
      }
      start_ = at;
      resync_ = false;
    }
    // Blank lines between messages are harmless: skip them.
    while (start_ < buffer_.size() && (buffer_[start_] == '\r' || buffer_[start_] == '\n')) {
      ++start_;
    }
    size_t end = header_end(buffer_, start_);
    if (end == std::string::npos) {
      if (buffer_.size() - start_ > kMaxHeader) {
        start_ = buffer_.size();
        resync_ = true;
        compact();
        return Frame{Frame::Kind::kBadHeader, "", "header longer than 8 KiB without an end"};
      }
      compact();
      return std::nullopt;
    }
    std::string_view block(buffer_.data() + start_, end - start_);
    start_ = end;
    long long length = -1;
    std::string problem;
    while (!block.empty()) {
      size_t nl = block.find('\n');
      std::string_view line = trim(block.substr(0, nl));
      block.remove_prefix(nl == std::string_view::npos ? block.size() : nl + 1);
      if (line.empty()) continue;
      size_t colon = line.find(':');
      if (colon == std::string_view::npos) {
        problem = "header line without ':'";
        break;
      }
      std::string_view name = trim(line.substr(0, colon)), value = trim(line.substr(colon + 1));
      if (iequals(name, "Content-Length")) {
        unsigned long long n = 0;
        auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (ec != std::errc() || ptr != value.data() + value.size() || value.empty()) {
          problem = "Content-Length is not a number";
          break;
        }
        if (n > kMaxBody) {
          // Drop the body as it comes, so the stream stays in step.
          size_t have = buffer_.size() - start_;
          size_t drop = static_cast<size_t>(std::min<unsigned long long>(n, have));
          start_ += drop;
          discard_ = static_cast<size_t>(n - drop);
          compact();
          return Frame{Frame::Kind::kBadHeader, "", "Content-Length larger than 64 MiB"};
        }
        length = static_cast<long long>(n);
      }
    }
    if (problem.empty() && length < 0) problem = "no Content-Length header";
    if (!problem.empty()) {
      resync_ = true;
      compact();
      return Frame{Frame::Kind::kBadHeader, "", problem};
    }
    body_length_ = length;
  }
  size_t need = static_cast<size_t>(body_length_);
  if (buffer_.size() - start_ < need) return std::nullopt;
  Frame f{Frame::Kind::kMessage, buffer_.substr(start_, need), ""};
  start_ += need;
  body_length_ = -1;
  compact();
  return f;
}

std::string encode_frame(std::string_view body) {
  std::string out = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  out.append(body);
  return out;
}

namespace {

Incoming from_frame(Frame f) {
  if (f.kind == Frame::Kind::kBadHeader) return {Incoming::Kind::kBadHeader, "", f.error};
  return {Incoming::Kind::kMessage, std::move(f.body), ""};
}

}  // namespace

Incoming FdTransport::read(int timeout_ms) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms < 0 ? 0 : timeout_ms);
  while (true) {
    if (auto f = decoder_.next()) return from_frame(std::move(*f));
    if (eof_) return {Incoming::Kind::kEnd, "", ""};
    int wait = -1;
    if (timeout_ms >= 0) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
      wait = left.count() > 0 ? static_cast<int>(left.count()) : 0;
    }
    pollfd p{in_, POLLIN, 0};
    int r = ::poll(&p, 1, wait);
    if (r < 0) {
      if (errno == EINTR) continue;
      eof_ = true;
      continue;
    }
    if (r == 0) return {Incoming::Kind::kTimeout, "", ""};
    char buf[65536];
    ssize_t n = ::read(in_, buf, sizeof buf);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n <= 0) {
      eof_ = true;
      continue;
    }
    decoder_.feed(std::string_view(buf, static_cast<size_t>(n)));
  }
}

bool FdTransport::write(std::string_view body) {
  if (broken_) return false;
  std::string frame = encode_frame(body);
  size_t at = 0;
  while (at < frame.size()) {
    ssize_t n = ::write(out_, frame.data() + at, frame.size() - at);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      broken_ = true;
      return false;
    }
    at += static_cast<size_t>(n);
  }
  return true;
}

Incoming MemoryTransport::read(int timeout_ms) {
  if (auto f = decoder_.next()) return from_frame(std::move(*f));
  if (timeout_ms >= 0) return {Incoming::Kind::kTimeout, "", ""};
  return {Incoming::Kind::kEnd, "", ""};
}

bool MemoryTransport::write(std::string_view body) {
  written_.emplace_back(body);
  return true;
}

std::vector<std::string> MemoryTransport::take_written() {
  std::vector<std::string> out(written_.begin() + static_cast<std::ptrdiff_t>(taken_),
                               written_.end());
  taken_ = written_.size();
  return out;
}

}  // namespace unlint::lsp
