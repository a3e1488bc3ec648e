// Content-Length framing: split input, bad headers, recovery, oversized bodies.
#include "lsp/jsonrpc.h"

#include <gtest/gtest.h>

namespace unlint::lsp {
namespace {

std::vector<Frame> drain(FrameDecoder& d) {
  std::vector<Frame> out;
  while (auto f = d.next()) out.push_back(std::move(*f));
  return out;
}

TEST(LspFraming, DecodesFramesFedByteByByte) {
  std::string stream = encode_frame(R"({"a":1})") + encode_frame("{\"b\":\"普遍定期审议\"}");
  FrameDecoder d;
  std::vector<Frame> frames;
  for (char c : stream) {
    d.feed(std::string_view(&c, 1));
    for (auto& f : drain(d)) frames.push_back(std::move(f));
  }
  ASSERT_EQ(frames.size(), 2u);
  EXPECT_EQ(frames[0].body, R"({"a":1})");
  EXPECT_EQ(frames[1].body, "{\"b\":\"普遍定期审议\"}");
  EXPECT_TRUE(d.idle());
}

TEST(LspFraming, AcceptsOtherHeadersAnyCaseAndBareNewlines) {
  FrameDecoder d;
  d.feed("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 2\r\n\r\n{}");
  d.feed("CONTENT-LENGTH:2\n\n[]");
  auto frames = drain(d);
  ASSERT_EQ(frames.size(), 2u);
  EXPECT_EQ(frames[0].body, "{}");
  EXPECT_EQ(frames[1].body, "[]");
}

TEST(LspFraming, ReportsAMissingOrBadLengthAndRecoversAtTheNextMessage) {
  FrameDecoder d;
  d.feed("Content-Type: text/plain\r\n\r\n{\"lost\":true}");
  d.feed(encode_frame("{}"));
  d.feed("Content-Length: twelve\r\n\r\n{\"lost\":2}");
  d.feed(encode_frame("[1]"));
  auto frames = drain(d);
  ASSERT_EQ(frames.size(), 4u);
  EXPECT_EQ(frames[0].kind, Frame::Kind::kBadHeader);
  EXPECT_EQ(frames[0].error, "no Content-Length header");
  EXPECT_EQ(frames[1].kind, Frame::Kind::kMessage);
  EXPECT_EQ(frames[1].body, "{}");
  EXPECT_EQ(frames[2].kind, Frame::Kind::kBadHeader);
  EXPECT_EQ(frames[2].error, "Content-Length is not a number");
  EXPECT_EQ(frames[3].body, "[1]");
}

TEST(LspFraming, GarbageWithoutAHeaderEndIsDroppedAfterTheLimit) {
  FrameDecoder d;
  d.feed(std::string(FrameDecoder::kMaxHeader + 10, 'x'));
  auto frames = drain(d);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_EQ(frames[0].kind, Frame::Kind::kBadHeader);
  d.feed(encode_frame("{}"));
  frames = drain(d);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_EQ(frames[0].body, "{}");
}

TEST(LspFraming, AnOversizedBodyIsSkippedAsItArrives) {
  FrameDecoder d;
  size_t big = FrameDecoder::kMaxBody + 5;
  d.feed("Content-Length: " + std::to_string(big) + "\r\n\r\n");
  auto frames = drain(d);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_EQ(frames[0].kind, Frame::Kind::kBadHeader);
  // The body arrives in chunks and is dropped, never buffered.
  std::string chunk(1 << 20, 'y');
  for (size_t sent = 0; sent < big;) {
    size_t n = std::min(chunk.size(), big - sent);
    d.feed(std::string_view(chunk.data(), n));
    sent += n;
    EXPECT_TRUE(drain(d).empty());
  }
  d.feed(encode_frame("{}"));
  frames = drain(d);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_EQ(frames[0].body, "{}");
}

TEST(LspFraming, ATruncatedFrameWaitsAndIsNotIdle) {
  FrameDecoder d;
  d.feed("Content-Length: 10\r\n\r\n{\"a\"");
  EXPECT_TRUE(drain(d).empty());
  EXPECT_FALSE(d.idle());
}

TEST(LspFraming, MemoryTransportTimesOutOnlyWhenAskedTo) {
  MemoryTransport t;
  t.push("{}");
  EXPECT_EQ(t.read(-1).kind, Incoming::Kind::kMessage);
  EXPECT_EQ(t.read(100).kind, Incoming::Kind::kTimeout);
  EXPECT_EQ(t.read(-1).kind, Incoming::Kind::kEnd);
}

}  // namespace
}  // namespace unlint::lsp
