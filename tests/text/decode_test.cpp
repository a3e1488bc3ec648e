#include "text/decode.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "core/error.h"
#include "test_util.h"

namespace unlint {
namespace {

TEST(Decode, Utf8WithAndWithoutBom) {
  auto a = decode_document("a", "人权理事会");
  EXPECT_EQ(a->encoding(), "UTF-8");
  EXPECT_EQ(a->text(), "人权理事会");
  auto b = decode_document("b", "\xEF\xBB\xBF人权");
  EXPECT_EQ(b->encoding(), "UTF-8 (BOM)");
  EXPECT_EQ(b->text(), "人权");
  EXPECT_EQ(encode_text(b->text(), b->encoding()), "\xEF\xBB\xBF人权");
}

TEST(Decode, Utf16WithBom) {
  std::string le("\xFF\xFE\xBA\x4E\x43\x67", 6);  // 人权
  auto d = decode_document("le", le);
  EXPECT_EQ(d->encoding(), "UTF-16LE");
  EXPECT_EQ(d->text(), "人权");
  EXPECT_EQ(encode_text(d->text(), d->encoding()), le);
  std::string be("\xFE\xFF\x4E\xBA\x67\x43", 6);
  EXPECT_EQ(decode_document("be", be)->text(), "人权");
}

TEST(Decode, Gb18030IsDetectedAndRoundTrips) {
  std::string utf8 =
      "人权理事会，重申致力于按照《联合国宪章》促进国际合作，以加强会员国之间在人权领域的真诚合作，"
      "回顾大会2015年9月25日第70/1号决议。";
  std::string gb = encode_text(utf8, "GB18030");
  ASSERT_NE(gb, utf8);
  auto d = decode_document("gb", gb);
  EXPECT_EQ(d->encoding(), "GB18030");
  EXPECT_EQ(d->text(), utf8);
  EXPECT_TRUE(d->problems().empty());
  EXPECT_EQ(encode_text(d->text(), d->encoding()), gb);
}

TEST(Decode, NamedEncodingWins) {
  std::string gb = encode_text("人权", "GB18030");
  EXPECT_EQ(decode_document("x", gb, "gb18030")->text(), "人权");
  EXPECT_THROW(decode_document("x", gb, "no-such-charset"), Error);
}

TEST(Decode, InvalidUtf8IsMarkedNotDropped) {
  std::string bytes = "abc\xFF\xFE" "def";
  auto d = decode_document("bad", bytes, "UTF-8");
  ASSERT_EQ(d->problems().size(), 1u);
  EXPECT_EQ(d->problems()[0].source_offset, 3u);
  EXPECT_EQ(d->text(), "abc\xEF\xBF\xBD\xEF\xBF\xBD" "def");
}

TEST(Decode, BinaryIsRefused) {
  std::string bytes("PK\x03\x04\0\0\0", 7);
  try {
    decode_document("x.bin", bytes);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("binary"), std::string::npos);
    EXPECT_EQ(e.file(), "x.bin");
  }
}

TEST(Decode, EmptyFileIsAnEmptyDocument) {
  auto d = decode_document("empty", "");
  EXPECT_EQ(d->text(), "");
  EXPECT_EQ(d->encoding(), "UTF-8");
}

TEST(Decode, MissingFileNamesTheFile) {
  try {
    read_document("no/such/file.txt");
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "no/such/file.txt");
  }
}

}  // namespace
}  // namespace unlint

namespace unlint {
namespace {

TEST(Decode, DirectoryGivenAsAFileIsAClearError) {
  try {
    read_document(".");
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("directory"), std::string::npos);
  }
}

TEST(Decode, AFileOverTheSizeLimitIsRefusedBeforeItIsRead) {
  // A sparse file: its size is over the limit, but no disk or memory is spent on it.
  testing::TempDir dir;
  std::string path = dir.path() + "/huge.txt";
  {
    std::ofstream f(path);
  }
  ASSERT_EQ(::truncate(path.c_str(), static_cast<off_t>(kMaxDocumentBytes) + 1), 0);
  try {
    read_document(path);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), path);
    EXPECT_NE(std::string(e.what()).find("1024 MiB"), std::string::npos) << e.what();
  }
}

TEST(Decode, AFileReadWholeWhateverItsSize) {
  testing::TempDir dir;
  std::string path = dir.path() + "/draft.txt";
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "人权理事会第44/1号决议\n";  // past the 64 KB first read
  {
    std::ofstream f(path, std::ios::binary);
    f << text;
  }
  EXPECT_EQ(read_file(path), text);
  EXPECT_EQ(read_document(path)->text(), text);
}

}  // namespace
}  // namespace unlint
