#include "text/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <charconv>
#include <cstring>
#include <sstream>

#include "core/error.h"

namespace unlint {

namespace {
constexpr size_t kMaxDepth = 64;
constexpr size_t kMaxNodes = 4u << 20;
constexpr std::string_view kMagic = "UNLINT-YAML-TREE-1\n";
}  // namespace

// Builds the flat arrays from yaml-cpp's parser events (no yaml-cpp Node objects are made).
class YamlTreeBuilder final : public YAML::EventHandler {
 public:
  YamlTreeBuilder(YamlTree& tree, const std::string& name) : tree_(tree), name_(name) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& m, YAML::anchor_t anchor) override {
    add(YamlTree::Kind::kNull, m, {}, anchor);
  }
  void OnAlias(const YAML::Mark& m, YAML::anchor_t anchor) override {
    if (anchor == 0 || anchor > anchors_.size()) fail(m, "unknown alias");
    // An alias points at the node it names: no copy, so aliases cannot blow up the tree.
    attach(anchors_[anchor - 1]);
  }
  void OnScalar(const YAML::Mark& m, const std::string&, YAML::anchor_t anchor,
                const std::string& value) override {
    add(YamlTree::Kind::kScalar, m, value, anchor);
  }
  void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(add(YamlTree::Kind::kSequence, m, {}, anchor), m);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(add(YamlTree::Kind::kMap, m, {}, anchor), m);
  }
  void OnMapEnd() override { close(); }

  void finish() {
    // Children were collected per open container; lay them out contiguously.
    tree_.children_.clear();
    for (size_t i = 0; i < tree_.nodes_.size(); ++i) {
      auto& list = pending_children_[i];
      tree_.nodes_[i].child_begin = static_cast<uint32_t>(tree_.children_.size());
      tree_.nodes_[i].child_count = static_cast<uint32_t>(list.size());
      tree_.children_.insert(tree_.children_.end(), list.begin(), list.end());
    }
  }
  bool has_root() const { return has_root_; }

 private:
  [[noreturn]] void fail(const YAML::Mark& m, const std::string& what) {
    throw Error(name_, m.line + 1, m.column + 1, what);
  }
  uint32_t add(YamlTree::Kind kind, const YAML::Mark& m, std::string_view text, YAML::anchor_t anchor) {
    if (tree_.nodes_.size() >= kMaxNodes) fail(m, "YAML document too large (over 4 million nodes)");
    YamlTree::Node n{kind, m.line, m.column, static_cast<uint32_t>(tree_.text_.size()),
                     static_cast<uint32_t>(text.size()), 0, 0};
    tree_.text_.append(text);
    uint32_t index = static_cast<uint32_t>(tree_.nodes_.size());
    tree_.nodes_.push_back(n);
    pending_children_.emplace_back();
    if (anchor != 0) {
      if (anchors_.size() < anchor) anchors_.resize(anchor);
      anchors_[anchor - 1] = index;
    }
    attach(index);
    return index;
  }
  void attach(uint32_t index) {
    if (stack_.empty()) {
      has_root_ = true;
      return;
    }
    pending_children_[stack_.back()].push_back(index);
  }
  void open(uint32_t index, const YAML::Mark& m) {
    if (stack_.size() >= kMaxDepth) fail(m, "YAML nested too deeply (over 64 levels)");
    stack_.push_back(index);
  }
  void close() {
    if (!stack_.empty()) stack_.pop_back();
  }

  YamlTree& tree_;
  const std::string& name_;
  std::vector<uint32_t> stack_;
  std::vector<uint32_t> anchors_;
  std::vector<std::vector<uint32_t>> pending_children_;
  bool has_root_ = false;
};

std::shared_ptr<const YamlTree> YamlTree::parse(std::string_view text, const std::string& name) {
  auto tree = std::make_shared<YamlTree>();
  tree->name_ = name;
  std::istringstream in{std::string(text)};
  YamlTreeBuilder builder(*tree, name);
  try {
    YAML::Parser parser(in);
    parser.HandleNextDocument(builder);
  } catch (const YAML::Exception& e) {
    throw Error(name, e.mark.line + 1, e.mark.column + 1, "invalid YAML: " + e.msg);
  }
  builder.finish();
  return tree;
}

std::string YamlTree::to_bytes() const {
  std::string out(kMagic);
  auto put32 = [&](uint32_t v) { out.append(reinterpret_cast<const char*>(&v), 4); };
  put32(static_cast<uint32_t>(name_.size()));
  put32(static_cast<uint32_t>(nodes_.size()));
  put32(static_cast<uint32_t>(children_.size()));
  put32(static_cast<uint32_t>(text_.size()));
  out += name_;
  out.append(reinterpret_cast<const char*>(nodes_.data()), nodes_.size() * sizeof(Node));
  out.append(reinterpret_cast<const char*>(children_.data()), children_.size() * 4);
  out += text_;
  return out;
}

std::shared_ptr<const YamlTree> YamlTree::from_bytes(std::string_view bytes) {
  if (bytes.substr(0, kMagic.size()) != kMagic) return nullptr;
  bytes.remove_prefix(kMagic.size());
  if (bytes.size() < 16) return nullptr;
  uint32_t h[4];
  std::memcpy(h, bytes.data(), 16);
  bytes.remove_prefix(16);
  uint64_t need = uint64_t{h[0]} + uint64_t{h[1]} * sizeof(Node) + uint64_t{h[2]} * 4 + h[3];
  if (bytes.size() != need) return nullptr;
  auto tree = std::make_shared<YamlTree>();
  tree->name_ = std::string(bytes.substr(0, h[0]));
  bytes.remove_prefix(h[0]);
  tree->nodes_.resize(h[1]);
  std::memcpy(tree->nodes_.data(), bytes.data(), h[1] * sizeof(Node));
  bytes.remove_prefix(h[1] * sizeof(Node));
  tree->children_.resize(h[2]);
  std::memcpy(tree->children_.data(), bytes.data(), h[2] * 4u);
  bytes.remove_prefix(h[2] * 4u);
  tree->text_ = std::string(bytes);
  // Every index must be in range, so a damaged file cannot make a node point outside the tree.
  for (const Node& n : tree->nodes_) {
    if (uint64_t{n.text_begin} + n.text_size > tree->text_.size() ||
        uint64_t{n.child_begin} + n.child_count > tree->children_.size()) {
      return nullptr;
    }
  }
  for (uint32_t c : tree->children_) {
    if (c >= tree->nodes_.size()) return nullptr;
  }
  return tree;
}

bool YamlNode::IsNull() const {
  return tree_ && tree_->nodes_[index_].kind == YamlTree::Kind::kNull;
}
bool YamlNode::IsScalar() const {
  return tree_ && tree_->nodes_[index_].kind == YamlTree::Kind::kScalar;
}
bool YamlNode::IsSequence() const {
  return tree_ && tree_->nodes_[index_].kind == YamlTree::Kind::kSequence;
}
bool YamlNode::IsMap() const { return tree_ && tree_->nodes_[index_].kind == YamlTree::Kind::kMap; }

std::string_view YamlNode::scalar_view() const {
  if (!IsScalar()) return {};
  const auto& n = tree_->nodes_[index_];
  return std::string_view(tree_->text_).substr(n.text_begin, n.text_size);
}

YamlMark YamlNode::Mark() const {
  if (!tree_) return {};
  const auto& n = tree_->nodes_[index_];
  return {n.line, n.column};
}

size_t YamlNode::size() const {
  if (!tree_) return 0;
  const auto& n = tree_->nodes_[index_];
  if (n.kind == YamlTree::Kind::kMap) return n.child_count / 2;
  if (n.kind == YamlTree::Kind::kSequence) return n.child_count;
  return 0;
}

YamlNode YamlNode::operator[](std::string_view key) const {
  if (!IsMap()) return {};
  const auto& n = tree_->nodes_[index_];
  for (uint32_t i = 0; i + 1 < n.child_count; i += 2) {
    YamlNode k(tree_, tree_->children_[n.child_begin + i]);
    if (k.IsScalar() && k.scalar_view() == key) {
      return YamlNode(tree_, tree_->children_[n.child_begin + i + 1]);
    }
  }
  return {};
}

YamlNode YamlNode::operator[](size_t index) const {
  if (!IsSequence() || index >= size()) return {};
  return YamlNode(tree_, tree_->children_[tree_->nodes_[index_].child_begin + index]);
}

YamlNode::Iterator YamlNode::begin() const { return Iterator(*this, 0); }
YamlNode::Iterator YamlNode::end() const { return Iterator(*this, size()); }

YamlNode::Entry YamlNode::Iterator::operator*() const {
  Entry e;
  const YamlTree* t = parent_.tree_;
  const auto& n = t->nodes_[parent_.index_];
  if (n.kind == YamlTree::Kind::kMap) {
    e.first = YamlNode(t, t->children_[n.child_begin + 2 * i_]);
    e.second = YamlNode(t, t->children_[n.child_begin + 2 * i_ + 1]);
  } else {
    static_cast<YamlNode&>(e) = YamlNode(t, t->children_[n.child_begin + i_]);
  }
  return e;
}

namespace {
[[noreturn]] void bad_value(const YamlNode& n, const char* expected) {
  YamlMark m = n.Mark();
  throw Error("", m.line + 1, m.column + 1,
              std::string("expected ") + expected + ", found '" + n.Scalar() + "'");
}
}  // namespace

template <>
std::string YamlNode::as<std::string>() const {
  if (!IsScalar()) bad_value(*this, "a string");
  return Scalar();
}

template <>
int YamlNode::as<int>() const {
  std::string_view s = scalar_view();
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (!IsScalar() || s.empty() || ec != std::errc() || p != s.data() + s.size()) {
    bad_value(*this, "a whole number");
  }
  return v;
}

template <>
bool YamlNode::as<bool>() const {
  std::string_view s = scalar_view();
  if (s == "true" || s == "True" || s == "TRUE" || s == "yes" || s == "on") return true;
  if (s == "false" || s == "False" || s == "FALSE" || s == "no" || s == "off") return false;
  bad_value(*this, "true or false");
}

}  // namespace unlint
