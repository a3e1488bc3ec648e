// unlint report: lint a whole session in parallel and write DIR/index.html, DIR/report.json and
// DIR/report.sarif; or merge shard reports (--merge). Exit 0 when the report is written (findings
// and unreadable files are in it), 2 when it cannot be (configuration, baseline or output error).
#include <fmt/format.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <mutex>
#include <thread>

#include "cli/command.h"
#include "cli/inputs.h"
#include "core/error.h"
#include "engine/lint.h"
#include "report/html_reporter.h"
#include "report/report_model.h"
#include "report/sarif_reporter.h"
#include "text/decode.h"
#include "version.h"

namespace unlint {
namespace {

namespace fs = std::filesystem;

struct ReportOptions {
  ConfigOptions config;
  std::vector<std::string> paths;
  std::string out;
  unsigned jobs = 0;
  std::vector<std::string> baselines;
  std::vector<std::string> merge;
  std::string label;
  std::string generated;
  std::string encoding;
  std::string progress = "auto";
};

// Now in ISO 8601 UTC, or SOURCE_DATE_EPOCH's time when it is set (reproducible output).
std::string now_utc() {
  std::time_t t = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    long long v = std::strtoll(epoch, &end, 10);
    if (end && *end == '\0' && end != epoch) t = static_cast<std::time_t>(v);
  }
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// A progress bar on standard error, redrawn in place; nothing at all when it is off.
class Progress {
 public:
  Progress(bool on, size_t total) : on_(on), total_(total), start_(Clock::now()) {}
  void draw(size_t done) {
    if (!on_) return;
    constexpr size_t kWidth = 30;
    size_t filled = total_ ? done * kWidth / total_ : kWidth;
    double secs = std::chrono::duration<double>(Clock::now() - start_).count();
    std::string bar(filled, '#');
    bar.append(kWidth - filled, '-');
    std::fprintf(stderr, "\r\x1b[K[%s] %zu/%zu 文件 (documents)  %.1f s", bar.c_str(), done, total_,
                 secs);
    std::fflush(stderr);
  }
  void clear() {
    if (!on_) return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool on_;
  size_t total_;
  Clock::time_point start_;
};

// Lints `files` on `jobs` threads sharing one RulePack. Each document is summarised and dropped
// as soon as it is linted, so memory holds findings, not texts.
std::vector<DocumentReport> lint_all(const std::vector<std::string>& files, const RulePack& pack,
                                     const std::string& encoding, unsigned jobs, bool progress_on) {
  std::vector<DocumentReport> docs(files.size());
  std::atomic<size_t> next{0}, done{0};
  std::mutex mu;
  std::condition_variable cv;
  auto work = [&] {
    for (size_t i; (i = next.fetch_add(1)) < files.size();) {
      try {
        std::unique_ptr<Document> doc = read_document(files[i], encoding);
        docs[i] = summarise(*doc, lint(*doc, pack));
      } catch (const Error& e) {
        docs[i] = unreadable(files[i], e.what());
      } catch (const std::exception& e) {
        docs[i] = unreadable(files[i], e.what());
      }
      if (done.fetch_add(1) + 1 == files.size()) {
        std::lock_guard lock(mu);
        cv.notify_all();
      }
    }
  };
  jobs = std::max(
      1u, std::min<unsigned>(jobs, static_cast<unsigned>(std::max<size_t>(1, files.size()))));
  std::vector<std::thread> workers;
  workers.reserve(jobs);
  for (unsigned j = 0; j < jobs; ++j) workers.emplace_back(work);
  Progress bar(progress_on, files.size());
  {
    std::unique_lock lock(mu);
    while (done.load() < files.size()) {
      bar.draw(done.load());
      cv.wait_for(lock, std::chrono::milliseconds(100));
    }
  }
  for (auto& t : workers) t.join();
  bar.draw(files.size());
  bar.clear();
  return docs;
}

// Writes `bytes` to DIR/name through a temporary file and a rename, so a reader never sees a
// half-written file.
void write_atomically(const fs::path& dir, const std::string& name, std::string_view bytes) {
  fs::path final_path = dir / name;
  fs::path tmp = dir / fmt::format(".{}.tmp-{}", name, ::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      std::error_code ec;
      fs::remove(tmp, ec);
      throw Error(final_path.string() + ": cannot write");
    }
  }
  std::error_code ec;
  fs::rename(tmp, final_path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw Error(final_path.string() + ": cannot write (" + ec.message() + ")");
  }
}

// Writes report.sarif, index.html and report.json. With more than one job the three are made
// at once (for a large session they take as long as linting it on one core); report.json is
// written last either way: its presence means the whole report was written.
void write_outputs(const fs::path& dir, const Report& report, unsigned jobs) {
  if (jobs <= 1) {
    write_atomically(dir, "report.sarif", sarif_text(report));
    write_atomically(dir, "index.html", format_html(report));
    write_atomically(dir, "report.json", report_json_text(report));
    return;
  }
  auto sarif = std::async(std::launch::async,
                          [&] { write_atomically(dir, "report.sarif", sarif_text(report)); });
  auto html = std::async(std::launch::async,
                         [&] { write_atomically(dir, "index.html", format_html(report)); });
  std::string json = report_json_text(report);
  sarif.get();
  html.get();
  write_atomically(dir, "report.json", json);
}

std::string report_path(const std::string& given) {
  std::error_code ec;
  if (fs::is_directory(given, ec)) return (fs::path(given) / "report.json").string();
  return given;
}

int run_report(const ReportOptions& o) {
  bool progress_on = o.progress == "always" || (o.progress == "auto" && ::isatty(STDERR_FILENO));
  // Baselines and shards are read first, so --out may be the folder they came from.
  std::vector<Report> baselines;
  for (const auto& b : o.baselines) baselines.push_back(read_report(report_path(b)));

  Report report;
  if (!o.merge.empty()) {
    if (!o.paths.empty()) throw Error("--merge takes report.json files, not documents to lint");
    std::vector<Report> shards;
    for (const auto& m : o.merge) shards.push_back(read_report(report_path(m)));
    std::vector<std::string> duplicates;
    report = merge_reports(shards, &duplicates);
    for (const auto& d : duplicates) {
      std::cerr << "unlint: " << d
                << ": in more than one shard; the first shard's result is kept\n";
    }
    if (!o.label.empty()) report.label = o.label;
    if (!o.generated.empty()) report.generated = o.generated;
    if (report.generated.empty()) report.generated = now_utc();
  } else {
    if (o.paths.empty()) throw Error("name the documents to lint, or --merge report.json files");
    Config config = o.config.resolve();
    auto pack = o.config.build_pack(config);
    InputList inputs = collect_inputs(o.paths, config);
    for (const auto& f : inputs.files) {
      if (f == "-") throw Error("report reads files and folders, not standard input");
    }
    unsigned jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
    report.documents = lint_all(inputs.files, *pack, o.encoding, jobs, progress_on);
    for (const auto& m : inputs.missing) {
      report.documents.push_back(unreadable(m, "no such file or directory"));
    }
    for (const auto& active : pack->rules()) {
      report.rules.push_back(
          {std::string(active.info->code), std::string(active.info->summary), active.severity});
    }
    report.generated = o.generated.empty() ? now_utc() : o.generated;
    report.label = o.label;
  }
  report.tool_version = kVersion;
  normalise(report);
  apply_baselines(report, baselines);

  for (const auto& d : report.documents) {
    if (!d.readable()) std::cerr << "unlint: " << d.path << ": " << d.error << "\n";
  }
  fs::path dir(o.out);
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (!fs::is_directory(dir, ec)) throw Error(o.out + ": cannot create the output folder");
  write_outputs(dir, report, o.jobs ? o.jobs : std::thread::hardware_concurrency());

  Totals t = totals_of(report);
  std::string changes;
  if (report.baseline) {
    changes = fmt::format("，新增 {}，已修正 {} ({} new, {} fixed)", report.baseline->new_count,
                          report.baseline->fixed.size(), report.baseline->new_count,
                          report.baseline->fixed.size());
  }
  std::cout << fmt::format(
      "{} 个文件，{} 个问题{}；无法读取 {} (documents {}, findings {}, "
      "unreadable {}) → {}\n",
      t.documents, t.findings, changes, t.unreadable, t.documents, t.findings, t.unreadable,
      (dir / "index.html").string());
  return kExitClean;
}

const bool registered = register_command({
    .name = "report",
    .help = "lint a whole session in parallel and write index.html, report.json and report.sarif",
    .order = 30,
    .setup = [](CLI::App* sub) -> std::function<int()> {
      auto o = std::make_shared<ReportOptions>();
      sub->add_option("paths", o->paths, "files or folders of drafts (*.txt, *.md)");
      sub->add_option("-o,--out", o->out, "folder to write index.html, report.json, report.sarif")
          ->required();
      sub->add_option("-j,--jobs", o->jobs, "worker threads (default: all cores)");
      sub->add_option("--baseline", o->baselines,
                      "an earlier report.json (or its folder) to compare with; repeatable, the "
                      "newest is compared and all are drawn in the trend chart")
          ->allow_extra_args(false);
      sub->add_option("--merge", o->merge, "merge these shard report.json files instead of linting")
          ->expected(1, -1)
          ->allow_extra_args(true);
      sub->add_option("--label", o->label, "a name for this run, e.g. the session or the date");
      sub->add_option("--generated", o->generated,
                      "the time to stamp, ISO 8601 UTC (default: now, or SOURCE_DATE_EPOCH)");
      sub->add_option("--encoding", o->encoding,
                      "read the inputs in this encoding (default: detect; e.g. UTF-8, GB18030)");
      sub->add_option("--progress", o->progress, "progress bar on standard error")
          ->check(CLI::IsMember({"auto", "always", "never"}));
      o->config.add_to(sub);
      return [o] { return run_report(*o); };
    },
});

}  // namespace
}  // namespace unlint
