// References to paragraphs in running text — 第5段, 第3(b)段, 上文第12段, 第5至8段 — found in the
// ScanView (so 第\n\n5 段 is one reference) and told apart from references into other documents
// (A/HRC/20/26，第29段; 第70/1号决议第5段; 其第5段), which are marked external and never checked.
// Invariant: spans point into the Document the view was made from.
#pragma once

#include <string>
#include <vector>

#include "core/span.h"
#include "structure/numbering_spec.h"
#include "structure/paragraphs.h"
#include "text/scan_view.h"

namespace unlint {

struct RefLabel {
  Span span;  // the label in the Document: 第3([b])段
  std::string text;
  int value = 0;
  LabelKind kind = LabelKind::kLetter;
};

struct RefTarget {
  Span number;  // the digits in the Document; empty when inherited: 第3(a)和[(b)]段
  int value = 0;
  bool inherited = false;  // the number is the previous target's
  std::vector<RefLabel> labels;  // (b), then (ii)
};

struct Reference {
  Span span;  // 第…段 in the Document
  std::vector<RefTarget> targets;
  bool range = false;     // 第5至8段: targets[0] to targets[1]
  bool external = false;  // the paragraphs of another document
  bool explicit_internal = false;  // 上文 / 下文 / 本决议 … stand right before it
  int direction = 0;      // -1 after 上文 (must point back), +1 after 下文 (must point forward)
};

std::vector<Reference> find_references(const ScanView& view, const Structure& structure,
                                       const NumberingSpec& spec);

// The paragraph index `target` names for a reference standing at `offset`, looked up in the
// numbered list the reference stands in (list 0 from the preamble). Where a number was given to
// two paragraphs, the later one is taken: a drafter who inserts a paragraph numbers it by its
// new place and leaves the old paragraph's number stale. -1 when no paragraph has the number.
int resolve_target(const Structure& structure, uint32_t offset, int value, bool* ambiguous = nullptr);

}  // namespace unlint
