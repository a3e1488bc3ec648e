#include <gtest/gtest.h>

#include "test_util.h"

namespace unlint::testing {
namespace {

TEST(SymbolUnknownSeries, SuggestsTheNearestSeries) {
  struct Case {
    const char* marked;
    const char* suggestion;
  } cases[] = {
      {"见[[A/HRX/45/12]]。", "A/HRC/45/12"},
      {"见[[CCRP/C/GC/37]]。", "CCPR/C/GC/37"},
      {"见[[E/CN.4/Sbu.2/2000/46]]。", "E/CN.4/Sub.2/2000/46"},
      {"见[[A/HCR/44/28]]。", "A/HRC/44/28"},
      {"见[[CEDWA/C/GC/39]]。", "CEDAW/C/GC/39"},
  };
  for (const auto& c : cases) {
    Annotated a = annotate(c.marked);
    auto all = lint_text(a.text);
    auto d = only(all, "symbol.unknown-series");
    ASSERT_EQ(d.size(), 1u) << c.marked;
    EXPECT_EQ(d[0].span, a.spans[0]);
    EXPECT_EQ(d[0].severity, Severity::kWarning);
    EXPECT_NE(d[0].message.find(c.suggestion), std::string::npos) << d[0].message;
    EXPECT_TRUE(d[0].fixes.empty());
    EXPECT_TRUE(only(all, "symbol.malformed").empty()) << c.marked;
  }
}

TEST(SymbolUnknownSeries, MessageForA_HRX) {
  auto d = only(lint_text("见A/HRX/45/12。"), "symbol.unknown-series");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].message,
            "文号“A/HRX/45/12”的系列“A/HRX/”不在联合国文号系列登记表中，是否应为“A/HRC/45/12”？"
            "(unknown symbol series “A/HRX/”; did you mean “A/HRC/45/12”?)");
}

TEST(SymbolUnknownSeries, SymbolsOfLessCommonSeriesAreSilent) {
  const char* const symbols[] = {
      "A/78/L.1",
      "A/HRC/52/L.10/Rev.1",
      "E/2023/SR.15",
      "CRC/C/OPAC/CHN/CO/1",
      "CCPR/C/127/D/2711/2015",
      "A/CONF.157/23",
      "S/PV.8734",
      "A/ES-11/L.1",
      "A/HRC/RES/S-33/1",
      "UNW/2023/1",
      "DP/FPA/CPD/CHN/9",
      "A/HRC/55/NI/1",
      "A/HRC/55/G/1",
      "A/HRC/WGAD/2023/1",
      "A/INF/78/4",
      "A/BUR/78/1",
      "A/CN.9/1125",
      "A/CN.4/L.971",
      "A/AC.109/2023/1",
      "E/CN.15/2023/L.1",
      "E/C.19/2023/3",
      "E/RES/2023/13",
      "E/2023/INF/2",
      "E/HLPF/2023/1",
      "TD/B/70/1",
      "TD/B/C.I/55",
      "UNEP/EA.6/Res.1",
      "ST/SGB/2019/8",
      "FCCC/PA/CMA/2023/16/Add.1",
      "ISBA/28/A/1",
      "CERD/C/CHN/CO/18-19",
      "CRPD/C/CHN/CO/2-3",
      "HRI/GEN/1/Rev.9 (Vol. I)",
      "HRI/CORE/CHN/2010",
      "A/HRC/WG.2/19/2",
      "A/HRC/PRST/OS/11/1",
      "A/HRC/52/L.xx",
      "S/RES/2719 (2023)",
      "A/C.5/78/L.12/Rev.1",
      "A/C.1/78/PV.10",
      "A/S-26/2",
      "ST/ESA/SER.A/423",
      "ST/IC/2023/15",
      "A/78/6 (Sect. 24)",
      "E/ICEF/2023/P/L.1",
      "DP/DCP/CHN/4",
      "E/C.12/GC/24",
      "A/77/5 (Vol. I)",
      "E/CN.4/2005/SR.1-60",
  };
  for (const char* s : symbols) {
    std::string text = std::string("见") + s + "。";
    for (const auto& d : lint_text(text)) {
      EXPECT_FALSE(d.code.starts_with("symbol.")) << s << ": " << d.message;
    }
  }
}

TEST(SymbolUnknownSeries, UnrelatedLatinTextIsSilent) {
  for (const char* text :
       {"艾滋病毒/艾滋病(HIV/AIDS)", "WHO/2020/5 号文件", "ICC-01/04-01/06 号案", "ISO/IEC 27001",
        "见 https://undocs.org/A/HRC/44/28 。", "世卫组织WHA73.1号决议", "WHO/2019-nCoV/1",
        "CBD/COP/DEC/15/4", "ECE/TRANS/2023/1", "EC/74/SC/CRP.1", "UNFCCC/SBSTA", "5G/6G", "G20/G7",
        "IPv4/IPv6", "H1N1/09", "第1/CMA.3号决定", "COVID-19/SARS-CoV-2",
        "www.un.org/zh/documents"}) {
    auto d = lint_text(text);
    EXPECT_TRUE(only(d, "symbol.unknown-series").empty()) << text;
    EXPECT_TRUE(only(d, "symbol.malformed").empty()) << text;
  }
}

}  // namespace
}  // namespace unlint::testing
