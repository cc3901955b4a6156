// What every extraction result must satisfy, whatever the bytes: the fuzz targets of adapters/extract abort
// when one does not.
#pragma once

#include <cstdlib>
#include <string_view>
#include <variant>

#include <offertracker/ports/text_extractor.hpp>
#include <offertracker/text/utf8.hpp>

namespace offertracker::fuzz {

inline void check_extraction(const ports::extraction_result& result, const ports::extraction_limits& limits) {
    if (const auto* error = std::get_if<ports::extraction_error>(&result)) {
        if (error->message.empty() || ports::to_string(error->kind).empty()) std::abort();
        return;
    }
    const std::string_view text = std::get<ports::extracted_text>(result).text;
    if (text.empty() || text.size() > limits.max_text_bytes || !text::is_storable_text(text)) std::abort();
    for (unsigned char c : text)
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) std::abort();
    if (text.front() == '\n' || text.back() == '\n' || text.find("\n\n\n") != std::string_view::npos) std::abort();
}

}  // namespace offertracker::fuzz
