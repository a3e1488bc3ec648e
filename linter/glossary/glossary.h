// Glossary: concepts of official UN Chinese terminology, their forms, and the trie that finds them.
//
// Every surface form (official, accepted alternative, abbreviation, variant, exception phrase) is a
// key of one marisa-trie, stored as the ScanView sees it, so matching runs over the view.
// Invariant: after build(), a folded form belongs to exactly one (concept, role).
#pragma once

#include <marisa.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace unlint {

class ScanView;
class YamlNode;

enum class FormRole : uint8_t { kOfficial, kAccepted, kAbbreviation, kVariant, kException };
enum class VariantKind : uint8_t { kRegional, kNonUn, kDeprecated, kMisspelling };

std::string_view variant_kind_name(VariantKind k);           // "regional", "non-un", ...
std::string_view variant_kind_label_zh(VariantKind k);       // "地区用法", ...

// Where a YAML entry was written, for error messages and glossary tooling.
struct SourceMark {
  std::string file;
  int line = 0;    // 1-based
  int column = 0;  // 1-based
};

struct Variant {
  std::string form;
  VariantKind kind = VariantKind::kNonUn;
  std::string note;
  SourceMark mark;
};

struct Example {
  std::string before;
  std::string after;
  SourceMark mark;
};

struct Concept {
  std::string id;
  std::string official;
  std::string en;
  std::vector<std::string> accepted;
  std::string abbreviation;
  // How the full name is introduced before the abbreviation is used: "全称(简称)" by default;
  // titles in 《》 are introduced by the full title alone.
  bool introduce_full_name_only = false;
  std::vector<Variant> variants;
  std::vector<std::string> exceptions;
  std::vector<Example> examples;
  std::string source;  // where the official form is attested
  std::string note;
  SourceMark mark;
};

// One role a form plays: which concept, which role, and which variant/accepted entry.
struct FormRef {
  uint32_t concept_index = 0;
  FormRole role = FormRole::kOfficial;
  uint16_t index = 0;  // into variants or accepted, by role
};

// A glossary key found in a ScanView: view byte range and the form it is.
struct TermMatch {
  uint32_t view_begin = 0;
  uint32_t view_end = 0;
  FormRef form;
};

class Glossary {
 public:
  Glossary();
  ~Glossary();
  Glossary(const Glossary&) = delete;
  Glossary& operator=(const Glossary&) = delete;

  // Adds the concepts of one YAML glossary. `name` is used in messages (a path, or a bundled
  // name). Throws Error with file:line:col on any schema error.
  void add_yaml(std::string_view yaml_text, const std::string& name);
  // The same, from an already parsed document (bundled glossaries are compiled at build time).
  void add_tree(const YamlNode& root, const std::string& name);
  // Phrases that are accepted wherever they stand (a team's local terms): never reported.
  void add_accepted_phrase(const std::string& phrase);
  // Builds the trie. Throws Error when a form belongs to two concepts or roles.
  void build();

  const std::vector<Concept>& concepts() const { return concepts_; }
  const Concept& concept_of(const FormRef& f) const { return concepts_[f.concept_index]; }
  // The form's text as written in the glossary.
  const std::string& form_text(const FormRef& f) const;
  size_t key_count() const { return refs_.size(); }

  // The built glossary as bytes, and back (the compiled glossary cache). from_bytes returns null
  // when the bytes are not a glossary of this version (the caller then builds from YAML).
  std::string to_bytes() const;
  static std::unique_ptr<Glossary> from_bytes(std::string bytes);

  // Leftmost-longest matches of every key over the view, in order, not overlapping.
  void scan(const ScanView& view, std::vector<TermMatch>& out) const;
  // The same scan, keeping only what a rule can learn from (on dense text the matches would
  // otherwise take more memory than the text): not the exception phrases, which only shield the
  // variants inside them, nor an official form of a concept that has no other accepted form after
  // its first — for such a concept only where it is first named matters. Every variant and
  // abbreviation, and every form of a concept written in more than one way, is kept.
  void scan_for_rules(const ScanView& view, std::vector<TermMatch>& out) const;
  // The role of an exact form, if it is a key.
  bool lookup(std::string_view form, FormRef* out) const;

 private:
  struct PendingKey {
    std::string folded;
    FormRef ref;
    SourceMark mark;
  };
  void add_key(const std::string& form, FormRef ref, const SourceMark& mark);
  template <class Keep>
  void scan_with(const ScanView& view, std::vector<TermMatch>& out, Keep&& keep) const;
  bool may_start(char32_t c) const {
    return c < 0x10000 ? (first_bmp_[c >> 6] >> (c & 63)) & 1 : any_astral_first_;
  }
  // The scan's index, built with the trie and kept in the compiled glossary: the keys grouped by
  // their first two code points (a key of one code point: the first and 0), longest first, in an
  // open-addressing table. A position whose pair starts no key costs a bit test or one probe; one
  // that does is settled by comparing the few keys of its group, and a large group asks the trie.
  struct PairSlot {
    uint32_t first_cp = 0, second_cp = 0;
    uint32_t begin = 0, count = 0;  // into pair_keys_; count 0: an empty slot
  };
  struct PairKey {
    uint32_t offset = 0, length = 0;  // into key_bytes_
    uint32_t id = 0;                  // trie key id
  };
  // A key's first sixteen bytes (zero-padded) and the mask of those it has: most keys of a group
  // are told apart from the text by one comparison, and a key of up to five Chinese characters
  // is matched without a call to memcmp.
  struct PairHead {
    uint64_t bytes[2] = {}, mask[2] = {};
  };
  static constexpr uint32_t kPairGroupLinear = 64;  // larger key lists are searched in the trie
  // A group of more keys than this (联合国… has dozens) is split further by its keys' third and
  // fourth code points (0 where a key is shorter), so a position compares only the keys that
  // agree with the text that far.
  static constexpr uint32_t kPairGroupSplit = 12;
  struct SubSlot {
    uint32_t group = 0;              // the group's first pair_keys_ index
    char32_t third = 0, fourth = 0;  // 0: the keys end before
    uint32_t begin = 0, count = 0;   // into sub_keys_; count 0: an empty slot
  };
  void build_pairs(const std::vector<std::pair<std::string_view, uint32_t>>& keys);
  // pair_heads_, any_single_, pair_bits_ and the split groups, from pairs_, pair_keys_ and
  // key_bytes_.
  void index_pairs();
  const PairSlot* find_pair(char32_t a, char32_t b) const;
  const SubSlot* find_sub(uint32_t group, char32_t third, char32_t fourth) const;
  bool valid_pairs() const;

  std::vector<Concept> concepts_;
  std::vector<PendingKey> pending_;
  std::vector<std::string> accepted_phrases_;
  std::unique_ptr<marisa::Trie> trie_;  // marisa 0.2.6's Trie is not movable
  std::string trie_bytes_;              // what trie_ is mapped from, when loaded from bytes
  std::vector<FormRef> refs_;           // by trie key id
  std::array<uint64_t, 1024> first_bmp_{};  // code points (BMP) that start some key
  bool any_astral_first_ = false;
  std::vector<PairSlot> pairs_;  // size a power of two, at most half full; empty without keys
  std::vector<PairKey> pair_keys_;
  std::string key_bytes_;  // every key, as the view sees it
  std::vector<PairHead> pair_heads_;  // by pair_keys_ index; not stored, made by index_pairs()
  // The split groups (not stored, made by index_pairs()): an open-addressing table, a power of
  // two at most half full, and the pair_keys_ indices it points into, longest first.
  std::vector<SubSlot> subs_;
  std::vector<uint32_t> sub_keys_;
  bool any_single_ = false;           // some key is one code point long
  // A bit per hash of each group's pair (not stored, made by index_pairs()): most pairs that
  // start no key are told by one bit, before the table is probed.
  std::vector<uint64_t> pair_bits_;
  bool may_pair(uint32_t hash) const {
    return (pair_bits_[(hash >> 6) & (pair_bits_.size() - 1)] >> (hash & 63)) & 1;
  }
};

}  // namespace unlint
