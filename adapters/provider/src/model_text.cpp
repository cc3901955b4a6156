// A small strict UTF-8 decoder (no overlong forms, no surrogates, nothing past U+10FFFF) and what is built on it.
#include "model_text.hpp"

#include <algorithm>

namespace offertracker::adapters::provider::detail {

namespace {

struct code_point {
    char32_t value;
    std::size_t length;  // bytes; 0 when the bytes at the position are not valid UTF-8
};

code_point decode(std::string_view s, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[at + i]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80) return {lead, 1};
    std::size_t length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if ((lead & 0xE0) == 0xC0) length = 2, value = lead & 0x1F, minimum = 0x80;
    else if ((lead & 0xF0) == 0xE0) length = 3, value = lead & 0x0F, minimum = 0x800;
    else if ((lead & 0xF8) == 0xF0) length = 4, value = lead & 0x07, minimum = 0x10000;
    else return {0, 0};
    if (at + length > s.size()) return {0, 0};
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(i) & 0xC0) != 0x80) return {0, 0};
        value = (value << 6) | (byte(i) & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return {0, 0};
    return {value, length};
}

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::string bounded(std::string_view text, std::size_t max_chars) {
    std::string out;
    out.reserve(std::min(text.size(), max_chars * 4));
    std::size_t chars = 0;
    for (std::size_t at = 0; at < text.size();) {
        if (chars == max_chars) {
            out += "\u2026";
            break;
        }
        const auto cp = decode(text, at);
        if (cp.length == 0) {
            out += "\uFFFD";
            ++at;
        } else {
            if (is_control(cp.value) && cp.value != '\n' && cp.value != '\t') out += ' ';
            else out.append(text.substr(at, cp.length));
            at += cp.length;
        }
        ++chars;
    }
    return out;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

std::optional<std::string> text_problem(std::string_view text, std::size_t max_chars) {
    std::size_t chars = 0;
    for (std::size_t at = 0; at < text.size();) {
        const auto cp = decode(text, at);
        if (cp.length == 0) return "is not valid UTF-8";
        if (is_control(cp.value)) return "holds a control character";
        at += cp.length;
        ++chars;
    }
    if (trimmed(text).empty()) return "is blank";
    if (chars > max_chars) return "is longer than " + std::to_string(max_chars) + " characters";
    return std::nullopt;
}

}  // namespace offertracker::adapters::provider::detail
