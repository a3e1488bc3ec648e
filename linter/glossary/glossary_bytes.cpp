// The compiled glossary: Glossary::to_bytes / from_bytes. A flat little-endian record of the
// concepts, the key table, the first-code-point bitmap, the scan's table of key groups by their
// first two code points, and the marisa trie (written with marisa's own writer, mapped back
// without copying).
#include <cstring>
#include <marisa/iostream.h>

#include <sstream>

#include "glossary/glossary.h"

namespace unlint {
namespace {

constexpr std::string_view kMagic = "UNLINT-GLOSSARY-3\n";

class Writer {
 public:
  void u32(uint32_t v) { out_.append(reinterpret_cast<const char*>(&v), 4); }
  void str(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void mark(const SourceMark& m) {
    str(m.file);
    u32(static_cast<uint32_t>(m.line));
    u32(static_cast<uint32_t>(m.column));
  }
  void strs(const std::vector<std::string>& v) {
    u32(static_cast<uint32_t>(v.size()));
    for (const auto& s : v) str(s);
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  uint32_t u32() {
    if (in_.size() < 4) return fail();
    uint32_t v;
    std::memcpy(&v, in_.data(), 4);
    in_.remove_prefix(4);
    return v;
  }
  std::string str() {
    uint32_t n = u32();
    if (!ok_ || in_.size() < n) return fail(), std::string();
    std::string s(in_.substr(0, n));
    in_.remove_prefix(n);
    return s;
  }
  SourceMark mark() {
    SourceMark m;
    m.file = str();
    m.line = static_cast<int>(u32());
    m.column = static_cast<int>(u32());
    return m;
  }
  std::vector<std::string> strs() {
    uint32_t n = u32();
    std::vector<std::string> v;
    for (uint32_t i = 0; ok_ && i < n; ++i) v.push_back(str());
    return v;
  }
  std::string_view rest() const { return in_; }
  // A count that cannot exceed what is left: guards against damaged bytes.
  uint32_t count(size_t min_each) {
    uint32_t n = u32();
    if (n > in_.size() / std::max<size_t>(min_each, 1)) return fail();
    return n;
  }

 private:
  uint32_t fail() {
    ok_ = false;
    in_ = {};
    return 0;
  }
  std::string_view in_;
  bool ok_ = true;
};

}  // namespace

std::string Glossary::to_bytes() const {
  Writer w;
  w.out() += kMagic;
  w.u32(static_cast<uint32_t>(concepts_.size()));
  for (const Concept& c : concepts_) {
    w.str(c.id), w.str(c.official), w.str(c.en), w.strs(c.accepted), w.str(c.abbreviation);
    w.u32(c.introduce_full_name_only);
    w.u32(static_cast<uint32_t>(c.variants.size()));
    for (const Variant& v : c.variants) {
      w.str(v.form), w.u32(static_cast<uint32_t>(v.kind)), w.str(v.note), w.mark(v.mark);
    }
    w.strs(c.exceptions);
    w.u32(static_cast<uint32_t>(c.examples.size()));
    for (const Example& e : c.examples) w.str(e.before), w.str(e.after), w.mark(e.mark);
    w.str(c.source), w.str(c.note), w.mark(c.mark);
  }
  w.strs(accepted_phrases_);
  w.u32(static_cast<uint32_t>(refs_.size()));
  for (const FormRef& r : refs_) {
    w.u32(r.concept_index), w.u32(static_cast<uint32_t>(r.role)), w.u32(r.index);
  }
  w.out().append(reinterpret_cast<const char*>(first_bmp_.data()), sizeof first_bmp_);
  w.u32(any_astral_first_);
  w.u32(static_cast<uint32_t>(pairs_.size()));
  for (const PairSlot& p : pairs_) {
    w.u32(p.first_cp), w.u32(p.second_cp), w.u32(p.begin), w.u32(p.count);
  }
  w.u32(static_cast<uint32_t>(pair_keys_.size()));
  for (const PairKey& k : pair_keys_) w.u32(k.offset), w.u32(k.length), w.u32(k.id);
  w.str(key_bytes_);
  std::ostringstream trie;
  if (!refs_.empty()) marisa::write(trie, *trie_);
  w.str(trie.str());
  return std::move(w.out());
}

std::unique_ptr<Glossary> Glossary::from_bytes(std::string bytes) {
  std::string_view in(bytes);
  if (in.substr(0, kMagic.size()) != kMagic) return nullptr;
  Reader r(in.substr(kMagic.size()));
  auto g = std::make_unique<Glossary>();
  uint32_t n = r.count(16);
  g->concepts_.reserve(n);
  for (uint32_t i = 0; r.ok() && i < n; ++i) {
    Concept c;
    c.id = r.str(), c.official = r.str(), c.en = r.str(), c.accepted = r.strs();
    c.abbreviation = r.str();
    c.introduce_full_name_only = r.u32() != 0;
    uint32_t nv = r.count(16);
    for (uint32_t k = 0; r.ok() && k < nv; ++k) {
      Variant v;
      v.form = r.str();
      uint32_t kind = r.u32();
      if (kind > static_cast<uint32_t>(VariantKind::kMisspelling)) return nullptr;
      v.kind = static_cast<VariantKind>(kind);
      v.note = r.str(), v.mark = r.mark();
      c.variants.push_back(std::move(v));
    }
    c.exceptions = r.strs();
    uint32_t ne = r.count(16);
    for (uint32_t k = 0; r.ok() && k < ne; ++k) {
      Example e;
      e.before = r.str(), e.after = r.str(), e.mark = r.mark();
      c.examples.push_back(std::move(e));
    }
    c.source = r.str(), c.note = r.str(), c.mark = r.mark();
    g->concepts_.push_back(std::move(c));
  }
  g->accepted_phrases_ = r.strs();
  uint32_t nr = r.count(12);
  g->refs_.resize(nr);
  for (uint32_t i = 0; r.ok() && i < nr; ++i) {
    FormRef& f = g->refs_[i];
    f.concept_index = r.u32();
    uint32_t role = r.u32();
    f.index = static_cast<uint16_t>(r.u32());
    if (role > static_cast<uint32_t>(FormRole::kException)) return nullptr;
    f.role = static_cast<FormRole>(role);
    // Every reference must point at something that exists.
    if (f.concept_index == UINT32_MAX) {
      if (f.role != FormRole::kException || f.index >= g->accepted_phrases_.size()) return nullptr;
    } else {
      if (f.concept_index >= g->concepts_.size()) return nullptr;
      const Concept& c = g->concepts_[f.concept_index];
      size_t limit = f.role == FormRole::kAccepted    ? c.accepted.size()
                     : f.role == FormRole::kVariant   ? c.variants.size()
                     : f.role == FormRole::kException ? c.exceptions.size()
                                                      : 1;
      if (f.index >= limit) return nullptr;
    }
  }
  std::string_view rest = r.rest();
  if (!r.ok() || rest.size() < sizeof g->first_bmp_ + 8) return nullptr;
  std::memcpy(g->first_bmp_.data(), rest.data(), sizeof g->first_bmp_);
  Reader tail(rest.substr(sizeof g->first_bmp_));
  g->any_astral_first_ = tail.u32() != 0;
  uint32_t np = tail.count(16);
  g->pairs_.resize(np);
  for (uint32_t i = 0; tail.ok() && i < np; ++i) {
    PairSlot& p = g->pairs_[i];
    p.first_cp = tail.u32(), p.second_cp = tail.u32(), p.begin = tail.u32(), p.count = tail.u32();
  }
  uint32_t nk = tail.count(12);
  g->pair_keys_.resize(nk);
  for (uint32_t i = 0; tail.ok() && i < nk; ++i) {
    PairKey& k = g->pair_keys_[i];
    k.offset = tail.u32(), k.length = tail.u32(), k.id = tail.u32();
  }
  g->key_bytes_ = tail.str();
  g->trie_bytes_ = tail.str();
  if (!tail.ok() || !tail.rest().empty() || !g->valid_pairs()) return nullptr;
  g->index_pairs();
  g->trie_ = std::make_unique<marisa::Trie>();
  if (!g->refs_.empty()) {
    try {
      g->trie_->map(g->trie_bytes_.data(), g->trie_bytes_.size());
    } catch (const marisa::Exception&) {
      return nullptr;
    }
    if (g->trie_->num_keys() != g->refs_.size()) return nullptr;
  }
  return g;
}

}  // namespace unlint
