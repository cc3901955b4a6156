// ASCII text helpers of the interviewer: case folding, trimming and the key two question texts are compared by.
// Bytes >= 0x80 pass through unchanged, so any input (invalid UTF-8 included) is safe.
#pragma once

#include <string>
#include <string_view>

namespace offertracker::prep::ascii {

[[nodiscard]] inline char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

[[nodiscard]] inline bool is_space(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

[[nodiscard]] inline bool is_alnum(char c) noexcept {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

[[nodiscard]] inline std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lower(c);
    return out;
}

[[nodiscard]] inline std::string_view trimmed(std::string_view s) noexcept {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

// Lower-cased, trimmed, inner whitespace runs as one space: "Tell  me\nmore " and "tell me more" are one question.
[[nodiscard]] inline std::string key_of(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool gap = false;
    for (char c : trimmed(s)) {
        if (is_space(c)) {
            gap = true;
            continue;
        }
        if (gap) out += ' ';
        gap = false;
        out += lower(c);
    }
    return out;
}

// Whitespace runs as one space, trimmed, case kept: a title pasted with a line break still reads as one phrase.
[[nodiscard]] inline std::string one_line(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool gap = false;
    for (char c : trimmed(s)) {
        if (is_space(c)) {
            gap = true;
            continue;
        }
        if (gap) out += ' ';
        gap = false;
        out += c;
    }
    return out;
}

}  // namespace offertracker::prep::ascii
