// Upload classification: the extension, the declared type and the magic bytes must tell the same story.
#include <offertracker/domain/document_kind.hpp>

#include <algorithm>
#include <cctype>
#include <string>

namespace offertracker::domain {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

std::string essence(std::string_view content_type) {
    return lower(trim(content_type.substr(0, content_type.find(';'))));
}

}  // namespace

std::optional<document_kind> kind_from_filename(std::string_view filename) {
    const std::string name = lower(filename);
    if (ends_with(name, ".pdf")) return document_kind::pdf;
    if (ends_with(name, ".docx")) return document_kind::docx;
    if (ends_with(name, ".doc")) return document_kind::doc;
    return std::nullopt;
}

std::optional<document_kind> kind_from_content_type(std::string_view content_type) {
    const std::string type = essence(content_type);
    if (type == "application/pdf") return document_kind::pdf;
    if (type == "application/msword") return document_kind::doc;
    if (type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        return document_kind::docx;
    return std::nullopt;
}

std::optional<document_kind> kind_from_content(std::string_view content) {
    using namespace std::string_view_literals;
    if (content.starts_with("%PDF-"sv)) return document_kind::pdf;
    if (content.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv)) return document_kind::doc;
    // Zip entry names are stored uncompressed in the local headers and the central directory.
    if (content.starts_with("PK\x03\x04"sv) && content.find("word/"sv) != std::string_view::npos)
        return document_kind::docx;
    return std::nullopt;
}

std::string_view content_type_of(document_kind k) {
    switch (k) {
        case document_kind::pdf: return "application/pdf";
        case document_kind::doc: return "application/msword";
        case document_kind::docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    return "application/octet-stream";
}

std::string_view extension_of(document_kind k) {
    switch (k) {
        case document_kind::pdf: return ".pdf";
        case document_kind::doc: return ".doc";
        case document_kind::docx: return ".docx";
    }
    return "";
}

std::optional<document_kind> classify_upload(std::string_view filename, std::string_view content_type,
                                             std::string_view content) {
    const auto by_name = kind_from_filename(filename);
    if (!by_name || kind_from_content(content) != by_name || kind_from_content_type(content_type) != by_name)
        return std::nullopt;
    return by_name;
}

}  // namespace offertracker::domain
