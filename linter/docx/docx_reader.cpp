#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "core/error.h"
#include "docx/docx.h"
#include "docx/numbering.h"
#include "docx/xml_text.h"
#include "docx/zip_archive.h"
#include "text/utf8.h"

namespace unlint {
namespace {

constexpr std::string_view kDocumentPart = "word/document.xml";

// Parses one XML part. Offsets of text nodes stay those of the part's bytes (no end-of-line
// normalisation), whitespace-only <w:t> content is kept, and a DOCTYPE is refused.
pugi::xml_document parse_part(const std::string& path, const std::string& name,
                              const std::string& bytes) {
  if (bytes.size() >= 2 && (static_cast<unsigned char>(bytes[0]) == 0xFE ||
                            static_cast<unsigned char>(bytes[0]) == 0xFF)) {
    throw Error(path, 0, 0, name + ": the part is not UTF-8 XML; Word writes UTF-8");
  }
  pugi::xml_document doc;
  const unsigned flags = (pugi::parse_default & ~pugi::parse_eol) | pugi::parse_ws_pcdata_single |
                         pugi::parse_doctype;
  pugi::xml_parse_result r = doc.load_buffer(bytes.data(), bytes.size(), flags, pugi::encoding_utf8);
  if (!r) {
    LineColumn at = line_column(bytes, static_cast<size_t>(r.offset));
    throw Error(path, 0, 0,
                fmt::format("{}:{}:{}: malformed XML: {}", name, at.line, at.column,
                            r.description()));
  }
  for (pugi::xml_node n : doc.children()) {
    if (n.type() == pugi::node_doctype) {
      size_t start = bytes.rfind("<!", static_cast<size_t>(n.offset_debug()));
      LineColumn at = line_column(bytes, start == std::string::npos ? 0 : start);
      throw Error(path, 0, 0,
                  fmt::format("{}:{}:{}: the XML declares a DOCTYPE (entities); refused", name,
                              at.line, at.column));
    }
  }
  return doc;
}

// Elements whose content is not text a reader sees in the paragraph.
bool skipped_element(std::string_view local) {
  static constexpr std::array<std::string_view, 14> kSkipped = {
      "pPr", "rPr", "del", "moveFrom", "delText", "instrText", "delInstrText", "drawing",
      "pict", "object", "AlternateContent", "fldData", "footnoteReference", "endnoteReference"};
  return std::find(kSkipped.begin(), kSkipped.end(), local) != kSkipped.end();
}

class Extractor {
 public:
  Extractor(const std::string& path, DocxSource& src, Numbering& numbering,
            const Styles& styles)
      : path_(path), src_(src), numbering_(numbering), styles_(styles) {}

  // Every paragraph under `node` in document order (tables and content controls included).
  void block(pugi::xml_node node, uint16_t part, int depth = 0) {
    check_depth(depth, part);
    for (pugi::xml_node c : node.children()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view local = local_name(c);
      if (local == "p") {
        paragraph(c, part, depth + 1);
      } else if (local == "sectPr" || skipped_element(local)) {
        continue;
      } else {
        block(c, part, depth + 1);
      }
    }
  }

  // A story (the body, one note) starts: a deleted paragraph mark does not join across it.
  void new_story() { joined_ = false; }

  std::string text;

 private:
  // Word nests a few dozen elements deep (tables in tables); a package nested far deeper is
  // refused rather than walked into a stack overflow.
  void check_depth(int depth, uint16_t part) const {
    if (depth > kMaxDepth) {
      throw Error(path_, 0, 0,
                  fmt::format("{}: elements nested more than {} deep; refused",
                              src_.part_names[part], kMaxDepth));
    }
  }
  static constexpr int kMaxDepth = 256;

  void paragraph(pugi::xml_node p, uint16_t part, int depth) {
    if (!joined_) {
      if (!src_.paragraphs.empty()) text += '\n';
      DocxParagraph info;
      info.begin = static_cast<uint32_t>(text.size());
      info.part = part;
      pugi::xml_node ppr = child(p, "pPr");
      text += numbering_.label(paragraph_numbering(ppr));
      info.label_end = static_cast<uint32_t>(text.size());
      src_.paragraphs.push_back(info);
    }
    content(p, part, depth + 1);
    // A deleted paragraph mark (tracked): accepted, the next paragraph continues this one.
    joined_ = static_cast<bool>(child(child(child(p, "pPr"), "rPr"), "del"));
  }

  NumberingRef paragraph_numbering(pugi::xml_node ppr) const {
    NumberingRef ref;
    if (pugi::xml_node style = child(ppr, "pStyle")) ref = styles_.numbering(attr(style, "val"));
    if (pugi::xml_node num = child(ppr, "numPr")) {
      if (pugi::xml_node id = child(num, "numId")) ref.num_id = to_int(attr(id, "val"), 0);
      if (pugi::xml_node lvl = child(num, "ilvl")) ref.level = to_int(attr(lvl, "val"), 0);
    }
    return ref;
  }

  void content(pugi::xml_node node, uint16_t part, int depth) {
    check_depth(depth, part);
    for (pugi::xml_node c : node.children()) {
      if (c.type() != pugi::node_element) continue;
      std::string_view local = local_name(c);
      if (local == "t") {
        run_text(c, part);
      } else if (local == "tab" || local == "ptab") {
        text += '\t';
      } else if (local == "br" || local == "cr") {
        text += '\n';
      } else if (local == "noBreakHyphen") {
        text += '-';
      } else if (local == "p" || skipped_element(local)) {
        continue;  // a paragraph inside a paragraph sits in a text box: not this paragraph's text
      } else {
        content(c, part, depth + 1);
      }
    }
  }

  void run_text(pugi::xml_node t, uint16_t part) {
    pugi::xml_node value = t.first_child();
    if (!value) return;
    const std::string& bytes = src_.parts[part];
    DocxRun run;
    run.part = part;
    run.begin = static_cast<uint32_t>(text.size());
    run.preserve_space = std::string_view(t.attribute("xml:space").value()) == "preserve";
    if (value.type() == pugi::node_pcdata && !value.next_sibling()) {
      // The escaped content as it stands in the part, decoded here so positions map back.
      size_t raw_begin = static_cast<size_t>(value.offset_debug());
      size_t raw_end = bytes.find('<', raw_begin);
      if (raw_end == std::string::npos) raw_end = bytes.size();
      std::string decoded = xml_unescape(std::string_view(bytes).substr(raw_begin, raw_end - raw_begin));
      if (decoded != value.value()) {
        throw Error(path_, 0, 0, src_.part_names[part] + ": text position out of step");
      }
      text += decoded;
      run.raw_begin = static_cast<uint32_t>(raw_begin);
      run.raw_end = static_cast<uint32_t>(raw_end);
    } else {
      // CDATA or mixed content: read, but never written to (the run stays unmapped).
      for (pugi::xml_node v : t.children()) text += v.value();
    }
    run.end = static_cast<uint32_t>(text.size());
    if (run.end > run.begin) src_.runs.push_back(run);
  }

  const std::string& path_;
  DocxSource& src_;
  Numbering& numbering_;
  const Styles& styles_;
  bool joined_ = false;
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

bool is_docx_path(std::string_view path) {
  size_t dot = path.rfind('.');
  if (dot == std::string_view::npos) return false;
  std::string ext = lower(path.substr(dot));
  return ext == ".docx" || ext == ".docm" || ext == ".dotx" || ext == ".dotm";
}

const DocxSource* docx_source(const Document& doc) {
  return dynamic_cast<const DocxSource*>(doc.container());
}

std::unique_ptr<Document> read_docx(std::string path, std::string_view bytes) {
  auto src = std::make_shared<DocxSource>();
  src->package.assign(bytes);
  ZipArchive zip(path, src->package);
  auto read_optional = [&](const char* name) {
    return zip.read(name, kDocxPartLimit);
  };
  std::optional<std::string> body = read_optional(kDocumentPart.data());
  if (!body) {
    throw Error(path, 0, 0,
                "is not a Word document: the package has no word/document.xml");
  }
  Numbering numbering;
  if (auto xml = read_optional("word/numbering.xml")) {
    numbering = Numbering(parse_part(path, "word/numbering.xml", *xml));
  }
  Styles styles;
  if (auto xml = read_optional("word/styles.xml")) {
    styles = Styles(parse_part(path, "word/styles.xml", *xml));
  }

  Extractor ex(path, *src, numbering, styles);
  auto add_part = [&](const std::string& name, std::string bytes_of_part) {
    src->part_names.push_back(name);
    src->parts.push_back(std::move(bytes_of_part));
    return static_cast<uint16_t>(src->parts.size() - 1);
  };
  {
    uint16_t part = add_part(std::string(kDocumentPart), std::move(*body));
    pugi::xml_document xml = parse_part(path, src->part_names[part], src->parts[part]);
    ex.block(child(xml.document_element(), "body"), part);
  }
  for (const char* name : {"word/footnotes.xml", "word/endnotes.xml"}) {
    std::optional<std::string> notes = read_optional(name);
    if (!notes) continue;
    uint16_t part = add_part(name, std::move(*notes));
    pugi::xml_document xml = parse_part(path, name, src->parts[part]);
    for (pugi::xml_node note : xml.document_element().children()) {
      std::string_view type = attr(note, "type");
      // Separators and continuation notices are Word's own furniture, not notes.
      if (note.type() != pugi::node_element || (!type.empty() && type != "normal")) continue;
      ex.new_story();
      ex.block(note, part);
    }
  }
  if (utf8::valid_prefix(ex.text) != ex.text.size()) {
    throw Error(path, 0, 0, "the document's XML is not valid UTF-8");
  }
  std::vector<uint32_t> line_starts;  // each paragraph is a line
  line_starts.reserve(src->paragraphs.size());
  for (const DocxParagraph& p : src->paragraphs) line_starts.push_back(p.begin);
  return std::make_unique<Document>(std::move(path), std::move(ex.text), "UTF-8 (docx)",
                                    std::move(src), std::move(line_starts));
}

}  // namespace unlint
