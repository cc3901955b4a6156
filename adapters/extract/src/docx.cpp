// DOCX text: word/document.xml read from the zip in memory (libzip) and walked with pugixml in document order —
// paragraphs (w:p) one per line, runs' text (w:t), tabs (w:tab), breaks (w:br, w:cr); tables (w:tbl) row by row
// (w:tr), cells (w:tc) separated by '\t', a cell's paragraphs joined by spaces, nested tables flattened into their
// cell. Deleted text, field codes, properties and the duplicate fallback of alternate content are skipped.
// The zip-bomb guard: the part is inflated at most max_part_bytes + 1 bytes, whatever its header claims.
#include <memory>
#include <string>
#include <vector>

#include <pugixml.hpp>
#include <zip.h>

#include <offertracker/extract/text_extractor.hpp>

#include "normalise.hpp"

namespace offertracker::extract {
namespace {

using ports::extraction_error_kind;

struct archive_closer {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct file_closer {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

std::string_view local_name(const char* name) {
    const std::string_view full(name);
    const auto colon = full.rfind(':');
    return colon == std::string_view::npos ? full : full.substr(colon + 1);
}

bool skipped(std::string_view name) {
    return name == "rPr" || name == "pPr" || name == "tblPr" || name == "tblGrid" || name == "trPr" ||
           name == "tcPr" || name == "sectPr" || name == "delText" || name == "instrText" || name == "Fallback" ||
           name == "delInstrText";
}

// Walks the body without recursion (a hostile document may nest elements as deep as it likes).
std::string body_text(pugi::xml_node body) {
    std::string out;
    struct step {
        pugi::xml_node node;
        bool leaving;
    };
    std::vector<step> stack;
    int open_cells = 0;           // w:tc elements we are inside
    std::vector<bool> row_first;  // per open outermost-level row: no cell seen yet
    for (auto child = body.last_child(); child; child = child.previous_sibling()) stack.push_back({child, false});
    while (!stack.empty()) {
        const step current = stack.back();
        stack.pop_back();
        const pugi::xml_node node = current.node;
        if (node.type() != pugi::node_element) continue;
        const std::string_view name = local_name(node.name());
        if (current.leaving) {
            if (name == "p") {
                out += open_cells > 0 ? ' ' : '\n';
            } else if (name == "tc") {
                --open_cells;
            } else if (name == "tr") {
                out += open_cells > 0 ? ' ' : '\n';
                if (open_cells == 0 && !row_first.empty()) row_first.pop_back();
            } else if (name == "tbl" && open_cells > 0) {
                out += ' ';
            }
            continue;
        }
        if (skipped(name)) continue;
        if (name == "t") {
            for (auto text = node.first_child(); text; text = text.next_sibling())
                if (text.type() == pugi::node_pcdata || text.type() == pugi::node_cdata) out += text.value();
            continue;
        }
        if (name == "tab") {
            out += open_cells > 0 ? ' ' : '\t';
            continue;
        }
        if (name == "br" || name == "cr") {
            out += open_cells > 0 ? ' ' : '\n';
            continue;
        }
        if (name == "noBreakHyphen") {
            out += '-';
            continue;
        }
        if (name == "tr" && open_cells == 0) row_first.push_back(true);
        if (name == "tc") {
            if (open_cells == 0 && !row_first.empty()) {
                if (!row_first.back()) out += '\t';
                row_first.back() = false;
            } else {
                out += ' ';
            }
            ++open_cells;
        }
        stack.push_back({node, true});
        for (auto child = node.last_child(); child; child = child.previous_sibling()) stack.push_back({child, false});
    }
    return out;
}

}  // namespace

ports::extraction_result extract_docx(std::string_view content, const ports::extraction_limits& limits,
                                      std::size_t max_part_bytes) {
    if (content.size() > limits.max_bytes)
        return detail::failure(extraction_error_kind::too_large,
                               "The file is larger than " + detail::size_words(limits.max_bytes) + ".");
    const auto corrupt = [] {
        return detail::failure(extraction_error_kind::corrupt, "The DOCX file is damaged and cannot be read.");
    };
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(content.data(), content.size(), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return corrupt();
    }
    const std::unique_ptr<zip_t, archive_closer> archive(zip_open_from_source(source, ZIP_RDONLY, &error));
    zip_error_fini(&error);
    if (!archive) {
        zip_source_free(source);  // zip_open_from_source took it only on success
        return corrupt();
    }
    const zip_int64_t index = zip_name_locate(archive.get(), "word/document.xml", 0);
    if (index < 0)
        return detail::failure(extraction_error_kind::corrupt, "The DOCX file has no document part (word/document.xml).");
    const std::unique_ptr<zip_file_t, file_closer> part(zip_fopen_index(archive.get(), static_cast<zip_uint64_t>(index), 0));
    if (!part) {
        const int code = zip_error_code_zip(zip_get_error(archive.get()));
        if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
            return detail::failure(extraction_error_kind::encrypted,
                                   "The DOCX file is protected by a password; upload an unprotected copy.");
        return corrupt();
    }
    std::string xml;
    char chunk[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(part.get(), chunk, sizeof chunk);
        if (n < 0) return corrupt();  // includes a CRC mismatch
        if (n == 0) break;
        xml.append(chunk, static_cast<std::size_t>(n));
        if (xml.size() > max_part_bytes)
            return detail::failure(extraction_error_kind::too_much_text,
                                   "The DOCX file's document inflates past " + detail::size_words(max_part_bytes) +
                                       "; it is not read.");
    }
    pugi::xml_document doc;
    const auto parsed = doc.load_buffer_inplace(xml.data(), xml.size(),
                                                pugi::parse_default | pugi::parse_ws_pcdata_single, pugi::encoding_auto);
    if (!parsed) return corrupt();
    const pugi::xml_node root = doc.document_element();
    if (!root || local_name(root.name()) != "document") return corrupt();
    pugi::xml_node body;
    for (auto child = root.first_child(); child; child = child.next_sibling())
        if (child.type() == pugi::node_element && local_name(child.name()) == "body") body = child;
    if (!body) return corrupt();
    return detail::finish(body_text(body), ports::text_format::docx, 0, limits);
}

}  // namespace offertracker::extract
