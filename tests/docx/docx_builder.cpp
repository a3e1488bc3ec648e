#include "docx/docx_builder.h"

#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include "docx/xml_text.h"
#include "docx/zip_archive.h"

namespace unlint::testing {
namespace {

constexpr const char* kW = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
constexpr const char* kDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

std::string part_xml(const char* root, const std::string& content) {
  return std::string(kDecl) + "<w:" + root + " " + kW + ">" + content + "</w:" + root + ">";
}

}  // namespace

std::string zip_entries(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
  if (!src) throw std::runtime_error("zip_source_buffer_create");
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &err);
  if (!za) throw std::runtime_error("zip_open_from_source");
  zip_source_keep(src);
  for (const auto& [name, data] : entries) {
    zip_source_t* part = zip_source_buffer(za, data.data(), data.size(), 0);
    if (zip_file_add(za, name.c_str(), part, ZIP_FL_ENC_UTF_8) < 0) {
      throw std::runtime_error("zip_file_add " + name);
    }
  }
  if (zip_close(za) != 0) throw std::runtime_error("zip_close");
  zip_stat_t st;
  zip_stat_init(&st);
  zip_source_stat(src, &st);
  std::string out(st.size, '\0');
  zip_source_open(src);
  zip_source_read(src, out.data(), st.size);
  zip_source_close(src);
  zip_source_free(src);
  zip_error_fini(&err);
  return out;
}

std::string make_docx(const DocxParts& p) {
  std::string types =
      std::string(kDecl) +
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>";
  std::string rels = std::string(kDecl) +
                     "<Relationships "
                     "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  std::vector<std::pair<std::string, std::string>> parts;
  auto add = [&](const char* name, const char* root, const char* type, const std::string& content) {
    if (content.empty()) return;
    types += std::string("<Override PartName=\"/word/") + name +
             "\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml." +
             type + "+xml\"/>";
    rels += std::string("<Relationship Id=\"r") + name + "\" Type=\"http://schemas.openxmlformats.org/"
            "officeDocument/2006/relationships/" + root + "\" Target=\"" + name + "\"/>";
    parts.push_back({std::string("word/") + name, part_xml(root, content)});
  };
  add("numbering.xml", "numbering", "numbering", p.numbering);
  add("styles.xml", "styles", "styles", p.styles);
  add("footnotes.xml", "footnotes", "footnotes", p.footnotes);
  add("endnotes.xml", "endnotes", "endnotes", p.endnotes);
  types += "</Types>";
  rels += "</Relationships>";
  std::vector<std::pair<std::string, std::string>> entries = {
      {"[Content_Types].xml", types},
      {"_rels/.rels",
       std::string(kDecl) +
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
           "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
      {"word/document.xml", part_xml("document", "<w:body>" + p.body + "</w:body>")},
      {"word/_rels/document.xml.rels", rels}};
  entries.insert(entries.end(), parts.begin(), parts.end());
  return zip_entries(entries);
}

std::string paragraph(const std::vector<std::string_view>& runs) {
  std::string out = "<w:p>";
  for (std::string_view r : runs) {
    out += "<w:r><w:t xml:space=\"preserve\">" + xml_escape(r) + "</w:t></w:r>";
  }
  return out + "</w:p>";
}

std::string numbered(int num_id, int level, std::string_view text) {
  return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(level) +
         "\"/><w:numId w:val=\"" + std::to_string(num_id) + "\"/></w:numPr></w:pPr><w:r><w:t>" +
         xml_escape(text) + "</w:t></w:r></w:p>";
}

std::string docx_from_text(std::string_view text) {
  std::string body;
  size_t at = 0;
  while (at <= text.size()) {
    size_t nl = text.find('\n', at);
    std::string_view line = text.substr(at, nl == std::string_view::npos ? text.npos : nl - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    body += line.empty() ? "<w:p/>" : paragraph({line});
    if (nl == std::string_view::npos) break;
    at = nl + 1;
  }
  return make_docx({.body = body});
}

std::string read_part(const std::string& package, const std::string& name) {
  ZipArchive zip("test.docx", package);
  auto part = zip.read(name, 1u << 30);
  if (!part) throw std::runtime_error("no part " + name);
  return *part;
}

}  // namespace unlint::testing
