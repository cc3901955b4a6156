// What is sent to a model and read back from it, on the project's one UTF-8 decoder (offertracker/text).
#include "model_text.hpp"

#include <algorithm>

#include <offertracker/text/ascii.hpp>
#include <offertracker/text/utf8.hpp>

namespace offertracker::adapters::provider::detail {

namespace {

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

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
        const auto cp = text::decode_at(text, at);
        if (!cp) {
            out += "\uFFFD";
            ++at;
        } else {
            if (is_control(cp->code_point) && cp->code_point != '\n' && cp->code_point != '\t') out += ' ';
            else out.append(text.substr(at, cp->length));
            at += cp->length;
        }
        ++chars;
    }
    return out;
}

std::optional<std::string> text_problem(std::string_view text, std::size_t max_chars) {
    std::size_t chars = 0;
    for (std::size_t at = 0; at < text.size();) {
        const auto cp = text::decode_at(text, at);
        if (!cp) return "is not valid UTF-8";
        if (is_control(cp->code_point)) return "holds a control character";
        at += cp->length;
        ++chars;
    }
    if (text::is_blank(text)) return "is blank";
    if (chars > max_chars) return "is longer than " + std::to_string(max_chars) + " characters";
    return std::nullopt;
}

}  // namespace offertracker::adapters::provider::detail
