#include "report/html_reporter.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace unlint {
namespace {

constexpr std::string_view kCss = R"css(
:root{--ink:#1d2733;--muted:#5b6776;--line:#d8dee6;--bg:#f5f7fa;--un:#0b62a4;
--err:#c0392b;--warn:#b7791f;--info:#2b6cb0;--new:#c05621;--fixed:#2f855a}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC",
"Microsoft YaHei","WenQuanYi Micro Hei",system-ui,sans-serif;color:var(--ink);background:var(--bg)}
header{background:var(--un);color:#fff;padding:18px 32px}
header h1{margin:0;font-size:22px;font-weight:600}
header p{margin:4px 0 0;opacity:.9}
nav{background:#fff;border-bottom:1px solid var(--line);padding:8px 32px;position:sticky;top:0}
nav a{color:var(--un);text-decoration:none;margin-right:18px;white-space:nowrap}
main{padding:8px 32px 48px;max-width:1280px}
section{background:#fff;border:1px solid var(--line);border-radius:6px;padding:16px 20px;margin:18px 0}
h2{font-size:18px;margin:0 0 12px;font-weight:600}
h2 small,th small,.gloss{color:var(--muted);font-weight:400;font-size:13px}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{border:1px solid var(--line);border-radius:6px;padding:10px 16px;min-width:130px}
.card .n{font-size:26px;font-weight:600}
.card .k{color:var(--muted);font-size:13px}
.card.err .n{color:var(--err)}.card.warn .n{color:var(--warn)}.card.info .n{color:var(--info)}
.card.new .n{color:var(--new)}.card.fixed .n{color:var(--fixed)}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:#eef2f6;font-weight:600;font-size:14px}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:13px}
.sev{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;color:#fff;white-space:nowrap}
.sev.error{background:var(--err)}.sev.warning{background:var(--warn)}
.sev.info,.sev.hint{background:var(--info)}
.badge{display:inline-block;border-radius:3px;padding:0 5px;font-size:12px;color:#fff;background:var(--new)}
.src{color:var(--muted)}.src mark{background:#fde68a;color:var(--ink);padding:0 1px}
.variant{color:var(--err);text-decoration:line-through}.official{color:var(--fixed);font-weight:600}
details{border-bottom:1px solid var(--line);padding:4px 0}
details>summary{cursor:pointer;padding:4px 0}
details>summary .count{color:var(--muted)}
.path{overflow-wrap:anywhere;min-width:12em}
.term{white-space:nowrap}
h3{font-size:16px;margin:16px 0 8px;font-weight:600}
.muted{color:var(--muted)}
tr.muted .sev{opacity:.45}
.error-text{color:var(--err)}
svg text{font-family:inherit;font-size:12px;fill:var(--ink)}
.legend span{display:inline-block;margin-right:14px;font-size:13px}
.legend i{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:-1px}
)css";

std::string esc(std::string_view s) { return html_escape(s); }

std::string_view severity_zh(Severity s) {
  switch (s) {
    case Severity::kError:
      return "错误";
    case Severity::kWarning:
      return "警告";
    case Severity::kInfo:
      return "提示";
    case Severity::kHint:
      return "建议";
  }
  return "";
}

std::string severity_badge(Severity s) {
  return fmt::format(R"(<span class="sev {0}" title="{0}">{1} {0}</span>)", severity_name(s),
                     severity_zh(s));
}

std::string family_label(const std::string& family) {
  static const std::map<std::string, std::string> labels = {
      {"term", "术语 (terminology)"},  {"symbol", "文号 (document symbols)"},
      {"date", "日期 (dates)"},        {"numbering", "编号 (numbering)"},
      {"input", "输入 (input)"},       {"structure", "结构 (structure)"},
      {"punct", "标点 (punctuation)"}, {"style", "文体 (style)"},
  };
  auto it = labels.find(family);
  return it == labels.end() ? family : it->second;
}

// "2026-11-28T02:00:00Z" → "2026-11-28 02:00 UTC".
std::string when(const std::string& iso) {
  if (iso.size() >= 16 && iso[10] == 'T')
    return iso.substr(0, 10) + " " + iso.substr(11, 5) + " UTC";
  return iso;
}

std::string point_name(const HistoryPoint& p) {
  if (!p.label.empty()) return p.label;
  return p.generated.substr(0, 10);
}

std::string doc_anchor(size_t index) { return fmt::format("doc-{}", index + 1); }

void card(std::string& out, std::string_view cls, size_t n, std::string_view zh,
          std::string_view en, std::string_view extra = {}) {
  out += fmt::format(
      R"(<div class="card {}"><div class="n">{}</div><div class="k">{} <span class="gloss">{}</span>{}</div></div>)",
      cls, n, zh, en, extra);
  out += "\n";
}

// The source line of a finding with the finding itself marked.
std::string source_line(const Finding& f) {
  return fmt::format(R"(<span class="src">{}<mark>{}</mark>{}</span>)", esc(f.before), esc(f.match),
                     esc(f.after));
}

std::string location(const Finding& f) { return fmt::format("{}:{}", f.line, f.column); }

void trend_chart(std::string& out, const Report& report, const Totals& now) {
  std::vector<HistoryPoint> points = report.history;
  points.push_back({report.generated, report.label.empty() ? "今晚 tonight" : report.label, now});
  const double w = 760, h = 240, left = 48, right = 12, top = 18, bottom = 40;
  size_t max = 1;
  for (const auto& p : points) max = std::max(max, p.totals.findings);
  // Gridlines every 1, 2 or 5 times a power of ten, as many as the tallest bar needs (1 to 5).
  size_t tick = 1;
  for (size_t power = 1;; power *= 10) {
    size_t found = 0;
    for (size_t m : {1, 2, 5}) {
      if (power * m * 5 >= max) {
        found = power * m;
        break;
      }
    }
    if (found) {
      tick = found;
      break;
    }
  }
  const size_t ticks = (max + tick - 1) / tick;
  const size_t axis = tick * ticks;
  const double plot_w = w - left - right, plot_h = h - top - bottom;
  const double slot = plot_w / static_cast<double>(points.size());
  const double bar = std::min(48.0, slot * 0.7);
  out += fmt::format(
      R"(<svg role="img" aria-label="趋势 trend" viewBox="0 0 {} {}" width="100%" style="max-width:{}px">)",
      w, h, w);
  out += "\n";
  for (size_t i = 0; i <= ticks; ++i) {
    double y = top + plot_h - plot_h * static_cast<double>(i) / static_cast<double>(ticks);
    out += fmt::format(
        R"(<line x1="{}" y1="{:.1f}" x2="{}" y2="{:.1f}" stroke="#d8dee6"/><text x="{}" y="{:.1f}" text-anchor="end">{}</text>)",
        left, y, w - right, y, left - 6, y + 4, tick * i);
    out += "\n";
  }
  size_t label_every = std::max<size_t>(1, (points.size() + 11) / 12);
  for (size_t i = 0; i < points.size(); ++i) {
    const Totals& t = points[i].totals;
    double x = left + slot * static_cast<double>(i) + (slot - bar) / 2;
    double base = top + plot_h;
    auto seg = [&](size_t n, const char* color) {
      if (n == 0) return;
      double hh = plot_h * static_cast<double>(n) / static_cast<double>(axis);
      base -= hh;
      out +=
          fmt::format(R"(<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}"/>)",
                      x, base, bar, hh, color);
    };
    bool last = i + 1 == points.size();
    out += fmt::format("<g><title>{}: {} 个问题 findings</title>", esc(point_name(points[i])),
                       t.findings);
    seg(t.errors, last ? "#c0392b" : "#e3a39b");
    seg(t.warnings, last ? "#b7791f" : "#e8cf9f");
    seg(t.information + t.hints, last ? "#2b6cb0" : "#a9c4e6");
    out += "</g>";
    if (points.size() <= 31) {
      out += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>)",
                         x + bar / 2, base - 4, t.findings);
    }
    if (i % label_every == 0 || last) {
      out += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" text-anchor="middle"{}>{}</text>)",
                         x + bar / 2, top + plot_h + 16, last ? R"( font-weight="600")" : "",
                         esc(point_name(points[i])));
    }
    out += "\n";
  }
  out += "</svg>\n";
  out +=
      R"(<p class="legend"><span><i style="background:#c0392b"></i>错误 errors</span>)"
      R"(<span><i style="background:#b7791f"></i>警告 warnings</span>)"
      R"(<span><i style="background:#2b6cb0"></i>提示 info</span>)"
      R"(<span class="muted">浅色为往日，深色为本次 (pale: earlier nights; dark: this run)</span></p>)";
  out += "\n";
}

void family_chart(std::string& out, const std::vector<FamilyCount>& families) {
  size_t max = 1;
  for (const auto& f : families) max = std::max(max, f.findings);
  const double w = 760, label_w = 200, row = 28, bar_w = w - label_w - 70;
  double h = row * static_cast<double>(families.size()) + 8;
  out += fmt::format(
      R"(<svg role="img" aria-label="按类别 by family" viewBox="0 0 {} {:.0f}" width="100%" style="max-width:{}px">)",
      w, h, w);
  out += "\n";
  for (size_t i = 0; i < families.size(); ++i) {
    const auto& f = families[i];
    double y = 4 + row * static_cast<double>(i);
    double len = bar_w * static_cast<double>(f.findings) / static_cast<double>(max);
    out += fmt::format(
        R"(<text x="{}" y="{:.1f}" text-anchor="end">{}</text><rect x="{}" y="{:.1f}" width="{:.1f}" height="{}" fill="#0b62a4" rx="2"/><text x="{:.1f}" y="{:.1f}">{}</text>)",
        label_w - 8, y + 17, esc(family_label(f.family)), label_w, y + 4, std::max(len, 1.0),
        row - 10, label_w + std::max(len, 1.0) + 6, y + 17, f.findings);
    out += "\n";
  }
  out += "</svg>\n";
}

void finding_rows_with_path(std::string& out, const std::vector<const Finding*>& rows,
                            const std::map<std::string, size_t>& anchors, bool fixed) {
  out +=
      "<table><thead><tr><th>文件 <small>document</small></th><th>位置 <small>line:col</small></th>"
      "<th>规则 <small>rule</small></th><th>原文 <small>text</small></th>"
      "<th>说明 <small>message</small></th></tr></thead><tbody>\n";
  for (const Finding* f : rows) {
    auto it = anchors.find(f->path);
    std::string path = it == anchors.end() ? esc(f->path)
                                           : fmt::format(R"(<a href="#{}">{}</a>)",
                                                         doc_anchor(it->second), esc(f->path));
    out += fmt::format(
        R"(<tr><td class="path">{}</td><td class="num">{}</td><td><code>{}</code></td><td class="term">{}</td><td>{}</td></tr>)",
        path, fixed ? "<span class=\"muted\">" + location(*f) + "</span>" : location(*f),
        esc(f->code), esc(f->text), esc(f->message));
    out += "\n";
  }
  out += "</tbody></table>\n";
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  size_t run = 0;  // start of the characters not yet copied
  for (size_t i = 0; i < text.size(); ++i) {
    std::string_view entity;
    switch (text[i]) {
      case '&':
        entity = "&amp;";
        break;
      case '<':
        entity = "&lt;";
        break;
      case '>':
        entity = "&gt;";
        break;
      case '"':
        entity = "&quot;";
        break;
      case '\'':
        entity = "&#39;";
        break;
      default:
        continue;
    }
    out.append(text.data() + run, i - run);
    out += entity;
    run = i + 1;
  }
  out.append(text.data() + run, text.size() - run);
  return out;
}

std::string format_html(const Report& report, const HtmlOptions& options) {
  const Totals t = totals_of(report);
  std::map<std::string, size_t> anchors;
  for (size_t i = 0; i < report.documents.size(); ++i) anchors.emplace(report.documents[i].path, i);
  std::map<std::string, std::string> summaries;
  for (const auto& r : report.rules) summaries[r.code] = r.summary;

  std::string out;
  out.reserve(4096 + t.findings * 700);
  std::string title = "unlint 夜间报告 (nightly report)";
  if (!report.label.empty()) title += " — " + report.label;
  out += "<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'unsafe-inline'; img-src data:\">\n";
  out += fmt::format("<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n", esc(title), kCss);
  out += fmt::format("<header><h1>{}</h1><p>生成时间 (generated) {} · unlint {}</p></header>\n",
                     esc(title), esc(when(report.generated)), esc(report.tool_version));
  out += "<nav><a href=\"#overview\">概况 Overview</a>";
  if (report.baseline) out += "<a href=\"#changes\">变化 Changes</a>";
  out +=
      "<a href=\"#families\">类别 Families</a><a href=\"#rules\">规则 Rules</a>"
      "<a href=\"#documents\">文件 Documents</a><a href=\"#terminology\">术语 Terminology</a>";
  if (t.unreadable) out += "<a href=\"#unreadable\">无法读取 Unreadable</a>";
  out += "<a href=\"#details\">详情 Details</a></nav>\n<main>\n";

  // Overview: totals, and the trend when there are earlier nights.
  out +=
      "<section id=\"overview\"><h2>概况 <small>overview</small></h2>\n<div class=\"cards\" "
      "id=\"totals\">\n";
  card(out, "", t.documents, "文件", "documents");
  card(out, "", t.findings, "问题", "findings");
  card(out, "err", t.errors, "错误", "errors");
  card(out, "warn", t.warnings, "警告", "warnings");
  card(out, "info", t.information + t.hints, "提示", "info");
  if (t.unreadable) card(out, "err", t.unreadable, "无法读取", "unreadable");
  if (report.baseline) {
    card(out, "new", report.baseline->new_count, "新增", "new");
    card(out, "fixed", report.baseline->fixed.size(), "已修正", "fixed");
  }
  out += "</div>\n";
  if (report.baseline) {
    std::string base = report.baseline->label.empty()
                           ? when(report.baseline->generated)
                           : report.baseline->label + " (" + when(report.baseline->generated) + ")";
    out += fmt::format(
        "<p class=\"muted\">与上次报告 {} 相比 (compared with the previous report).</p>\n",
        esc(base));
  }
  if (!report.history.empty()) {
    out += "<h2>趋势 <small>trend across nights</small></h2>\n";
    trend_chart(out, report, t);
  }
  out += "</section>\n";

  // What changed since the baseline.
  if (report.baseline) {
    out +=
        "<section id=\"changes\"><h2>变化 <small>changes since the previous report</small></h2>\n";
    std::vector<const Finding*> added;
    for (const auto& d : report.documents) {
      for (const auto& f : d.findings) {
        if (f.is_new) added.push_back(&f);
      }
    }
    out += fmt::format(
        "<h3 id=\"new\">新增问题 <small class=\"gloss\">new findings</small> ({})</h3>\n",
        added.size());
    if (added.empty()) {
      out += "<p class=\"muted\">没有新增问题 (nothing new).</p>\n";
    } else {
      size_t shown = std::min(added.size(), options.max_changes);
      std::vector<const Finding*> rows(added.begin(),
                                       added.begin() + static_cast<ptrdiff_t>(shown));
      finding_rows_with_path(out, rows, anchors, false);
      if (shown < added.size()) {
        out += fmt::format(
            "<p class=\"muted\">另有 {} 个未列出，见各文件详情 ({} more: see the details "
            "below, marked 新).</p>\n",
            added.size() - shown, added.size() - shown);
      }
    }
    const auto& fixed = report.baseline->fixed;
    out += fmt::format(
        "<h3 id=\"fixed\">已修正 <small class=\"gloss\">fixed since</small> ({})</h3>\n",
        fixed.size());
    if (fixed.empty()) {
      out += "<p class=\"muted\">没有已修正的问题 (nothing fixed).</p>\n";
    } else {
      std::vector<const Finding*> rows;
      for (size_t i = 0; i < fixed.size() && i < options.max_changes; ++i)
        rows.push_back(&fixed[i]);
      finding_rows_with_path(out, rows, anchors, true);
      out +=
          "<p class=\"muted\">位置为上次报告中的位置 (positions as in the previous report).</p>\n";
      if (rows.size() < fixed.size()) {
        out += fmt::format("<p class=\"muted\">另有 {} 个未列出 ({} more, see report.json).</p>\n",
                           fixed.size() - rows.size(), fixed.size() - rows.size());
      }
    }
    out += "</section>\n";
  }

  // Per family and per rule.
  std::vector<FamilyCount> families = count_by_family(report);
  out += "<section id=\"families\"><h2>按类别 <small>findings per rule family</small></h2>\n";
  if (!families.empty()) family_chart(out, families);
  out +=
      "<table><thead><tr><th>类别 <small>family</small></th><th class=\"num\">问题 "
      "<small>findings</small></th><th class=\"num\">文件 <small>documents</small></th></tr>"
      "</thead><tbody>\n";
  for (const auto& f : families) {
    out += fmt::format(R"(<tr><td>{}</td><td class="num">{}</td><td class="num">{}</td></tr>)",
                       esc(family_label(f.family)), f.findings, f.documents);
    out += "\n";
  }
  out += "</tbody></table></section>\n";

  out +=
      "<section id=\"rules\"><h2>按规则 <small>findings per rule</small></h2>\n"
      "<table id=\"rule-table\"><thead><tr><th>规则 <small>rule</small></th><th>说明 "
      "<small>what it checks</small></th><th>级别 <small>level</small></th><th class=\"num\">问题 "
      "<small>findings</small></th><th class=\"num\">文件 <small>documents</small></th>";
  if (report.baseline) {
    out +=
        "<th class=\"num\">新增 <small>new</small></th><th class=\"num\">已修正 "
        "<small>fixed</small></th>";
  }
  out += "</tr></thead><tbody>\n";
  std::map<std::string, Severity> levels;
  for (const auto& r : report.rules) levels[r.code] = r.severity;
  // Rules that found something first; the rest, dimmed, show what else was checked.
  std::vector<RuleCount> rule_rows = count_by_rule(report);
  std::stable_sort(rule_rows.begin(), rule_rows.end(), [](const RuleCount& a, const RuleCount& b) {
    return a.findings + a.fixed > b.findings + b.fixed;
  });
  for (const auto& r : rule_rows) {
    out += fmt::format(R"(<tr data-rule="{0}"{5}><td><code>{0}</code></td><td>{1}</td><td>{2}</td>)"
                       R"(<td class="num">{3}</td><td class="num">{4}</td>)",
                       esc(r.code), esc(summaries[r.code]), severity_badge(levels[r.code]),
                       r.findings, r.documents, r.findings + r.fixed ? "" : R"( class="muted")");
    if (report.baseline) {
      out +=
          fmt::format(R"(<td class="num">{}</td><td class="num">{}</td>)", r.new_findings, r.fixed);
    }
    out += "</tr>\n";
  }
  out += "</tbody></table></section>\n";

  // The documents with the most findings.
  out +=
      "<section id=\"documents\"><h2>问题最多的文件 <small>documents with the most "
      "findings</small></h2>\n";
  auto top = top_documents(report, options.top_documents);
  if (top.empty()) {
    out += "<p>所有文件均未发现问题 (no findings in any document).</p>\n";
  } else {
    out +=
        "<table><thead><tr><th>文件 <small>document</small></th><th class=\"num\">问题 "
        "<small>findings</small></th><th class=\"num\">错误 <small>errors</small></th><th "
        "class=\"num\">警告 <small>warnings</small></th>";
    if (report.baseline) out += "<th class=\"num\">新增 <small>new</small></th>";
    out += "</tr></thead><tbody>\n";
    for (const DocumentReport* d : top) {
      size_t errors = 0, warnings = 0, added = 0;
      for (const auto& f : d->findings) {
        errors += f.severity == Severity::kError;
        warnings += f.severity == Severity::kWarning;
        added += f.is_new;
      }
      out += fmt::format(
          R"(<tr><td class="path"><a href="#{}">{}</a></td><td class="num">{}</td><td class="num">{}</td><td class="num">{}</td>)",
          doc_anchor(anchors[d->path]), esc(d->path), d->findings.size(), errors, warnings);
      if (report.baseline) out += fmt::format(R"(<td class="num">{}</td>)", added);
      out += "</tr>\n";
    }
    out += "</tbody></table>\n";
  }
  out += "</section>\n";

  // Terminology: the variants found most often across the corpus, with the official form.
  out +=
      "<section id=\"terminology\"><h2>术语 <small>the most frequent non-standard terms, with "
      "the official UN form</small></h2>\n";
  auto terms = top_terms(report, options.top_terms);
  if (terms.empty()) {
    out += "<p class=\"muted\">未发现非标准用语 (no non-standard terms found).</p>\n";
  } else {
    out +=
        "<table id=\"term-table\"><thead><tr><th>文中用语 <small>found in the drafts</small></th>"
        "<th>正式用语 <small>official form</small></th><th>规则 <small>rule</small></th>"
        "<th class=\"num\">次数 <small>times</small></th><th class=\"num\">文件 "
        "<small>documents</small></th></tr></thead><tbody>\n";
    for (const auto& term : terms) {
      out += fmt::format(
          R"(<tr><td class="variant">{}</td><td class="official">{}</td><td><code>{}</code></td><td class="num">{}</td><td class="num">{}</td></tr>)",
          esc(term.variant), esc(term.official), esc(term.code), term.findings, term.documents);
      out += "\n";
    }
    out += "</tbody></table>\n";
  }
  out += "</section>\n";

  if (t.unreadable) {
    out +=
        "<section id=\"unreadable\"><h2>无法读取的文件 <small>documents that could not be "
        "read</small></h2>\n<table><thead><tr><th>文件 <small>document</small></th><th>原因 "
        "<small>reason</small></th></tr></thead><tbody>\n";
    for (const auto& d : report.documents) {
      if (d.readable()) continue;
      out += fmt::format(R"(<tr><td class="path">{}</td><td class="error-text">{}</td></tr>)",
                         esc(d.path), esc(d.error));
      out += "\n";
    }
    out += "</tbody></table></section>\n";
  }

  // Per-document details: one collapsible block per document that has findings.
  out += "<section id=\"details\"><h2>各文件详情 <small>details per document</small></h2>\n";
  size_t clean = 0;
  for (size_t i = 0; i < report.documents.size(); ++i) {
    const DocumentReport& d = report.documents[i];
    if (d.findings.empty()) {
      clean += d.readable();
      continue;
    }
    size_t added = 0;
    for (const auto& f : d.findings) added += f.is_new;
    out += fmt::format(
        R"(<details id="{}"><summary><span class="path">{}</span> <span class="count">— {} 个问题 ({} finding{}){}</span></summary>)",
        doc_anchor(i), esc(d.path), d.findings.size(), d.findings.size(),
        d.findings.size() == 1 ? "" : "s",
        added ? fmt::format(" · <span class=\"badge\">新 new</span> {}", added) : "");
    out +=
        "\n<table><thead><tr><th>位置 <small>line:col</small></th><th>级别 "
        "<small>level</small></th>"
        "<th>规则 <small>rule</small></th><th>说明 <small>message</small></th><th>原文 "
        "<small>source line</small></th></tr></thead><tbody>\n";
    for (const auto& f : d.findings) {
      out += fmt::format(
          R"(<tr><td class="num">{}{}</td><td>{}</td><td><code>{}</code></td><td>{}</td><td>{}</td></tr>)",
          f.is_new ? "<span class=\"badge\">新</span> " : "", location(f),
          severity_badge(f.severity), esc(f.code), esc(f.message), source_line(f));
      out += "\n";
    }
    out += "</tbody></table></details>\n";
  }
  if (clean) {
    out += fmt::format(
        "<details><summary>未发现问题的文件 <span class=\"count\">(documents without "
        "findings): {}</span></summary><ul>\n",
        clean);
    for (const auto& d : report.documents) {
      if (d.findings.empty() && d.readable()) {
        out += fmt::format("<li class=\"path\">{}</li>\n", esc(d.path));
      }
    }
    out += "</ul></details>\n";
  }
  out += "</section>\n</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace unlint
