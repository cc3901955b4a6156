// ASCII facts shared by every layer that trims what people type (use cases, interviewer, surfaces,
// the model provider's replies). Bytes >= 0x80 are never whitespace, so any input (invalid UTF-8 included) is safe.
#pragma once

#include <string>
#include <string_view>

namespace offertracker::text {

// Space, tab, CR, LF, FF or VT: what std::isspace accepts in the C locale.
[[nodiscard]] constexpr bool is_ascii_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The text without leading and trailing ASCII whitespace.
[[nodiscard]] constexpr std::string_view trim_ascii_space(std::string_view s) noexcept {
    while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
    return s;
}

// A-Z folded to a-z, every other byte kept: the case-insensitive matching both stores do for search text.
[[nodiscard]] inline std::string ascii_lower(std::string_view s) {
    std::string out{s};
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Empty or only ASCII whitespace.
[[nodiscard]] constexpr bool is_blank(std::string_view s) noexcept { return trim_ascii_space(s).empty(); }

}  // namespace offertracker::text
