// YamlTree: a parsed YAML document with every node's line and column, stored as flat arrays so it
// can be saved as bytes and used again without parsing. Rule packs, glossaries and configs are read
// through it: the bundled ones are compiled at build time, so start-up parses no YAML at all.
//
// YamlNode mirrors the part of yaml-cpp's Node interface the loaders use (IsMap, Scalar, Mark,
// operator[], iteration with .first/.second, as<T>), so a loader reads like yaml-cpp code.
// Invariant: a YamlNode is valid while its YamlTree lives; an undefined node is falsy.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unlint {

class YamlTree;

struct YamlMark {
  int line = -1;    // 0-based, as yaml-cpp's Mark
  int column = -1;  // 0-based
};

class YamlNode {
 public:
  YamlNode() = default;

  bool IsDefined() const { return tree_ != nullptr; }
  bool IsNull() const;
  bool IsScalar() const;
  bool IsSequence() const;
  bool IsMap() const;
  explicit operator bool() const { return IsDefined(); }

  // The scalar's text; empty for other nodes.
  std::string Scalar() const { return std::string(scalar_view()); }
  std::string_view scalar_view() const;
  YamlMark Mark() const;
  size_t size() const;  // entries of a map, items of a sequence, 0 otherwise

  // Map lookup by key; an undefined node when absent or not a map.
  YamlNode operator[](std::string_view key) const;
  YamlNode operator[](const char* key) const { return (*this)[std::string_view(key)]; }
  YamlNode operator[](const std::string& key) const { return (*this)[std::string_view(key)]; }
  // Sequence item; an undefined node when out of range or not a sequence.
  YamlNode operator[](size_t index) const;
  YamlNode operator[](int index) const { return (*this)[static_cast<size_t>(index)]; }

  // Scalar conversions. Throw Error (with the node's mark, no file) when the text does not fit.
  template <typename T>
  T as() const;

  // Iteration: over a map, entries with .first (key) and .second (value); over a sequence, entries
  // that are the items themselves.
  struct Entry;
  class Iterator;
  Iterator begin() const;
  Iterator end() const;

 private:
  friend class YamlTree;
  YamlNode(const YamlTree* tree, uint32_t index) : tree_(tree), index_(index) {}
  const YamlTree* tree_ = nullptr;
  uint32_t index_ = 0;
};

struct YamlNode::Entry : YamlNode {
  YamlNode first;
  YamlNode second;
};

class YamlNode::Iterator {
 public:
  Iterator(const YamlNode& parent, size_t i) : parent_(parent), i_(i) {}
  Entry operator*() const;
  Iterator& operator++() {
    ++i_;
    return *this;
  }
  bool operator!=(const Iterator& o) const { return i_ != o.i_; }
  bool operator==(const Iterator& o) const { return i_ == o.i_; }

 private:
  YamlNode parent_;
  size_t i_;
};

class YamlTree {
 public:
  // Parses YAML text. Throws Error(name, line, column, "invalid YAML: ...") on a syntax error, or
  // when the document nests deeper than 64 levels or holds over 4 million nodes.
  static std::shared_ptr<const YamlTree> parse(std::string_view text, const std::string& name);
  // A tree saved with to_bytes(); nullopt when the bytes are not one (wrong version, truncated).
  static std::shared_ptr<const YamlTree> from_bytes(std::string_view bytes);
  std::string to_bytes() const;

  YamlNode root() const { return nodes_.empty() ? YamlNode() : YamlNode(this, 0); }
  const std::string& name() const { return name_; }

 private:
  friend class YamlNode;
  friend class YamlTreeBuilder;
  enum class Kind : uint8_t { kNull, kScalar, kSequence, kMap };
  struct Node {
    Kind kind;
    int32_t line, column;
    uint32_t text_begin, text_size;   // scalar text in text_
    uint32_t child_begin, child_count;  // into children_; a map's children alternate key, value
  };
  std::string name_;
  std::vector<Node> nodes_;
  std::vector<uint32_t> children_;
  std::string text_;
};

}  // namespace unlint
