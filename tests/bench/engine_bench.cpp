// Micro-benchmarks (Google Benchmark): decoding, the ScanView, the glossary scan (bundled and with
// 10,000 more concepts), each family's recogniser alone, lint() per rule family, and the nightly
// report's outputs. Run by ci/bench; figures are bytes/second of draft text.
#include <benchmark/benchmark.h>

#include <random>
#include <string>

#include "dates/date_parser.h"
#include "engine/lint.h"
#include "engine/resources.h"
#include "engine/rule_pack.h"
#include "report/html_reporter.h"
#include "report/report_model.h"
#include "report/sarif_reporter.h"
#include "structure/paragraphs.h"
#include "symbols/citation.h"
#include "symbols/registry.h"
#include "symbols/symbol_grammar.h"
#include "text/decode.h"
#include "text/scan_view.h"
#include "text/utf8.h"

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

void BM_Decode(benchmark::State& state) {
  std::string text = sample(1 << 20);
  for (auto _ : state) benchmark::DoNotOptimize(decode_document("bench.txt", text)->text().data());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Decode);

void BM_LineIndex(benchmark::State& state) {
  std::string text = sample(1 << 20);
  for (auto _ : state) benchmark::DoNotOptimize(LineIndex(text).line_count());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_LineIndex);

// The bundled glossaries and 10,000 synthetic concepts (random Han names of three to six
// characters, each with one variant), as ci/bench's largest configuration.
const Glossary& large_glossary() {
  static const std::unique_ptr<Glossary> g = [] {
    auto glossary = std::make_unique<Glossary>();
    for (const ResourceFile& f : Resources::bundled().under("glossaries")) {
      if (f.name.ends_with(".yaml")) glossary->add_yaml(f.text, std::string(f.name));
    }
    std::mt19937 rng(10000);
    std::uniform_int_distribution<char32_t> han(0x4E00, 0x9FA4);
    std::uniform_int_distribution<int> len(3, 6);
    std::string yaml = "concepts:\n";
    for (int i = 0; i < 10000; ++i) {
      std::string official, variant;
      int n = len(rng);
      for (int k = 0; k < n; ++k) utf8::append(official, han(rng));
      variant = official.substr(0, official.size() - 3);
      utf8::append(variant, han(rng));
      yaml += "  - {id: s" + std::to_string(i) + ", official: " + official + ", en: x, source: x, " +
              "variants: [" + variant + "]}\n";
    }
    try {
      glossary->add_yaml(yaml, "synthetic.yaml");
      glossary->build();
    } catch (const std::exception&) {
      // A synthetic name that repeats a form: build with the bundled glossaries only.
      glossary = std::make_unique<Glossary>();
      for (const ResourceFile& f : Resources::bundled().under("glossaries")) {
        if (f.name.ends_with(".yaml")) glossary->add_yaml(f.text, std::string(f.name));
      }
      glossary->build();
    }
    return glossary;
  }();
  return *g;
}

void BM_GlossaryScanTenThousandMore(benchmark::State& state) {
  std::string text = sample(1 << 20);
  ScanView v(text);
  const Glossary& g = large_glossary();
  std::vector<TermMatch> out;
  for (auto _ : state) {
    out.clear();
    g.scan(v, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["keys"] = static_cast<double>(g.key_count());
}
BENCHMARK(BM_GlossaryScanTenThousandMore);

// Each family's recogniser alone, once per document however many of its rules are on.
void BM_ParseStructure(benchmark::State& state) {
  std::string text = sample(1 << 20);
  Document doc("bench.txt", text);
  for (auto _ : state) {
    benchmark::DoNotOptimize(parse_structure(doc, NumberingSpec::bundled()).paragraphs.size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ParseStructure);

void BM_FindDates(benchmark::State& state) {
  std::string text = sample(1 << 20);
  ScanView v(text);
  const dates::DateGrammar g = dates::DateGrammar::load(Resources::bundled());
  for (auto _ : state) benchmark::DoNotOptimize(dates::find_dates(v.text(), g).size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_FindDates);

void BM_ScanSymbols(benchmark::State& state) {
  std::string text = sample(1 << 20);
  ScanView v(text);
  auto reg = symbols::SymbolRegistry::load(*Resources::bundled().find("rules/symbols.yaml"),
                                           "rules/symbols.yaml");
  for (auto _ : state) {
    std::vector<symbols::SymbolFinding> found;
    symbols::scan_symbols(reg, v, text, found);
    benchmark::DoNotOptimize(found.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ScanSymbols);

void BM_FindCitations(benchmark::State& state) {
  std::string text = sample(1 << 20);
  ScanView v(text);
  auto cal = symbols::SessionCalendar::load(*Resources::bundled().find("rules/sessions.yaml"),
                                            "rules/sessions.yaml");
  for (auto _ : state) {
    std::vector<symbols::Citation> found;
    symbols::find_citations(cal, v, text, found);
    benchmark::DoNotOptimize(found.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_FindCitations);

// The nightly report's three outputs for 200 linted drafts of 20 KB (the figure is bytes of
// draft text reported per second).
void BM_ReportOutputs(benchmark::State& state) {
  Report report;
  std::string text = sample(20 << 10) + "参加普遍定期审查，人權理事會，2021年2月29日。\n";
  for (int i = 0; i < 200; ++i) {
    Document doc("drafts/draft-" + std::to_string(1000 + i) + ".txt", text);
    report.documents.push_back(summarise(doc, lint(doc, pack())));
  }
  for (const auto& active : pack().rules()) {
    report.rules.push_back(
        {std::string(active.info->code), std::string(active.info->summary), active.severity});
  }
  normalise(report);
  for (auto _ : state) {
    benchmark::DoNotOptimize(sarif_text(report).size());
    benchmark::DoNotOptimize(report_json_text(report).size());
    benchmark::DoNotOptimize(format_html(report).size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size() * 200));
}
BENCHMARK(BM_ReportOutputs);

void BM_RulePackBuild(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(RulePack::build(Config{}).get());
}
BENCHMARK(BM_RulePackBuild);

}  // namespace
}  // namespace unlint

BENCHMARK_MAIN();
