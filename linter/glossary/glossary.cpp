#include "glossary/glossary.h"

#include <algorithm>
#include <cstring>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/error.h"
#include "text/scan_view.h"
#include "text/utf8.h"
#include "text/yaml_tree.h"

namespace unlint {

std::string_view variant_kind_name(VariantKind k) {
  switch (k) {
    case VariantKind::kRegional: return "regional";
    case VariantKind::kNonUn: return "non-un";
    case VariantKind::kDeprecated: return "deprecated";
    case VariantKind::kMisspelling: return "misspelling";
  }
  return "non-un";
}

std::string_view variant_kind_label_zh(VariantKind k) {
  switch (k) {
    case VariantKind::kRegional: return "地区用法";
    case VariantKind::kNonUn: return "非联合国用语";
    case VariantKind::kDeprecated: return "旧称";
    case VariantKind::kMisspelling: return "误写";
  }
  return "非联合国用语";
}

namespace {

constexpr uint32_t kNoConcept = UINT32_MAX;

class YamlReader {
 public:
  explicit YamlReader(const std::string& file) : file_(file) {}

  SourceMark mark(const YamlNode& n) const {
    YamlMark m = n.Mark();
    return {file_, m.line + 1, m.column + 1};
  }
  [[noreturn]] void fail(const YamlNode& n, const std::string& what) const {
    SourceMark m = mark(n);
    throw Error(file_, m.line, m.column, what);
  }
  void expect_map(const YamlNode& n, const char* what) const {
    if (!n.IsMap()) fail(n, std::string("expected a mapping for ") + what);
  }
  void expect_keys(const YamlNode& n, std::initializer_list<std::string_view> allowed,
                   const char* what) const {
    for (const auto& kv : n) {
      std::string key = kv.first.Scalar();
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        std::string list;
        for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        fail(kv.first, "unknown key '" + key + "' in " + what + "; expected one of: " + list);
      }
    }
  }
  std::string string(const YamlNode& n, const char* what, bool non_empty = true) const {
    if (!n.IsScalar()) fail(n, std::string("expected a string for ") + what);
    std::string s = n.Scalar();
    if (non_empty && s.empty()) fail(n, std::string("expected a non-empty string for ") + what);
    if (utf8::valid_prefix(s) != s.size()) fail(n, std::string("invalid UTF-8 in ") + what);
    return s;
  }
  std::vector<std::string> strings(const YamlNode& n, const char* what) const {
    if (!n.IsSequence()) fail(n, std::string("expected a list of strings for ") + what);
    std::vector<std::string> out;
    for (const auto& item : n) out.push_back(string(item, what));
    return out;
  }

 private:
  const std::string& file_;
};

bool parse_variant_kind(std::string_view s, VariantKind* out) {
  for (VariantKind k : {VariantKind::kRegional, VariantKind::kNonUn, VariantKind::kDeprecated,
                        VariantKind::kMisspelling}) {
    if (variant_kind_name(k) == s) {
      *out = k;
      return true;
    }
  }
  return false;
}

bool valid_id(std::string_view id) {
  if (id.empty()) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_')) {
      return false;
    }
  }
  return true;
}

}  // namespace

Glossary::Glossary() = default;
Glossary::~Glossary() = default;

void Glossary::add_yaml(std::string_view yaml_text, const std::string& name) {
  auto tree = YamlTree::parse(yaml_text, name);
  add_tree(tree->root(), name);
}

void Glossary::add_tree(const YamlNode& root, const std::string& name) {
  YamlReader r(name);
  if (!root.IsMap()) {
    throw Error(name, 1, 1, "expected a mapping with 'glossary' and 'concepts'");
  }
  r.expect_keys(root, {"glossary", "concepts"}, "a glossary file");
  if (root["glossary"]) {
    r.expect_map(root["glossary"], "'glossary'");
    r.expect_keys(root["glossary"], {"name", "description", "sources"}, "'glossary'");
  }
  YamlNode list = root["concepts"];
  if (!list) throw Error(name, 1, 1, "missing 'concepts': expected a list of concepts");
  if (!list.IsSequence()) r.fail(list, "expected a list for 'concepts'");
  std::unordered_set<std::string> ids;
  for (const auto& c : concepts_) ids.insert(c.id);
  for (const YamlNode& n : list) {
    r.expect_map(n, "a concept");
    r.expect_keys(n,
                  {"id", "official", "en", "accepted", "abbreviation", "introduce", "variants",
                   "exceptions", "examples", "source", "note"},
                  "a concept");
    Concept c;
    c.mark = r.mark(n);
    if (!n["id"]) r.fail(n, "concept without 'id'");
    c.id = r.string(n["id"], "'id'");
    if (!valid_id(c.id)) r.fail(n["id"], "expected an id of a-z, 0-9, '-', '.', '_'");
    if (!ids.insert(c.id).second) r.fail(n["id"], "duplicate concept id '" + c.id + "'");
    if (!n["official"]) r.fail(n, "concept '" + c.id + "' without 'official'");
    c.official = r.string(n["official"], "'official'");
    if (!n["en"]) r.fail(n, "concept '" + c.id + "' without 'en' (the English term)");
    c.en = r.string(n["en"], "'en'");
    if (!n["source"]) r.fail(n, "concept '" + c.id + "' without 'source' (where it is attested)");
    c.source = r.string(n["source"], "'source'");
    if (n["note"]) c.note = r.string(n["note"], "'note'");
    if (n["accepted"]) c.accepted = r.strings(n["accepted"], "'accepted'");
    if (n["abbreviation"]) c.abbreviation = r.string(n["abbreviation"], "'abbreviation'");
    if (n["introduce"]) {
      std::string how = r.string(n["introduce"], "'introduce'");
      if (how != "with-abbreviation" && how != "full-name") {
        r.fail(n["introduce"], "expected 'with-abbreviation' or 'full-name' for 'introduce'");
      }
      c.introduce_full_name_only = how == "full-name";
    }
    if (n["exceptions"]) c.exceptions = r.strings(n["exceptions"], "'exceptions'");
    if (n["variants"]) {
      if (!n["variants"].IsSequence()) r.fail(n["variants"], "expected a list for 'variants'");
      for (const YamlNode& v : n["variants"]) {
        Variant var;
        var.mark = r.mark(v);
        if (v.IsScalar()) {
          var.form = r.string(v, "a variant");
        } else {
          r.expect_map(v, "a variant");
          r.expect_keys(v, {"form", "kind", "note"}, "a variant");
          if (!v["form"]) r.fail(v, "variant without 'form'");
          var.form = r.string(v["form"], "'form'");
          if (v["kind"]) {
            std::string kind = r.string(v["kind"], "'kind'");
            if (!parse_variant_kind(kind, &var.kind)) {
              r.fail(v["kind"], "unknown variant kind '" + kind +
                                    "'; expected regional, non-un, deprecated or misspelling");
            }
          }
          if (v["note"]) var.note = r.string(v["note"], "'note'");
        }
        c.variants.push_back(std::move(var));
      }
    }
    if (n["examples"]) {
      if (!n["examples"].IsSequence()) r.fail(n["examples"], "expected a list for 'examples'");
      for (const YamlNode& e : n["examples"]) {
        r.expect_map(e, "an example");
        r.expect_keys(e, {"before", "after"}, "an example");
        if (!e["before"] || !e["after"]) r.fail(e, "an example needs 'before' and 'after'");
        c.examples.push_back(
            {r.string(e["before"], "'before'"), r.string(e["after"], "'after'"), r.mark(e)});
      }
    }
    if (c.accepted.size() > 0xFFFF || c.variants.size() > 0xFFFF) r.fail(n, "too many forms");
    uint32_t ci = static_cast<uint32_t>(concepts_.size());
    add_key(c.official, {ci, FormRole::kOfficial, 0}, r.mark(n["official"]));
    for (size_t k = 0; k < c.accepted.size(); ++k) {
      add_key(c.accepted[k], {ci, FormRole::kAccepted, static_cast<uint16_t>(k)},
              r.mark(n["accepted"][k]));
    }
    if (!c.abbreviation.empty()) {
      add_key(c.abbreviation, {ci, FormRole::kAbbreviation, 0}, r.mark(n["abbreviation"]));
    }
    for (size_t k = 0; k < c.variants.size(); ++k) {
      add_key(c.variants[k].form, {ci, FormRole::kVariant, static_cast<uint16_t>(k)},
              c.variants[k].mark);
    }
    for (size_t k = 0; k < c.exceptions.size(); ++k) {
      add_key(c.exceptions[k], {ci, FormRole::kException, static_cast<uint16_t>(k)},
              r.mark(n["exceptions"][k]));
    }
    concepts_.push_back(std::move(c));
  }
}

void Glossary::add_accepted_phrase(const std::string& phrase) {
  if (phrase.empty()) return;
  accepted_phrases_.push_back(phrase);
  add_key(phrase,
          {kNoConcept, FormRole::kException, static_cast<uint16_t>(accepted_phrases_.size() - 1)},
          {"configuration", 0, 0});
}

void Glossary::add_key(const std::string& form, FormRef ref, const SourceMark& mark) {
  pending_.push_back({ScanView::fold(form), ref, mark});
}

const std::string& Glossary::form_text(const FormRef& f) const {
  if (f.concept_index == kNoConcept) return accepted_phrases_[f.index];
  const Concept& c = concepts_[f.concept_index];
  switch (f.role) {
    case FormRole::kOfficial: return c.official;
    case FormRole::kAccepted: return c.accepted[f.index];
    case FormRole::kAbbreviation: return c.abbreviation;
    case FormRole::kVariant: return c.variants[f.index].form;
    case FormRole::kException: return c.exceptions[f.index];
  }
  return c.official;
}

void Glossary::build() {
  // A form must mean one thing. A team's accepted phrase may repeat a glossary form: it wins.
  std::unordered_map<std::string, size_t> seen;
  std::vector<PendingKey> keys;
  keys.reserve(pending_.size());
  for (auto& k : pending_) {
    if (k.folded.empty()) continue;
    auto [it, fresh] = seen.emplace(k.folded, keys.size());
    if (fresh) {
      keys.push_back(std::move(k));
      continue;
    }
    PendingKey& first = keys[it->second];
    if (k.ref.concept_index == kNoConcept) {
      first.ref = k.ref;
      continue;
    }
    if (first.ref.concept_index == kNoConcept) continue;
    const std::string& other = concepts_[first.ref.concept_index].id;
    throw Error(k.mark.file, k.mark.line, k.mark.column,
                "form '" + k.folded + "' is already a form of concept '" + other + "' (" +
                    first.mark.file + ":" + std::to_string(first.mark.line) +
                    "); a form must belong to one concept");
  }
  pending_.clear();
  marisa::Keyset keyset;
  for (const auto& k : keys) keyset.push_back(k.folded.data(), k.folded.size());
  trie_ = std::make_unique<marisa::Trie>();
  refs_.assign(keys.size(), FormRef{});
  first_bmp_.fill(0);
  any_astral_first_ = false;
  pairs_.clear();
  pair_keys_.clear();
  key_bytes_.clear();
  pair_heads_.clear();
  pair_bits_.clear();
  any_single_ = false;
  if (keys.empty()) return;
  trie_->build(keyset, static_cast<int>(MARISA_DEFAULT_NUM_TRIES) | static_cast<int>(MARISA_TEXT_TAIL) |
                           static_cast<int>(MARISA_LABEL_ORDER));
  std::vector<std::pair<std::string_view, uint32_t>> by_id;
  by_id.reserve(keys.size());
  for (size_t i = 0; i < keyset.size(); ++i) {
    const marisa::Key& key = keyset[i];
    const PendingKey& k = keys[i];
    refs_[key.id()] = k.ref;
    by_id.emplace_back(k.folded, static_cast<uint32_t>(key.id()));
    size_t pos = 0;
    char32_t c = utf8::next(k.folded, pos);
    if (c < 0x10000) {
      first_bmp_[c >> 6] |= uint64_t{1} << (c & 63);
    } else {
      any_astral_first_ = true;
    }
  }
  build_pairs(by_id);
}

namespace {

uint32_t pair_hash(char32_t a, char32_t b) {
  uint64_t x = (static_cast<uint64_t>(a) << 21) ^ b;
  return static_cast<uint32_t>((x * 0x9E3779B97F4A7C15ull) >> 32);
}

uint32_t sub_hash(uint32_t group, char32_t third, char32_t fourth) {
  uint64_t x = (static_cast<uint64_t>(group) << 42) ^ (static_cast<uint64_t>(third) << 21) ^ fourth;
  return static_cast<uint32_t>((x * 0x9E3779B97F4A7C15ull) >> 32);
}

// The third and fourth code points of a key (0 past its end).
std::pair<char32_t, char32_t> third_and_fourth(std::string_view key) {
  size_t i = 0;
  char32_t cp[4] = {};
  for (int k = 0; k < 4 && i < key.size(); ++k) cp[k] = utf8::next(key, i);
  return {cp[2], cp[3]};
}

// The first two code points of a key; 0 for the second when the key has one.
std::pair<char32_t, char32_t> first_pair(std::string_view key) {
  size_t i = 0;
  char32_t a = utf8::next(key, i);
  char32_t b = i < key.size() ? utf8::next(key, i) : 0;
  return {a, b};
}

}  // namespace

void Glossary::build_pairs(const std::vector<std::pair<std::string_view, uint32_t>>& keys) {
  struct Item {
    char32_t a, b;
    std::string_view key;
    uint32_t id;
  };
  std::vector<Item> items;
  items.reserve(keys.size());
  for (const auto& [key, id] : keys) {
    auto [a, b] = first_pair(key);
    items.push_back({a, b, key, id});
  }
  // Groups in key order; inside a group, longest first (the first key that matches is the
  // longest), ties by id so the table is the same on every build.
  std::sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
    if (x.a != y.a) return x.a < y.a;
    if (x.b != y.b) return x.b < y.b;
    if (x.key.size() != y.key.size()) return x.key.size() > y.key.size();
    return x.id < y.id;
  });
  size_t groups = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    groups += i == 0 || items[i].a != items[i - 1].a || items[i].b != items[i - 1].b;
  }
  size_t size = 8;
  while (size < groups * 2) size <<= 1;
  pairs_.assign(size, PairSlot{});
  pair_keys_.clear();
  pair_keys_.reserve(items.size());
  key_bytes_.clear();
  for (size_t i = 0; i < items.size();) {
    size_t j = i;
    const uint32_t begin = static_cast<uint32_t>(pair_keys_.size());
    for (; j < items.size() && items[j].a == items[i].a && items[j].b == items[i].b; ++j) {
      pair_keys_.push_back({static_cast<uint32_t>(key_bytes_.size()),
                            static_cast<uint32_t>(items[j].key.size()), items[j].id});
      key_bytes_ += items[j].key;
    }
    size_t slot = pair_hash(items[i].a, items[i].b) & (size - 1);
    while (pairs_[slot].count != 0) slot = (slot + 1) & (size - 1);
    pairs_[slot] = {static_cast<uint32_t>(items[i].a), static_cast<uint32_t>(items[i].b), begin,
                    static_cast<uint32_t>(j - i)};
    i = j;
  }
  index_pairs();
}

void Glossary::index_pairs() {
  pair_heads_.clear();
  pair_heads_.reserve(pair_keys_.size());
  for (const PairKey& k : pair_keys_) {
    const size_t n = std::min<size_t>(k.length, 16);
    unsigned char bytes[16] = {}, mask[16] = {};
    std::memcpy(bytes, key_bytes_.data() + k.offset, n);
    std::memset(mask, 0xFF, n);
    PairHead h;
    std::memcpy(h.bytes, bytes, 16);
    std::memcpy(h.mask, mask, 16);
    pair_heads_.push_back(h);
  }
  any_single_ = false;
  for (const PairSlot& p : pairs_) any_single_ = any_single_ || (p.count != 0 && p.second_cp == 0);
  // Split the large groups: each key under its third and fourth code points, longest first
  // inside each (the group's order, kept by the stable sort).
  struct Entry {
    uint32_t group;
    char32_t third, fourth;
    uint32_t key;
  };
  std::vector<Entry> entries;
  for (const PairSlot& p : pairs_) {
    if (p.count <= kPairGroupSplit) continue;
    for (uint32_t k = p.begin; k < p.begin + p.count; ++k) {
      const PairKey& key = pair_keys_[k];
      auto [third, fourth] =
          third_and_fourth(std::string_view(key_bytes_).substr(key.offset, key.length));
      entries.push_back({p.begin, third, fourth, k});
    }
  }
  auto sub_of = [](const Entry& e) { return std::tie(e.group, e.third, e.fourth); };
  std::stable_sort(entries.begin(), entries.end(),
                   [&](const Entry& x, const Entry& y) { return sub_of(x) < sub_of(y); });
  size_t sub_groups = 0;
  for (size_t i = 0; i < entries.size(); ++i) {
    sub_groups += i == 0 || sub_of(entries[i]) != sub_of(entries[i - 1]);
  }
  size_t sub_size = 0;
  if (sub_groups > 0) {
    sub_size = 8;
    while (sub_size < sub_groups * 2) sub_size <<= 1;
  }
  subs_.assign(sub_size, SubSlot{});
  sub_keys_.clear();
  sub_keys_.reserve(entries.size());
  for (size_t i = 0; i < entries.size();) {
    const Entry& e = entries[i];
    const uint32_t begin = static_cast<uint32_t>(sub_keys_.size());
    size_t j = i;
    for (; j < entries.size() && sub_of(entries[j]) == sub_of(e); ++j) {
      sub_keys_.push_back(entries[j].key);
    }
    size_t slot = sub_hash(e.group, e.third, e.fourth) & (sub_size - 1);
    while (subs_[slot].count != 0) slot = (slot + 1) & (sub_size - 1);
    subs_[slot] = {e.group, e.third, e.fourth, begin, static_cast<uint32_t>(j - i)};
    i = j;
  }
  // Sixteen bits per group, a power of two words.
  size_t words = 1;
  while (words * 64 < pairs_.size() * 8) words <<= 1;
  pair_bits_.assign(words, 0);
  for (const PairSlot& p : pairs_) {
    if (p.count == 0) continue;
    uint32_t h = pair_hash(p.first_cp, p.second_cp);
    pair_bits_[(h >> 6) & (words - 1)] |= uint64_t{1} << (h & 63);
  }
}

const Glossary::PairSlot* Glossary::find_pair(char32_t a, char32_t b) const {
  const uint32_t hash = pair_hash(a, b);
  if (!may_pair(hash)) return nullptr;
  const size_t mask = pairs_.size() - 1;
  size_t slot = hash & mask;
  for (size_t probes = 0; probes <= mask; ++probes, slot = (slot + 1) & mask) {
    const PairSlot& p = pairs_[slot];
    if (p.count == 0) return nullptr;
    if (p.first_cp == a && p.second_cp == b) return &p;
  }
  return nullptr;
}

const Glossary::SubSlot* Glossary::find_sub(uint32_t group, char32_t third, char32_t fourth) const {
  if (subs_.empty()) return nullptr;
  const size_t mask = subs_.size() - 1;
  size_t slot = sub_hash(group, third, fourth) & mask;
  for (size_t probes = 0; probes <= mask; ++probes, slot = (slot + 1) & mask) {
    const SubSlot& s = subs_[slot];
    if (s.count == 0) return nullptr;
    if (s.group == group && s.third == third && s.fourth == fourth) return &s;
  }
  return nullptr;
}

bool Glossary::valid_pairs() const {
  if (refs_.empty()) return pairs_.empty() && pair_keys_.empty();
  if (pairs_.size() < 2 || (pairs_.size() & (pairs_.size() - 1)) != 0) return false;
  for (const PairSlot& p : pairs_) {
    if (p.count != 0 && (p.begin > pair_keys_.size() || p.count > pair_keys_.size() - p.begin)) {
      return false;
    }
  }
  for (const PairKey& k : pair_keys_) {
    if (k.length == 0 || k.offset > key_bytes_.size() ||
        k.length > key_bytes_.size() - k.offset || k.id >= refs_.size()) {
      return false;
    }
  }
  return true;
}

template <class Keep>
void Glossary::scan_with(const ScanView& view, std::vector<TermMatch>& out, Keep&& keep) const {
  if (refs_.empty()) return;
  const std::string& t = view.text();
  const size_t n = t.size();
  marisa::Agent agent;
  // The longest of `count` keys (pair_keys_ indices key_at(0), key_at(1), …, longest first)
  // that starts `rest`: 0 when none.
  auto longest_of = [&](uint32_t count, auto key_at, std::string_view rest, size_t* id) -> size_t {
    if (count > kPairGroupLinear) {
      agent.set_query(rest.data(), rest.size());
      size_t best = 0;
      while (trie_->common_prefix_search(agent)) {
        if (agent.key().length() > best) {
          best = agent.key().length();
          *id = agent.key().id();
        }
      }
      return best;
    }
    uint64_t head[2];
    if (rest.size() >= 16) {
      std::memcpy(head, rest.data(), 16);
    } else {
      unsigned char head_bytes[16] = {};
      std::memcpy(head_bytes, rest.data(), rest.size());
      std::memcpy(head, head_bytes, 16);
    }
    for (uint32_t x = 0; x < count; ++x) {
      const uint32_t k = key_at(x);
      const PairKey& key = pair_keys_[k];
      const PairHead& h = pair_heads_[k];
      if (key.length <= rest.size() && (head[0] & h.mask[0]) == h.bytes[0] &&
          (head[1] & h.mask[1]) == h.bytes[1] &&
          (key.length <= 16 || std::memcmp(rest.data() + 16, key_bytes_.data() + key.offset + 16,
                                           key.length - 16) == 0)) {
        *id = key.id;
        return key.length;
      }
    }
    return 0;
  };
  // The longest key of the group that starts `rest`, whose first two code points end at
  // `after_pair`: 0 when none.
  auto longest = [&](const PairSlot& group, std::string_view rest, size_t after_pair,
                     size_t* id) -> size_t {
    if (group.count <= kPairGroupSplit) {
      return longest_of(group.count, [&](uint32_t x) { return group.begin + x; }, rest, id);
    }
    // Split: the keys that go on as the text does, then those that end after three code points,
    // then those of two.
    char32_t third = 0, fourth = 0;
    size_t k = after_pair;
    if (k < n) third = utf8::next(t, k);
    if (k < n) fourth = utf8::next(t, k);
    auto in_sub = [&](char32_t c3, char32_t c4) -> size_t {
      const SubSlot* s = find_sub(group.begin, c3, c4);
      if (!s) return 0;
      return longest_of(s->count, [&](uint32_t x) { return sub_keys_[s->begin + x]; }, rest, id);
    };
    size_t len = 0;
    if (third != 0 && fourth != 0) len = in_sub(third, fourth);
    if (len == 0 && third != 0) len = in_sub(third, 0);
    if (len == 0) len = in_sub(0, 0);
    return len;
  };
  size_t i = 0;
  while (i < n) {
    size_t at = i;
    char32_t c = utf8::next(t, i);
    if (!may_start(c)) continue;
    size_t j = i;
    char32_t d = j < n ? utf8::next(t, j) : 0;
    std::string_view rest(t.data() + at, n - at);
    size_t best_len = 0, best_id = 0;
    if (const PairSlot* g = find_pair(c, d)) best_len = longest(*g, rest, j, &best_id);
    if (best_len == 0 && d != 0 && any_single_) {
      if (const PairSlot* g = find_pair(c, 0)) best_len = longest(*g, rest, i, &best_id);
    }
    if (best_len == 0) continue;
    const TermMatch m{static_cast<uint32_t>(at), static_cast<uint32_t>(at + best_len),
                      refs_[best_id]};
    if (keep(m)) out.push_back(m);
    i = at + best_len;
  }
}

void Glossary::scan(const ScanView& view, std::vector<TermMatch>& out) const {
  scan_with(view, out, [](const TermMatch&) { return true; });
}

void Glossary::scan_for_rules(const ScanView& view, std::vector<TermMatch>& out) const {
  std::vector<char> named(concepts_.size(), 0);
  scan_with(view, out, [&](const TermMatch& m) {
    switch (m.form.role) {
      case FormRole::kException: return false;
      case FormRole::kOfficial:
        if (!concepts_[m.form.concept_index].accepted.empty()) return true;
        if (named[m.form.concept_index]) return false;
        named[m.form.concept_index] = 1;
        return true;
      default: return true;
    }
  });
}

bool Glossary::lookup(std::string_view form, FormRef* out) const {
  if (refs_.empty()) return false;
  std::string folded = ScanView::fold(form);
  marisa::Agent agent;
  agent.set_query(folded.data(), folded.size());
  if (!trie_->lookup(agent)) return false;
  *out = refs_[agent.key().id()];
  return true;
}

}  // namespace unlint
