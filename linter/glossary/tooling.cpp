#include "glossary/tooling.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

#include "core/error.h"
#include "text/decode.h"
#include "text/scan_view.h"
#include "text/utf8.h"

namespace unlint {

size_t GlossaryCheckResult::errors() const {
  return static_cast<size_t>(std::count_if(issues.begin(), issues.end(), [](const auto& i) {
    return i.level == GlossaryIssue::Level::kError;
  }));
}

size_t GlossaryCheckResult::warnings() const { return issues.size() - errors(); }

GlossaryText glossary_text_from_file(const std::string& path) {
  return {path, read_file(path), path};
}

std::string format_issue(const GlossaryIssue& issue) {
  const char* level = issue.level == GlossaryIssue::Level::kError ? "error" : "warning";
  const SourceMark& m = issue.mark;
  if (m.file.empty()) return fmt::format("{}: {}", level, issue.message);
  if (m.line <= 0) return fmt::format("{}: {}: {}", m.file, level, issue.message);
  return fmt::format("{}:{}:{}: {}: {}", m.file, m.line, m.column, level, issue.message);
}

namespace {

std::string_view role_name(FormRole r) {
  switch (r) {
    case FormRole::kOfficial: return "official form";
    case FormRole::kAccepted: return "accepted form";
    case FormRole::kAbbreviation: return "abbreviation";
    case FormRole::kVariant: return "variant";
    case FormRole::kException: return "exception phrase";
  }
  return "form";
}

std::string where(const SourceMark& m) { return fmt::format("{}:{}", m.file, m.line); }

// One surface form of one concept, as the scanner would store it.
struct FormEntry {
  std::string folded;
  std::string text;
  const Concept* entry;
  FormRole role;
  SourceMark mark;
};

void collect_forms(const Concept& c, std::vector<FormEntry>& out) {
  auto add = [&](const std::string& text, FormRole role, const SourceMark& mark) {
    out.push_back({ScanView::fold(text), text, &c, role, mark});
  };
  add(c.official, FormRole::kOfficial, c.mark);
  for (const auto& a : c.accepted) add(a, FormRole::kAccepted, c.mark);
  if (!c.abbreviation.empty()) add(c.abbreviation, FormRole::kAbbreviation, c.mark);
  for (const auto& v : c.variants) add(v.form, FormRole::kVariant, v.mark);
  for (const auto& e : c.exceptions) add(e, FormRole::kException, c.mark);
}

void check_clashes(const std::vector<FormEntry>& forms, std::vector<GlossaryIssue>& issues) {
  std::unordered_map<std::string, size_t> first;
  for (size_t i = 0; i < forms.size(); ++i) {
    const FormEntry& f = forms[i];
    if (f.folded.empty()) continue;
    auto [it, fresh] = first.emplace(f.folded, i);
    if (fresh) continue;
    const FormEntry& g = forms[it->second];
    std::string msg;
    if (g.entry == f.entry) {
      msg = g.role == f.role
                ? fmt::format("{} '{}' is listed twice in concept '{}'", role_name(f.role), f.text,
                              f.entry->id)
                : fmt::format("'{}' is both the {} and a {} of concept '{}'", f.text,
                              role_name(g.role), role_name(f.role), f.entry->id);
    } else if (f.role == FormRole::kVariant && g.role == FormRole::kOfficial) {
      msg = fmt::format("variant '{}' of concept '{}' is the official form of concept '{}' ({})",
                        f.text, f.entry->id, g.entry->id, where(g.mark));
    } else if (f.role == FormRole::kOfficial && g.role == FormRole::kVariant) {
      msg = fmt::format("official form '{}' of concept '{}' is listed as a variant of concept '{}' "
                        "({})",
                        f.text, f.entry->id, g.entry->id, where(g.mark));
    } else {
      msg = fmt::format("{} '{}' of concept '{}' is already the {} of concept '{}' ({}); a form "
                        "must belong to one concept",
                        role_name(f.role), f.text, f.entry->id, role_name(g.role),
                        g.entry->id, where(g.mark));
    }
    issues.push_back({GlossaryIssue::Level::kError, f.mark, std::move(msg)});
  }
}

void check_exceptions(const std::vector<FormEntry>& forms, std::vector<GlossaryIssue>& issues) {
  // Forms by concept, so each exception is compared with its own concept's forms only.
  std::unordered_map<const Concept*, std::vector<const FormEntry*>> by_concept;
  for (const auto& f : forms) {
    if (f.role != FormRole::kException && !f.folded.empty()) by_concept[f.entry].push_back(&f);
  }
  for (const auto& f : forms) {
    if (f.role != FormRole::kException) continue;
    bool contains = false;
    for (const FormEntry* g : by_concept[f.entry]) {
      if (f.folded.find(g->folded) != std::string::npos) {
        contains = true;
        break;
      }
    }
    if (!contains) {
      issues.push_back({GlossaryIssue::Level::kError, f.mark,
                        fmt::format("exception phrase '{}' of concept '{}' contains no form of "
                                    "the entry; it would never stop a report",
                                    f.text, f.entry->id)});
    }
  }
}

void check_risky(const std::vector<FormEntry>& forms, std::vector<GlossaryIssue>& issues) {
  std::vector<const FormEntry*> names;  // official, accepted and abbreviated forms
  for (const auto& f : forms) {
    if (f.role == FormRole::kOfficial || f.role == FormRole::kAccepted ||
        f.role == FormRole::kAbbreviation) {
      names.push_back(&f);
    }
  }
  for (const auto& f : forms) {
    if (f.role != FormRole::kVariant || f.folded.empty()) continue;
    if (utf8::count_code_points(f.folded) == 1) {
      issues.push_back({GlossaryIssue::Level::kWarning, f.mark,
                        fmt::format("variant '{}' of concept '{}' is one character: it will match "
                                    "inside ordinary words",
                                    f.text, f.entry->id)});
      continue;
    }
    // An exception phrase of the variant's own concept that holds the variant and stands inside
    // the other form shields it there (南乔治亚 for 乔治亚 inside 南乔治亚岛和南桑德韦奇岛): the text
    // cut short to the exception phrase is not reported either.
    auto shielded = [&](const FormEntry& g) {
      for (const auto& x : forms) {
        if (x.entry == f.entry && x.role == FormRole::kException &&
            x.folded.find(f.folded) != std::string::npos &&
            g.folded.find(x.folded) != std::string::npos) {
          return true;
        }
      }
      return false;
    };
    for (const FormEntry* g : names) {
      if (g->entry == f.entry || g->folded.size() <= f.folded.size()) continue;
      if (g->folded.find(f.folded) == std::string::npos || shielded(*g)) continue;
      issues.push_back(
          {GlossaryIssue::Level::kWarning, f.mark,
           fmt::format("variant '{}' of concept '{}' occurs inside '{}' ({} of concept '{}', "
                       "{}); it is reported wherever that text is cut short or run together",
                       f.text, f.entry->id, g->text, role_name(g->role), g->entry->id,
                       where(g->mark))});
      break;
    }
  }
}

void run_examples(const std::vector<const Concept*>& concepts, const ExampleRunner& run,
                  GlossaryCheckResult& result) {
  for (const Concept* c : concepts) {
    for (const Example& e : c->examples) {
      ++result.examples;
      ExampleRun before = run(e.before);
      if (before.fixed != e.after) {
        std::string found;
        for (const auto& f : before.findings) found += (found.empty() ? "" : "; ") + f;
        result.issues.push_back(
            {GlossaryIssue::Level::kError, e.mark,
             fmt::format("example of concept '{}': “{}” is fixed to “{}”, expected “{}” ({})",
                         c->id, e.before, before.fixed, e.after,
                         found.empty() ? std::string("nothing reported") : "reported: " + found)});
        continue;
      }
      for (const auto& f : run(e.after).findings) {
        result.issues.push_back({GlossaryIssue::Level::kError, e.mark,
                                 fmt::format("example of concept '{}': the text after the fix "
                                             "“{}” is still reported: {}",
                                             c->id, e.after, f)});
      }
    }
  }
}

}  // namespace

GlossaryCheckResult check_glossaries(const std::vector<GlossaryText>& texts,
                                     const GlossaryCheckOptions& options) {
  GlossaryCheckResult result;
  result.files = texts.size();
  std::vector<std::unique_ptr<Glossary>> loaded;
  std::vector<const Concept*> concepts;
  std::map<std::string, SourceMark> ids;
  bool schema_ok = true;
  for (const auto& t : texts) {
    auto g = std::make_unique<Glossary>();
    try {
      g->add_yaml(t.text, t.name);
    } catch (const Error& e) {
      schema_ok = false;
      result.issues.push_back(
          {GlossaryIssue::Level::kError, {e.file(), e.line(), e.column()}, e.what()});
      continue;
    }
    for (const Concept& c : g->concepts()) {
      auto [it, fresh] = ids.emplace(c.id, c.mark);
      if (!fresh) {
        schema_ok = false;
        result.issues.push_back({GlossaryIssue::Level::kError, c.mark,
                                 fmt::format("concept id '{}' is already used ({})", c.id,
                                             where(it->second))});
      }
      concepts.push_back(&c);
      result.variants += c.variants.size();
    }
    loaded.push_back(std::move(g));
  }
  result.concepts = concepts.size();

  std::vector<FormEntry> forms;
  for (const Concept* c : concepts) collect_forms(*c, forms);
  size_t before_clashes = result.issues.size();
  check_clashes(forms, result.issues);
  bool forms_ok = result.issues.size() == before_clashes;
  check_exceptions(forms, result.issues);
  check_risky(forms, result.issues);

  if (options.examples && schema_ok && forms_ok) {
    try {
      ExampleRunner runner = options.examples();
      run_examples(concepts, runner, result);
      result.examples_run = true;
    } catch (const Error& e) {
      result.issues.push_back({GlossaryIssue::Level::kError,
                               {e.file(), e.line(), e.column()},
                               std::string("examples not run: ") + e.what()});
    }
  }
  if (options.references && schema_ok && forms_ok) {
    try {
      for (auto& issue : options.references()) result.issues.push_back(std::move(issue));
    } catch (const Error& e) {
      result.issues.push_back({GlossaryIssue::Level::kError,
                               {e.file(), e.line(), e.column()},
                               std::string("reference texts not checked: ") + e.what()});
    }
  }

  std::map<std::string, size_t> file_order;
  for (size_t i = 0; i < texts.size(); ++i) file_order.emplace(texts[i].name, i);
  auto order = [&](const SourceMark& m) {
    auto it = file_order.find(m.file);
    return std::make_tuple(it == file_order.end() ? texts.size() : it->second, m.line, m.column);
  };
  std::stable_sort(result.issues.begin(), result.issues.end(),
                   [&](const GlossaryIssue& a, const GlossaryIssue& b) {
                     return order(a.mark) < order(b.mark);
                   });
  return result;
}

std::unique_ptr<Glossary> load_glossary_texts(const std::vector<GlossaryText>& texts) {
  auto g = std::make_unique<Glossary>();
  for (const auto& t : texts) g->add_yaml(t.text, t.name);
  return g;
}

namespace {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::vector<LookupHit> lookup_term(const Glossary& glossary, std::string_view term) {
  std::string folded = ScanView::fold(term);
  std::string lower = ascii_lower(term);
  std::vector<LookupHit> exact, partial;
  if (folded.empty()) return exact;
  for (const Concept& c : glossary.concepts()) {
    std::vector<FormEntry> forms;
    collect_forms(c, forms);
    const FormEntry* equal = nullptr;
    const FormEntry* inside = nullptr;
    for (const auto& f : forms) {
      if (f.folded == folded) {
        equal = &f;
        break;
      }
      if (!inside && f.folded.find(folded) != std::string::npos) inside = &f;
    }
    if (equal) {
      exact.push_back({&c, equal->role, equal->text, true});
    } else if (c.id == term || ascii_lower(c.en) == lower) {
      exact.push_back({&c, FormRole::kOfficial, "", true});
    } else if (inside) {
      partial.push_back({&c, inside->role, inside->text, false});
    } else if (lower.size() >= 3 && ascii_lower(c.en).find(lower) != std::string::npos) {
      partial.push_back({&c, FormRole::kOfficial, "", false});
    }
  }
  if (!exact.empty()) return exact;
  return partial;
}

std::string describe_concept(const Concept& c) {
  std::string out = fmt::format("{}  [{}]  {}:{}\n", c.official, c.id, c.mark.file, c.mark.line);
  out += fmt::format("  official:     {}\n", c.official);
  if (!c.abbreviation.empty()) out += fmt::format("  abbreviation: {}\n", c.abbreviation);
  out += fmt::format("  en:           {}\n", c.en);
  for (const auto& a : c.accepted) out += fmt::format("  accepted:     {}\n", a);
  for (const auto& v : c.variants) {
    out += fmt::format("  variant:      {} ({}, {})", v.form, variant_kind_name(v.kind),
                       variant_kind_label_zh(v.kind));
    if (!v.note.empty()) out += "  " + v.note;
    out += "\n";
  }
  for (const auto& e : c.exceptions) out += fmt::format("  exception:    {}\n", e);
  out += fmt::format("  source:       {}\n", c.source);
  if (!c.note.empty()) out += fmt::format("  note:         {}\n", c.note);
  return out;
}

namespace {

std::string tsv_field(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

std::string regex_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::string_view("\\^$.|?*+()[]{}/").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// A prh pattern for `variant`: the plain text, or, where the expected form contains it, a
// regular expression that does not match inside the expected form (prh issue #17). A text with
// a hyphen or a yen sign is written as a regular expression too: prh escapes those two in a plain
// pattern, and `\-` is an error in the Unicode-mode expressions it builds.
std::string prh_pattern(const std::string& expected, const std::string& variant) {
  size_t at = expected.find(variant);
  if (at == std::string::npos) {
    const bool prh_misescapes = variant.find('-') != std::string::npos ||
                                variant.find("\u00A5") != std::string::npos;
    return prh_misescapes ? "/" + regex_escape(variant) + "/" : variant;
  }
  std::string prefix = expected.substr(0, at), suffix = expected.substr(at + variant.size());
  std::string re = "/";
  if (!prefix.empty()) re += "(?<!" + regex_escape(prefix) + ")";
  re += regex_escape(variant);
  if (!suffix.empty()) re += "(?!" + regex_escape(suffix) + ")";
  return re + "/";
}

// A YAML double-quoted scalar.
std::string yaml_quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

// What prh makes of `text` with plain patterns: one pass from the left, and at each position the
// first pattern, in the order listed, that starts there is replaced (prh joins a rule's patterns
// into one regular expression, /(?:a|b)/g).
std::string prh_apply(std::string_view text, const std::vector<const Variant*>& patterns,
                      const std::string& expected) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    const Variant* hit = nullptr;
    for (const Variant* v : patterns) {
      if (!v->form.empty() && text.substr(i).starts_with(v->form)) {
        hit = v;
        break;
      }
    }
    if (hit) {
      out += expected;
      i += hit->form.size();
    } else {
      out += text[i++];
    }
  }
  return out;
}

}  // namespace

std::string export_tsv(const Glossary& glossary) {
  std::string out = "id\tofficial\tvariant\tkind\n";
  for (const Concept& c : glossary.concepts()) {
    for (const Variant& v : c.variants) {
      out += fmt::format("{}\t{}\t{}\t{}\n", tsv_field(c.id), tsv_field(c.official),
                         tsv_field(v.form), variant_kind_name(v.kind));
    }
  }
  return out;
}

std::string export_prh(const Glossary& glossary) {
  std::string y =
      "# prh dictionary exported by `unlint glossary export --format prh`.\n"
      "# Exception phrases and abbreviation rules are not expressible in prh.\n"
      "version: 1\n"
      "rules:\n";
  for (const Concept& c : glossary.concepts()) {
    if (c.variants.empty()) continue;
    y += "  - expected: " + yaml_quote(c.official) + "\n    patterns:\n";
    // Longest first: prh tries a rule's patterns in the order listed, so a variant that starts
    // another one (原住民, 原住民族) would otherwise cut the longer one short, as unlint never does.
    std::vector<const Variant*> vs;
    for (const Variant& v : c.variants) vs.push_back(&v);
    std::stable_sort(vs.begin(), vs.end(), [](const Variant* a, const Variant* b) {
      return a->form.size() > b->form.size();
    });
    bool plain = true;
    for (const Variant* v : vs) {
      std::string p = prh_pattern(c.official, v->form);
      plain = plain && p == v->form;
      y += "      - " + yaml_quote(p) + "\n";
    }
    y += "    prh: " +
         yaml_quote(fmt::format("联合国正式用语为“{}” (UN term for “{}”)", c.official, c.en)) + "\n";
    std::vector<const Example*> specs;
    if (plain) {
      for (const Example& e : c.examples) {
        if (e.before != e.after && prh_apply(e.before, vs, c.official) == e.after) {
          specs.push_back(&e);
        }
      }
    }
    if (!specs.empty()) {
      y += "    specs:\n";
      for (const Example* e : specs) {
        y += "      - from: " + yaml_quote(e->before) + "\n        to: " + yaml_quote(e->after) + "\n";
      }
    }
  }
  return y;
}

}  // namespace unlint
