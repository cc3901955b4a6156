// The dispatcher: size first, then the name, the declared type and the bytes must name the same format, then the
// format's reader. PDF and DOCX are recognised by domain::document_kind (the resume upload classifier), TXT here.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include <offertracker/domain/document_kind.hpp>
#include <offertracker/extract/text_extractor.hpp>

#include "normalise.hpp"

namespace offertracker::extract {
namespace {

using ports::extraction_error_kind;
using ports::text_format;

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string essence(std::string_view content_type) {
    auto type = content_type.substr(0, content_type.find(';'));
    while (!type.empty() && (type.front() == ' ' || type.front() == '\t')) type.remove_prefix(1);
    while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.remove_suffix(1);
    return lower(type);
}

// What a name or a declared type says: a format we read, a document kind we do not (.doc), or nothing known.
enum class claim { pdf, docx, txt, doc, unknown };

claim from_kind(std::optional<domain::document_kind> kind) {
    if (!kind) return claim::unknown;
    switch (*kind) {
        case domain::document_kind::pdf: return claim::pdf;
        case domain::document_kind::docx: return claim::docx;
        case domain::document_kind::doc: return claim::doc;
    }
    return claim::unknown;
}

claim from_filename(std::string_view filename) {
    const auto kind = from_kind(domain::kind_from_filename(filename));
    if (kind != claim::unknown) return kind;
    const std::string name = lower(filename);
    return name.size() >= 4 && name.ends_with(".txt") ? claim::txt : claim::unknown;
}

claim from_content_type(std::string_view content_type) {
    const auto kind = from_kind(domain::kind_from_content_type(content_type));
    if (kind != claim::unknown) return kind;
    return essence(content_type) == "text/plain" ? claim::txt : claim::unknown;
}

// The bytes: the document kinds' magic, else text when no other known container signature starts them (the TXT
// reader refuses NUL bytes itself).
claim from_content(std::string_view content) {
    const auto kind = from_kind(domain::kind_from_content(content));
    if (kind != claim::unknown) return kind;
    if (content.starts_with("PK\x03\x04") || content.starts_with("%PDF")) return claim::unknown;
    return claim::txt;
}

std::string_view name_of(claim c) {
    switch (c) {
        case claim::pdf: return "PDF";
        case claim::docx: return "DOCX";
        case claim::txt: return "plain text";
        case claim::doc: return "legacy Word (.doc)";
        case claim::unknown: return "an unsupported type";
    }
    return "an unsupported type";
}

bool readable(claim c) { return c == claim::pdf || c == claim::docx || c == claim::txt; }

}  // namespace

file_text_extractor::file_text_extractor(extractor_options options) : options_(options) {}

ports::extraction_result file_text_extractor::extract(std::string_view content, std::string_view content_type,
                                                      std::string_view filename) const {
    const auto& limits = options_.limits;
    if (content.size() > limits.max_bytes)
        return detail::failure(extraction_error_kind::too_large,
                               "The file is larger than " + detail::size_words(limits.max_bytes) + ".");
    const claim by_name = from_filename(filename);
    const claim by_type = from_content_type(content_type);
    if (!readable(by_name) && !readable(by_type))
        return detail::failure(extraction_error_kind::unsupported_type,
                               by_name == claim::doc || by_type == claim::doc
                                   ? "Only PDF, DOCX and TXT files can be read; legacy Word (.doc) files are not."
                                   : "Only PDF, DOCX and TXT files can be read.");
    if (by_name != by_type)
        return detail::failure(extraction_error_kind::type_mismatch,
                               "The file name says " + std::string(name_of(by_name)) + " but the declared type says " +
                                   std::string(name_of(by_type)) + ".");
    if (content.empty()) return detail::failure(extraction_error_kind::no_text, "The file is empty.");
    const claim by_content = from_content(content);
    if (by_content != by_name)
        return detail::failure(extraction_error_kind::type_mismatch,
                               "The file is named and declared " + std::string(name_of(by_name)) +
                                   " but its content is " + std::string(name_of(by_content)) + ".");
    switch (by_name) {
        case claim::pdf: return extract_pdf(content, limits);
        case claim::docx: return extract_docx(content, limits, options_.max_docx_part_bytes);
        default: return extract_txt(content, limits);
    }
}

}  // namespace offertracker::extract
