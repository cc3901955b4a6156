// UTF-8 facts every layer needs (the core validating what embedders pass, the HTTP layer checking what arrives).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
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

// One code point and the bytes it took.
struct decoded {
    char32_t code_point;
    std::size_t length;
};

// The code point starting at text[i] (i < text.size()), or nullopt when the bytes there are not valid UTF-8
// (overlong forms, surrogates and values above U+10FFFF included).
[[nodiscard]] std::optional<decoded> decode_at(std::string_view text, std::size_t i) noexcept;

// Appends `cp` (at most U+10FFFF) encoded as UTF-8; a surrogate gives the three bytes is_valid_utf8 refuses.
void append_utf8(std::string& out, char32_t cp);

}  // namespace offertracker::text
