// Micro-benchmarks (Google Benchmark): the ScanView, the glossary scan, and lint() per rule family.
// Run by ci/bench; figures are bytes/second of draft text.
#include <benchmark/benchmark.h>

#include <string>

#include "engine/lint.h"
#include "engine/rule_pack.h"
#include "text/scan_view.h"

namespace unlint {
namespace {

std::string sample(size_t bytes) {
  const std::string para =
      " 回顾大会 2015 年 9 月 25 日第 70/1 号决议，重申普遍定期审议作为促进加强人权领域\n\n"
      "国际合作的重要机制，请联合国人权事务高级专员办事处(人权高专办)向发展中国家提供技术援助和\n\n"
      "能力建设，见 A/HRC/44/28 号文件，包括所有利益相关方的参与， \n\n";
  std::string s;
  while (s.size() < bytes) s += para;
  return s;
}

const RulePack& pack() {
  static auto p = RulePack::build(Config{});
  return *p;
}

void BM_ScanView(benchmark::State& state) {
  std::string text = sample(1 << 20);
  for (auto _ : state) {
    ScanView v(text);
    benchmark::DoNotOptimize(v.text().data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ScanView);

void BM_GlossaryScan(benchmark::State& state) {
  std::string text = sample(1 << 20);
  ScanView v(text);
  std::vector<TermMatch> out;
  for (auto _ : state) {
    out.clear();
    pack().glossary().scan(v, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_GlossaryScan);

// lint() with only one family's rules on: what each family costs.
void BM_LintFamily(benchmark::State& state, const char* family) {
  std::string yaml = "rules:\n";
  for (const RuleInfo& r : registered_rules()) {
    if (!std::string_view(r.code).starts_with(family)) yaml += "  " + std::string(r.code) + ": off\n";
  }
  auto p = RulePack::build(yaml == "rules:\n" ? Config{} : parse_config(yaml, "bench.yaml", "."));
  std::string text = sample(1 << 20);
  Document doc("bench.txt", text);
  for (auto _ : state) benchmark::DoNotOptimize(lint(doc, *p).size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK_CAPTURE(BM_LintFamily, all, "");
BENCHMARK_CAPTURE(BM_LintFamily, term, "term.");
BENCHMARK_CAPTURE(BM_LintFamily, symbol, "symbol.");
BENCHMARK_CAPTURE(BM_LintFamily, date, "date.");
BENCHMARK_CAPTURE(BM_LintFamily, numbering, "numbering.");

void BM_RulePackBuild(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(RulePack::build(Config{}).get());
}
BENCHMARK(BM_RulePackBuild);

}  // namespace
}  // namespace unlint

BENCHMARK_MAIN();
