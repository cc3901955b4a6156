// ports::text_extractor over the file's bytes: the declared type, the extension and the magic bytes must agree
// (domain::document_kind's sniffing for PDF and DOCX; TXT is what is neither and holds no NUL), then one reader per
// format. Thread-safe and stateless apart from its options.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <offertracker/ports/text_extractor.hpp>

namespace offertracker::extract {

struct extractor_options {
    ports::extraction_limits limits{};
    // The most a DOCX's word/document.xml may inflate to (the zip-bomb guard): markup is ~10x its text, so 16 MiB
    // holds any document under the text limit; past it the file is refused as too_much_text.
    std::size_t max_docx_part_bytes = 16 * 1024 * 1024;
};

class file_text_extractor final : public ports::text_extractor {
public:
    explicit file_text_extractor(extractor_options options = {});
    [[nodiscard]] ports::extraction_result extract(std::string_view content, std::string_view content_type,
                                                   std::string_view filename) const override;

private:
    extractor_options options_;
};

// The readers on their own, for the fuzz targets and the tests: no type agreement check, only the format's own
// limits (max_bytes included). Each returns text normalised as ports::extracted_text documents.
[[nodiscard]] ports::extraction_result extract_pdf(std::string_view content, const ports::extraction_limits& limits);
[[nodiscard]] ports::extraction_result extract_docx(std::string_view content, const ports::extraction_limits& limits,
                                                    std::size_t max_part_bytes);
[[nodiscard]] ports::extraction_result extract_txt(std::string_view content, const ports::extraction_limits& limits);

}  // namespace offertracker::extract
