// Usernames that cannot pass for one another: the characters refused in them, and the key that makes
// look-alikes one name (docs/behaviour.md §7).
#pragma once

#include <string>
#include <string_view>

namespace offertracker::domain {

// The code points a username may not hold, because they are invisible or change how the text around them is
// shown: controls (U+0000..U+001F, U+007F..U+009F), the soft hyphen U+00AD, zero-width and joiner characters
// (U+200B..U+200D, U+2060, U+FEFF) and the bidirectional marks, embeddings, overrides and isolates (U+061C,
// U+200E, U+200F, U+202A..U+202E, U+2066..U+2069).
constexpr bool is_hidden_character(char32_t c) noexcept {
    return c <= 0x1F || (c >= 0x7F && c <= 0x9F) || c == 0xAD || c == 0x61C || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x202A && c <= 0x202E) || c == 0x2060 || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

// True when the UTF-8 text holds a hidden character. Bytes that are not valid UTF-8 are not hidden characters
// (the UTF-8 check reports them).
bool has_hidden_character(std::string_view text);

// The canonical key of a username: two usernames are the same name exactly when their keys are equal. It drops
// the hidden characters (so names stored before they were refused still collide with their visible form) and
// applies Unicode full case folding (CaseFolding.txt C and F: "Alice" = "alice", "Straße" = "STRASSE",
// "ΟΔΥΣΣΕΥΣ" = "οδυσσευς"). It does not normalise (a precomposed "é" and "e" + U+0301 stay apart), nor map
// compatibility forms (fullwidth "Ａ") or cross-script look-alikes (Latin "a", Cyrillic "а"). Bytes that are
// not valid UTF-8 are kept as they are. The result is UTF-8.
std::string username_key(std::string_view username);

}  // namespace offertracker::domain
