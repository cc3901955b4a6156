// Text from uploaded files (PDF, DOCX, TXT): what the Recruiting API's "from file" creations and the interview-prep
// web's CV upload read. Pure computation over the bytes it is given: thread-safe, CPU-bound (call off I/O threads),
// and it never throws for anything the bytes hold — every expected failure is an extraction_error value the surfaces
// answer with a 400 in their own words. Implemented by adapters/extract.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

namespace offertracker::ports {

enum class text_format { pdf, docx, txt };

// The limits an extraction enforces; every surface that accepts files states them (README "Text extraction").
struct extraction_limits {
    std::size_t max_bytes = 10 * 1024 * 1024;      // the file itself
    std::size_t max_pages = 50;                    // PDF pages
    std::size_t max_text_bytes = 1024 * 1024;      // the extracted UTF-8 text
};

enum class extraction_error_kind {
    unsupported_type,  // not a PDF, DOCX or TXT (e.g. .doc, .png), by name and declared type
    type_mismatch,     // the declared type, the file name's extension and the bytes do not tell the same story
    too_large,         // more than max_bytes
    too_many_pages,    // a PDF with more than max_pages pages
    too_much_text,     // more than max_text_bytes of text (or a DOCX whose document part inflates past its cap)
    encrypted,         // a PDF that needs a password, a DOCX whose document part is encrypted
    corrupt,           // bytes the format's reader cannot make sense of
    no_text,           // readable, but nothing to read (an image-only PDF, an empty document)
};

// The stable name of a kind ("unsupported_type", ...), for logs and error codes.
constexpr std::string_view to_string(extraction_error_kind kind) noexcept {
    switch (kind) {
        case extraction_error_kind::unsupported_type: return "unsupported_type";
        case extraction_error_kind::type_mismatch: return "type_mismatch";
        case extraction_error_kind::too_large: return "too_large";
        case extraction_error_kind::too_many_pages: return "too_many_pages";
        case extraction_error_kind::too_much_text: return "too_much_text";
        case extraction_error_kind::encrypted: return "encrypted";
        case extraction_error_kind::corrupt: return "corrupt";
        case extraction_error_kind::no_text: return "no_text";
    }
    return "corrupt";
}

struct extraction_error {
    extraction_error_kind kind;
    std::string message;  // one English sentence a surface may show as is; never holds the file's bytes
};

struct extracted_text {
    // Valid UTF-8 without NUL or other control characters but '\n' and '\t'. One paragraph (or PDF text line) per
    // line, runs of spaces collapsed, lines trimmed, at most one blank line in a row (between PDF pages and between
    // paragraphs the source separates), no leading or trailing blank lines. DOCX tables read row by row, their cells
    // separated by '\t'. Never empty (that is no_text) and at most max_text_bytes long.
    std::string text;
    text_format format;
    std::size_t pages = 0;  // PDF pages; 0 for formats without pages
};

using extraction_result = std::variant<extracted_text, extraction_error>;

class text_extractor {
public:
    virtual ~text_extractor() = default;
    // content: the file's bytes; content_type: the declared MIME type (parameters such as "; charset=" ignored);
    // filename: the client's name for it (only its extension counts). A declared type that says nothing (absent,
    // application/octet-stream) does not agree with anything, as for resume uploads (docs/behaviour.md §13).
    [[nodiscard]] virtual extraction_result extract(std::string_view content, std::string_view content_type,
                                                    std::string_view filename) const = 0;
};

}  // namespace offertracker::ports
