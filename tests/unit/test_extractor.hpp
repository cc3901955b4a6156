// A text extractor for use-case tests: no PDF or DOCX parsing, just the bytes as text.
#pragma once

#include <string>
#include <string_view>

#include <offertracker/ports/text_extractor.hpp>

namespace offertracker::test {

// Reads every file as its own text, except a name ending ".bad" (the extractor's corrupt-file answer).
class text_file_extractor final : public ports::text_extractor {
public:
    static constexpr std::string_view unreadable = "The file is corrupt and could not be read.";
    ports::extraction_result extract(std::string_view content, std::string_view,
                                     std::string_view filename) const override {
        if (filename.ends_with(".bad"))
            return ports::extraction_error{ports::extraction_error_kind::corrupt, std::string(unreadable)};
        return ports::extracted_text{std::string(content), ports::text_format::txt, 0};
    }
};

}  // namespace offertracker::test
