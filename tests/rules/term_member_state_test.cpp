#include <gtest/gtest.h>

#include "test_util.h"

namespace unlint::testing {
namespace {

// Each case marks where term.member-state must report, and gives the text after its fixes.
struct Case {
  const char* marked;
  const char* after;
};

class TermMemberStateCase : public ::testing::TestWithParam<Case> {};

TEST_P(TermMemberStateCase, ReportsTheMarkedSpansAndFixesThem) {
  Annotated a = annotate(GetParam().marked);
  auto diags = lint_text(a.text);
  EXPECT_EQ(spans_of(diags, "term.member-state"), a.spans) << GetParam().marked;
  EXPECT_EQ(fixed(a.text), GetParam().after);
}

INSTANTIATE_TEST_SUITE_P(
    Drafts, TermMemberStateCase,
    ::testing::Values(
        // The members of the United Nations are 会员国.
        Case{"请联合国[[成员国]]提交资料；", "请联合国会员国提交资料；"},
        Case{"代表属于不结盟国家运动的非联合国[[成员国]]。",
             "代表属于不结盟国家运动的非联合国会员国。"},
        // The members of a body are 成员国 (the Security Council's: 成员).
        Case{"非人权理事会[[会员国]]。", "非人权理事会成员国。"},
        Case{"提请经济及社会理事会[[会员国]]注意", "提请经济及社会理事会成员国注意"},
        // Official abbreviations (introduced first, so term.first-mention is quiet).
        Case{"经济及社会理事会(经社理事会)；经社理事会[[会员国]]",
             "经济及社会理事会(经社理事会)；经社理事会成员国"},
        Case{"亚洲及太平洋经济社会委员会(亚太经社会)；亚太经社会[[会员国]]和准成员",
             "亚洲及太平洋经济社会委员会(亚太经社会)；亚太经社会成员国和准成员"},
        Case{"安全理事会[[会员国]]一致认为", "安全理事会成员一致认为"},
        Case{"东南亚国家联盟[[会员国]]", "东南亚国家联盟成员国"},
        // Split by a PDF line break: found once, the break survives the fix.
        Case{"联合国[[成\n\n员国]]", "联合国会\n\n员国"},
        Case{"人权理事会[[会员\n国]]", "人权理事会成员\n国"},
        // Correct usage: nothing to report.
        Case{"联合国会员国和人权理事会成员国", "联合国会员国和人权理事会成员国"},
        Case{"请各会员国加强合作，", "请各会员国加强合作，"},
        Case{"加强会员国之间在人权领域的真诚合作，", "加强会员国之间在人权领域的真诚合作，"},
        // Not certain from the words before: left alone.
        Case{"请各成员国审议", "请各成员国审议"},
        Case{"欧洲联盟成员国和欧洲联盟会员国", "欧洲联盟成员国和欧洲联盟会员国"},
        // Specialized agencies call their members 会员国 in their own texts; not listed.
        Case{"世界卫生组织会员国和联合国教科文组织会员国",
             "世界卫生组织会员国和联合国教科文组织会员国"},
        Case{"安全理事会成员和安全理事会成员国", "安全理事会成员和安全理事会成员国"}, Case{"", ""}),
    [](const ::testing::TestParamInfo<Case>& info) { return "case" + std::to_string(info.index); });

TEST(TermMemberState, MessageExplainsBothWordsAndOffersAFix) {
  auto d = only(lint_text("联合国成员国"), "term.member-state");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].message.find("联合国会员国"), std::string::npos);
  EXPECT_NE(d[0].message.find("会员国"), std::string::npos);
  EXPECT_EQ(d[0].severity, Severity::kError);
  ASSERT_EQ(d[0].fixes.size(), 1u);

  auto body = only(lint_text("人权理事会会员国"), "term.member-state");
  ASSERT_EQ(body.size(), 1u);
  EXPECT_NE(body[0].message.find("人权理事会成员国"), std::string::npos);
}

TEST(TermMemberState, TheSharedDraftIsClean) {
  auto text = corpus_text();
  if (!text) GTEST_SKIP() << "../shared/corpus is not here";
  EXPECT_TRUE(only(lint_text(*text), "term.member-state").empty());
}

}  // namespace
}  // namespace unlint::testing
