#include <gtest/gtest.h>

#include "test_util.h"

namespace unlint::testing {
namespace {

std::vector<Diagnostic> symbol_findings(const std::string& text) {
  std::vector<Diagnostic> out;
  for (auto& d : lint_text(text)) {
    if (d.code.starts_with("symbol.")) out.push_back(d);
  }
  return out;
}

// Real symbols of varied series, in the sentences drafts put them in: no symbol finding.
const char* const kValid[] = {
    "见A/RES/70/1。",
    "大会A/RES/60/251号决议",
    "见A/RES/S-13/2和A/RES/ES-8/2。",
    "见A/RES/217 A (III)。",
    "见A/RES/3201 (S-VI)。",
    "见A/77/296，第5段。",
    "A/78/35号文件",
    "A/52/3/Rev.1",
    "见A/77/53/Add.1。",
    "决议草案A/70/L.1",
    "见A/54/L.74/Add.1。",
    "见A/C.3/78/L.41。",
    "见A/78/PV.16。",
    "见A/73/12 (Part I)。",
    "见A/ES-10/273/Corr.1。",
    "A/HRC/RES/44/1",
    "A/HRC/DEC/31/115",
    "A/HRC/PRST/6/2",
    "见A/HRC/44/28。",
    "2 A/HRC/43/68。",
    "A/HRC/20/26, 第29段",
    "见A/HRC/51/33，第87段。",
    "见A/HRC/44/28/Add.1。",
    "A/HRC/44/L.1",
    "A/HRC/1/L.10/Add.1",
    "A/HRC/37/NGO/185",
    "A/HRC/37/CRP.1",
    "A/HRC/WG.6/31/CHN/1",
    "A/HRC/2/2-A/HRC/Sub.1/58/36",
    "A/HRC/S-30/2",
    "见A/CONF.219/7。",
    "A/CN.10/203",
    "S/RES/955 (1994)",
    "S/RES/1373 (2001)",
    "S/PRST/2020/5",
    "S/2023/363",
    "S/26695",
    "S/PV.4385",
    "S/INF/70",
    "E/2023/30",
    "E/2023/15/Add.1",
    "E/2023/L.19",
    "E/CN.4/1998/53/Add.2",
    "E/CN.4/2006/84",
    "E/CN.5/2023/6/Corr.1",
    "E/CN.6/2023/L.3",
    "E/CN.4/Sub.2/2000/46",
    "E/CN.4/Sub.2/2000/NGO/4",
    "E/C.12/GC/25",
    "E/C.12/CHN/CO/3",
    "E/ICEF/2022/17",
    "CRC/C/GC/25",
    "CAT/C/SR.209",
    "CCPR/C/GC/37",
    "CEDAW/C/GC/39",
    "CRC/C/CHN/CO/3-4",
    "ST/SGB/2003/13",
    "ST/AI/189/Add.3/Rev.2",
    "ST/LIB/SER.B/5/Rev.5",
    "FCCC/CP/2015/10/Add.1",
    "JIU/REP/2014/6",
    "UNEP/EA.5/Res.14",
    "A/77/895-S/2023/363",
    "见 E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, 第二章，A 节。",
    "A/HRC/44/L.…",
    "见A/HRC/\n44/28。",
};

TEST(SymbolMalformed, RealSymbolsPass) {
  EXPECT_GE(std::size(kValid), 60u);
  for (const char* text : kValid) {
    auto d = symbol_findings(text);
    EXPECT_TRUE(d.empty()) << text << ": " << (d.empty() ? "" : d[0].message);
  }
}

struct Case {
  const char* marked;  // the expected span in [[ ]]
  const char* after;   // the text after the fix; nullptr when none is offered
};

const Case kCases[] = {
    {"见[[A／HRC／44／28]]。", "见A/HRC/44/28。"},
    {"见[[Ａ／ＨＲＣ／４３／６８]]。", "见A/HRC/43/68。"},
    {"见[[A/HRC/４４/２８]]。", "见A/HRC/44/28。"},
    {"见[[a/hrc/44/28]]。", "见A/HRC/44/28。"},
    {"决议草案[[A/HRC/44/l.1]]", "决议草案A/HRC/44/L.1"},
    {"见[[A/HRC/44/28/rev.1]]。", "见A/HRC/44/28/Rev.1。"},
    {"见[[E/CN.4/SUB.2/2000/46]]。", "见E/CN.4/Sub.2/2000/46。"},
    {"见[[S/1999/25/ADD.43]]。", "见S/1999/25/Add.43。"},
    {"见[[A/c.3/78/L.41]]。", "见A/C.3/78/L.41。"},
    {"见[[CRC/C/chn/CO/3-4]]。", "见CRC/C/CHN/CO/3-4。"},
    {"见[[A/HRC/44/L1]]。", "见A/HRC/44/L.1。"},
    {"见[[E/CN4/2001/2]]。", "见E/CN.4/2001/2。"},
    {"见[[E/CN.4/Sub2/2000/46]]。", "见E/CN.4/Sub.2/2000/46。"},
    {"见[[A/HRC/WG6/31/CHN/1]]。", "见A/HRC/WG.6/31/CHN/1。"},
    {"见[[E/CN.4/1998/53/Add2]]。", "见E/CN.4/1998/53/Add.2。"},
    {"见[[CAT/C/SR209]]。", "见CAT/C/SR.209。"},
    {"见[[A/78/PV16]]。", "见A/78/PV.16。"},
    {"见[[A/CONF219/7]]。", "见A/CONF.219/7。"},
    {"见[[E/C12/GC/25]]。", "见E/C.12/GC/25。"},
    {"见[[A/HRC/44/28/Corr/1]]。", "见A/HRC/44/28/Corr.1。"},
    {"见[[A/HRC/RES/44.1]]。", "见A/HRC/RES/44/1。"},
    {"见[[A/RES/70-1]]。", "见A/RES/70/1。"},
    {"见[[A/RES/70.1]]。", "见A/RES/70/1。"},
    {"见[[A/HRC/44/RES/1]]。", "见A/HRC/RES/44/1。"},
    {"见[[A/RES/70/01]]。", "见A/RES/70/1。"},
    {"见[[S/RES/0955 (1994)]]。", "见S/RES/955 (1994)。"},
    {"见[[S/PRST/2020/05]]。", "见S/PRST/2020/5。"},
    {"见[[ST/SGB/2003/013]]。", "见ST/SGB/2003/13。"},
    {"见[[A//HRC/44/28]]。", "见A/HRC/44/28。"},
    {"见[[A/HRC/44/28/]]。", "见A/HRC/44/28。"},
    {"见[[A\\HRC\\44\\28]]。", "见A/HRC/44/28。"},
    {"见[[A / CN . 10 / 203]]。", "见A/CN.10/203。"},
    {"见[[A/HRC/ 44/28]]。", "见A/HRC/44/28。"},
    {"见[[E/CN.4/2001/2–E/CN.4/Sub.2/2000/46]]。", "见E/CN.4/2001/2-E/CN.4/Sub.2/2000/46。"},
    {"见[[A/77/895 - S/2023/363]]。", "见A/77/895-S/2023/363。"},
    {"见[[S/RES/2532(2020)]]。", "见S/RES/2532 (2020)。"},
    {"见[[HRC/44/28]]。", "见A/HRC/44/28。"},
    {"见[[A/HRC/Res/44/1]]。", "见A/HRC/RES/44/1。"},
    {"见[[E/2023/l.19]]。", "见E/2023/L.19。"},
    {"见[[A ／HRC／44／28]]。", "见A/HRC/44/28。"},
    {"见[[S/RES/2532]]。", nullptr},
    {"见[[A/HRC/44]]号文件。", nullptr},
};

TEST(SymbolMalformed, MalformedSymbolsAreCaught) {
  EXPECT_GE(std::size(kCases), 40u);
  for (const Case& c : kCases) {
    Annotated a = annotate(c.marked);
    auto d = only(lint_text(a.text), "symbol.malformed");
    ASSERT_EQ(d.size(), 1u) << c.marked;
    EXPECT_EQ(d[0].span, a.spans[0]) << c.marked;
    EXPECT_EQ(d[0].severity, Severity::kError);
    if (c.after) {
      ASSERT_EQ(d[0].fixes.size(), 1u) << c.marked;
      EXPECT_EQ(fixed(a.text), c.after) << c.marked;
    } else {
      EXPECT_TRUE(d[0].fixes.empty()) << c.marked;
    }
  }
}

TEST(SymbolMalformed, MessageNamesTheDefectAndTheSymbol) {
  auto d = only(lint_text("见A／HRC／44／28。"), "symbol.malformed");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].message,
            "文号“A／HRC／44／28”使用了全角斜线，应为“A/HRC/44/28”。(malformed symbol: full-width "
            "solidus; use “A/HRC/44/28”)");
}

TEST(SymbolMalformed, FixKeepsUntouchedCharacters) {
  // Only the full-width solidus is replaced; the edit does not swallow the neighbours.
  auto d = only(lint_text("见A/HRC／44/28。"), "symbol.malformed");
  ASSERT_EQ(d.size(), 1u);
  ASSERT_EQ(d[0].fixes.size(), 1u);
  ASSERT_EQ(d[0].fixes[0].edits.size(), 1u);
  EXPECT_EQ(d[0].fixes[0].edits[0].replacement, "/");
  EXPECT_EQ(d[0].fixes[0].edits[0].span.size(), std::string("／").size());
}

// The real draft: every symbol and citation in it passes, also after the usual conversions.
std::string crlf(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '\n') o += '\r';
    o += c;
  }
  return o;
}

std::string no_digit_cjk_spaces(const std::string& s) {
  std::string o;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' && !o.empty()) {
      size_t j = i;
      while (j < s.size() && s[j] == ' ') ++j;
      unsigned char prev = static_cast<unsigned char>(o.back());
      unsigned char next = j < s.size() ? static_cast<unsigned char>(s[j]) : 0;
      bool pd = prev >= '0' && prev <= '9', nd = next >= '0' && next <= '9';
      if ((pd && next >= 0x80) || (prev >= 0x80 && nd)) {
        i = j - 1;
        continue;
      }
    }
    o += s[i];
  }
  return o;
}

std::string joined(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c != '\n' && c != '\r') o += c;
  }
  return o;
}

TEST(SymbolCorpus, RealDraftHasNoSymbolFindings) {
  auto text = corpus_text();
  if (!text) GTEST_SKIP() << "the shared corpus is not available here";
  const std::pair<const char*, std::string> variants[] = {
      {"original", *text},
      {"crlf", crlf(*text)},
      {"no spaces between digits and Chinese", no_digit_cjk_spaces(*text)},
      {"joined lines", joined(*text)},
  };
  for (const auto& [name, t] : variants) {
    for (const auto& d : symbol_findings(t)) {
      ADD_FAILURE() << name << ": " << d.code << " " << d.text << " " << d.message;
    }
  }
}

}  // namespace
}  // namespace unlint::testing
