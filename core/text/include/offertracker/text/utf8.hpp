// UTF-8 facts every layer needs (the core validating what embedders pass, the HTTP layer checking what arrives).
#pragma once

#include <cstddef>
#include <string_view>

namespace offertracker::text {

// Well-formed UTF-8 as RFC 3629 defines it: no overlong forms, no surrogates (U+D800..U+DFFF), nothing above
// U+10FFFF, no truncated sequence. PostgreSQL refuses anything else in a text column, so nothing else is stored.
[[nodiscard]] bool is_valid_utf8(std::string_view text) noexcept;

// Text a store can keep faithfully: valid UTF-8 without U+0000 (PostgreSQL text cannot hold NUL).
[[nodiscard]] inline bool is_storable_text(std::string_view text) noexcept {
    return text.find('\0') == std::string_view::npos && is_valid_utf8(text);
}

// Length in code points of valid UTF-8 text (what a documented "max N characters" counts).
[[nodiscard]] std::size_t utf8_length(std::string_view text) noexcept;

}  // namespace offertracker::text
