#include "symbols/symbol_grammar.h"

#include <gtest/gtest.h>

#include "engine/resources.h"
#include "text/scan_view.h"

namespace unlint::symbols {
namespace {

const SymbolRegistry& registry() {
  static const SymbolRegistry reg =
      SymbolRegistry::load(*Resources::bundled().find("rules/symbols.yaml"), "rules/symbols.yaml");
  return reg;
}

std::vector<SymbolFinding> scan(const std::string& text) {
  ScanView view(text);
  std::vector<SymbolFinding> out;
  scan_symbols(registry(), view, text, out);
  return out;
}

// Real symbols of many series, as printed on UN documents; each must be found whole and valid.
const char* const kValid[] = {
    "A/RES/70/1",
    "A/RES/60/251",
    "A/RES/44/25",
    "A/RES/S-13/2",
    "A/RES/ES-8/2",
    "A/RES/78/220",
    "A/RES/217 (III)",
    "A/RES/217 A (III)",
    "A/RES/3201 (S-VI)",
    "A/77/296",
    "A/78/35",
    "A/75/982",
    "A/52/3/Rev.1",
    "A/77/53/Add.1",
    "A/70/L.1",
    "A/54/L.74/Add.1",
    "A/C.3/78/L.41",
    "A/78/PV.16",
    "A/73/12 (Part I)",
    "A/ES-10/273/Corr.1",
    "A/75/53",
    "A/61/53",
    "A/66/53",
    "A/HRC/RES/44/1",
    "A/HRC/DEC/31/115",
    "A/HRC/PRST/6/2",
    "A/HRC/44/28",
    "A/HRC/43/68",
    "A/HRC/20/26",
    "A/HRC/51/33",
    "A/HRC/37/51",
    "A/HRC/45/2",
    "A/HRC/44/28/Add.1",
    "A/HRC/44/L.1",
    "A/HRC/27/L.2",
    "A/HRC/1/L.10/Add.1",
    "A/HRC/37/NGO/185",
    "A/HRC/37/CRP.1",
    "A/HRC/WG.6/31/CHN/1",
    "A/HRC/Sub.1/58/36",
    "A/HRC/2/2",
    "A/HRC/4/123",
    "A/HRC/6/22",
    "A/HRC/7/78",
    "A/HRC/S-30/2",
    "A/CONF.219/7",
    "A/CN.10/203",
    "S/RES/955 (1994)",
    "S/RES/1373 (2001)",
    "S/RES/2532 (2020)",
    "S/PRST/2020/5",
    "S/PRST/2014/16",
    "S/2023/363",
    "S/2003/529",
    "S/26695",
    "S/PV.4385",
    "S/INF/70",
    "S/INF/19/Rev.1/Add.1",
    "E/2023/30",
    "E/2023/15/Add.1",
    "E/2023/L.19",
    "E/CN.4/1998/53/Add.2",
    "E/CN.4/2006/84",
    "E/CN.5/2023/6/Corr.1",
    "E/CN.6/2023/L.3",
    "E/CN.4/Sub.2/2000/46",
    "E/CN.4/2000/2",
    "E/CN.4/Sub.2/1999/54",
    "E/CN.4/Sub.2/2000/NGO/4",
    "E/CN.4/Sub.2/2000/SR.25",
    "E/C.12/GC/25",
    "E/C.12/CHN/CO/3",
    "E/ICEF/2022/17",
    "E/ICEF/2021/25/Add.1",
    "CRC/C/GC/25",
    "CAT/C/SR.209",
    "CCPR/C/GC/37",
    "CEDAW/C/GC/39",
    "CRC/C/CHN/CO/3-4",
    "ST/SGB/2003/13",
    "ST/AI/189/Add.3/Rev.2",
    "ST/CS/SER.A/29/Rev.1",
    "ST/LIB/SER.B/5/Rev.5",
    "FCCC/CP/2015/10/Add.1",
    "JIU/REP/2014/6",
    "UNEP/EA.5/Res.14",
    "A/77/895-S/2023/363",
    "A/56/1026-S/2002/932",
    "A/49/180-S/1994/727",
    "E/CN.4/2001/2-E/CN.4/Sub.2/2000/46",
    "A/HRC/44/L.…",
    "E/CN.4/2005/SR.1-60",
};

TEST(SymbolGrammar, RealSymbolsAreValid) {
  EXPECT_GE(std::size(kValid), 60u);
  for (const char* s : kValid) {
    std::string text = std::string("见") + s + "。";
    auto found = scan(text);
    ASSERT_EQ(found.size(), 1u) << s;
    EXPECT_EQ(found[0].kind, SymbolFinding::Kind::kValid) << s;
    EXPECT_EQ(found[0].canonical, s);
    EXPECT_EQ(text.substr(found[0].view_begin, found[0].view_end - found[0].view_begin), s);
  }
}

struct Bad {
  const char* text;
  const char* corrected;  // "" when no fix is certain
  Defect defect;
};

const Bad kMalformed[] = {
    {"A／HRC／44／28", "A/HRC/44/28", Defect::kFullWidthSlash},
    {"Ａ/ＨＲＣ/44/28", "A/HRC/44/28", Defect::kFullWidth},
    {"A/HRC/４４/２８", "A/HRC/44/28", Defect::kFullWidth},
    {"Ａ／ＲＥＳ／７０／１", "A/RES/70/1", Defect::kFullWidthSlash},
    {"a/hrc/44/28", "A/HRC/44/28", Defect::kCase},
    {"A/HRC/44/l.1", "A/HRC/44/L.1", Defect::kCase},
    {"A/HRC/44/28/rev.1", "A/HRC/44/28/Rev.1", Defect::kCase},
    {"E/CN.4/SUB.2/2000/46", "E/CN.4/Sub.2/2000/46", Defect::kCase},
    {"S/1999/25/ADD.43", "S/1999/25/Add.43", Defect::kCase},
    {"A/HRC/Res/44/1", "A/HRC/RES/44/1", Defect::kCase},
    {"A/c.3/78/L.41", "A/C.3/78/L.41", Defect::kCase},
    {"CRC/C/chn/CO/3-4", "CRC/C/CHN/CO/3-4", Defect::kCase},
    {"E/2023/l.19", "E/2023/L.19", Defect::kCase},
    {"A/HRC/44/L.1/REV.1", "A/HRC/44/L.1/Rev.1", Defect::kCase},
    {"A/HRC/44/L1", "A/HRC/44/L.1", Defect::kMissingDot},
    {"E/CN4/2001/2", "E/CN.4/2001/2", Defect::kMissingDot},
    {"E/CN.4/Sub2/2000/46", "E/CN.4/Sub.2/2000/46", Defect::kMissingDot},
    {"A/HRC/WG6/31/CHN/1", "A/HRC/WG.6/31/CHN/1", Defect::kMissingDot},
    {"A/C3/78/L.41", "A/C.3/78/L.41", Defect::kMissingDot},
    {"E/CN.4/1998/53/Add2", "E/CN.4/1998/53/Add.2", Defect::kMissingDot},
    {"CAT/C/SR209", "CAT/C/SR.209", Defect::kMissingDot},
    {"A/78/PV16", "A/78/PV.16", Defect::kMissingDot},
    {"A/CONF219/7", "A/CONF.219/7", Defect::kMissingDot},
    {"E/C12/GC/25", "E/C.12/GC/25", Defect::kMissingDot},
    {"A/HRC/Sub1/58/36", "A/HRC/Sub.1/58/36", Defect::kMissingDot},
    {"A/HRC/44/28/Corr/1", "A/HRC/44/28/Corr.1", Defect::kSlashForDot},
    {"A/HRC/RES/44.1", "A/HRC/RES/44/1", Defect::kSeparator},
    {"A/RES/70-1", "A/RES/70/1", Defect::kSeparator},
    {"A/RES/70.1", "A/RES/70/1", Defect::kSeparator},
    {"A/HRC/44/RES/1", "A/HRC/RES/44/1", Defect::kOrder},
    {"A/RES/70/01", "A/RES/70/1", Defect::kLeadingZero},
    {"S/RES/0955 (1994)", "S/RES/955 (1994)", Defect::kLeadingZero},
    {"S/PRST/2020/05", "S/PRST/2020/5", Defect::kLeadingZero},
    {"ST/SGB/2003/013", "ST/SGB/2003/13", Defect::kLeadingZero},
    {"A//HRC/44/28", "A/HRC/44/28", Defect::kDoubleSlash},
    {"A\\HRC\\44\\28", "A/HRC/44/28", Defect::kBackslash},
    {"A / CN . 10 / 203", "A/CN.10/203", Defect::kSpace},
    {"A/HRC/ 44/28", "A/HRC/44/28", Defect::kSpace},
    {"E/CN.4/2001/2–E/CN.4/Sub.2/2000/46", "E/CN.4/2001/2-E/CN.4/Sub.2/2000/46",
     Defect::kJointDash},
    {"A/77/895 - S/2023/363", "A/77/895-S/2023/363", Defect::kJointDash},
    {"S/RES/2532(2020)", "S/RES/2532 (2020)", Defect::kMissingSpace},
    {"HRC/44/28", "A/HRC/44/28", Defect::kMissingRoot},
    {"S/RES/2532", "", Defect::kMissingYear},
    {"A/HRC/44", "", Defect::kShape},
    // Cut after the modifier, as a 2023 report has it at a sentence end (见FCCC/CP/2015/10/Add.).
    {"FCCC/CP/2015/10/Add", "", Defect::kModifierNumber},
    {"A/HRC/44/28/Corr", "", Defect::kModifierNumber},
};

TEST(SymbolGrammar, MalformedSymbolsAreCaught) {
  EXPECT_GE(std::size(kMalformed), 40u);
  for (const Bad& b : kMalformed) {
    std::string text = std::string("见") + b.text + "。";
    auto found = scan(text);
    ASSERT_EQ(found.size(), 1u) << b.text;
    const SymbolFinding& f = found[0];
    EXPECT_EQ(f.kind, SymbolFinding::Kind::kMalformed) << b.text;
    EXPECT_EQ(f.corrected, b.corrected) << b.text;
    EXPECT_NE(std::find(f.defects.begin(), f.defects.end(), b.defect), f.defects.end()) << b.text;
  }
}

TEST(SymbolGrammar, TrailingSlashBeforeChinesePunctuation) {
  auto found = scan("见A/HRC/44/28/。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].corrected, "A/HRC/44/28");
  EXPECT_EQ(found[0].defects, std::vector<Defect>{Defect::kTrailingSlash});
}

TEST(SymbolGrammar, UnknownSeriesWithSuggestion) {
  auto found = scan("见A/HRX/45/12。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, SymbolFinding::Kind::kUnknownSeries);
  EXPECT_EQ(found[0].unknown, "A/HRX/");
  EXPECT_EQ(found[0].suggestion, "A/HRC/45/12");

  found = scan("见CCRP/C/GC/37。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, SymbolFinding::Kind::kUnknownSeries);
  EXPECT_EQ(found[0].suggestion, "CCPR/C/GC/37");

  found = scan("见E/CN.4/Sbu.2/2000/46。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, SymbolFinding::Kind::kUnknownSeries);
  EXPECT_EQ(found[0].suggestion, "E/CN.4/Sub.2/2000/46");
}

TEST(SymbolGrammar, PdfLineBreaksInsideSymbolsAreTolerated) {
  for (const char* text :
       {"见A/HRC/\n44/28。", "见E/CN.4/2001/2-\nE/CN.4/Sub.2/2000/46。", "见A/HRC/44/\r\n  28。"}) {
    auto found = scan(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].kind, SymbolFinding::Kind::kValid) << text;
  }
}

TEST(SymbolGrammar, NotSymbols) {
  for (const char* text :
       {"艾滋病毒/艾滋病(HIV/AIDS)", "COVID-19 大流行", "TCP/IP 协议", "时速 80 km/h",
        "见 https://www.ohchr.org/EN/HRBodies/HRC/Pages/Home.aspx 网页", "ISO/IEC 27001 标准",
        "三分之一(1/3)", "2020/21 年度", "世卫组织，A75/10/Add.4号文件", "x/y/2", "UTF-8 编码",
        "and/or"}) {
    EXPECT_TRUE(scan(text).empty()) << text;
  }
}

TEST(SymbolGrammar, EditDistance) {
  EXPECT_EQ(edit_distance("HRX", "HRC"), 1);
  EXPECT_EQ(edit_distance("CCRP", "CCPR"), 1);
  EXPECT_EQ(edit_distance("Sbu", "SUB"), 1);
  EXPECT_EQ(edit_distance("", "ABC"), 3);
}

TEST(SymbolGrammar, MinimalDocEditReplacesFullWidthCharacters) {
  std::string have = "A／HRC／44／28";
  Edit e = minimal_doc_edit({10, static_cast<uint32_t>(10 + have.size())}, have, "A/HRC/44/28");
  EXPECT_EQ(e.span.begin, 11u);
  EXPECT_EQ(e.replacement, "/HRC/44/");
}

}  // namespace
}  // namespace unlint::symbols
