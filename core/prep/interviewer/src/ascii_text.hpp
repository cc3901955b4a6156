// ASCII text helpers of the interviewer: case folding, trimming and the key two question texts are compared by.
// Bytes >= 0x80 pass through unchanged, so any input (invalid UTF-8 included) is safe.
#pragma once

#include <string>
#include <string_view>

#include <offertracker/text/ascii.hpp>

namespace offertracker::prep::ascii {

[[nodiscard]] inline char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

[[nodiscard]] inline bool is_alnum(char c) noexcept {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

[[nodiscard]] inline std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lower(c);
    return out;
}

// Whitespace runs as one space, trimmed, case kept: a title pasted with a line break still reads as one phrase.
[[nodiscard]] inline std::string one_line(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool gap = false;
    for (char c : text::trim_ascii_space(s)) {
        if (text::is_ascii_space(c)) {
            gap = true;
            continue;
        }
        if (gap) out += ' ';
        gap = false;
        out += c;
    }
    return out;
}

// one_line, lower-cased: "Tell  me\nmore " and "tell me more" are one question.
[[nodiscard]] inline std::string key_of(std::string_view s) { return lowered(one_line(s)); }

}  // namespace offertracker::prep::ascii
