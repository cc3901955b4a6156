// One forward scan: every byte is looked at a bounded number of times (raw-text end tags are searched from the
// current position), so the guard is linear in the page.
#include "nesting_guard.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace offertracker::extract::posting {
namespace {

char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_letter(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

template <std::size_t N>
bool is_one_of(std::string_view name, const std::array<std::string_view, N>& names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

constexpr std::array<std::string_view, 16> void_elements{"area", "base", "br",   "col",   "embed", "hr",
                                                         "img",  "input", "link", "meta",  "param", "source",
                                                         "track", "wbr",  "keygen", "basefont"};
constexpr std::array<std::string_view, 9> raw_text_elements{"script", "style",   "textarea", "title",   "xmp",
                                                            "iframe", "noembed", "noframes", "noscript"};
// Formatting elements: a misnested end tag of one closes only it (the adoption agency keeps the blocks inside open).
constexpr std::array<std::string_view, 14> formatting_elements{"a",     "b",      "big",    "code", "em", "font", "i",
                                                               "nobr",  "s",      "small",  "strike", "strong",
                                                               "tt",    "u"};
// Elements a start tag of the same name closes (siblings written without end tags).
constexpr std::array<std::string_view, 9> self_closing_siblings{"p",  "li", "option", "optgroup", "dt",
                                                                "dd", "tr", "td",     "th"};

// Position of the first case-insensitive "</name" at or after `from`, or npos.
std::size_t find_end_tag(std::string_view html, std::string_view name, std::size_t from) {
    for (std::size_t at = html.find("</", from); at != std::string_view::npos; at = html.find("</", at + 2)) {
        if (html.size() - at - 2 < name.size()) return std::string_view::npos;
        bool same = true;
        for (std::size_t k = 0; k < name.size() && same; ++k) same = lower(html[at + 2 + k]) == name[k];
        if (same) return at;
    }
    return std::string_view::npos;
}

// The '>' ending the tag opened at `from`, skipping quoted attribute values; npos when the tag never ends.
std::size_t tag_end(std::string_view html, std::size_t from) {
    char quote = 0;
    for (std::size_t i = from; i < html.size(); ++i) {
        const char c = html[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            if (html[i - 1] == '=' || html[i - 1] == ' ') quote = c;  // only a value's quotes open a value
        } else if (c == '>') {
            return i;
        }
    }
    return std::string_view::npos;
}

std::string tag_name(std::string_view html, std::size_t from) {
    std::string name;
    for (std::size_t i = from; i < html.size() && name.size() < 32; ++i) {
        const char c = html[i];
        if (!is_letter(c) && !(c >= '0' && c <= '9') && c != '-' && c != ':' && c != '_') break;
        name += lower(c);
    }
    return name;
}

bool in_foreign_content(const std::vector<std::string>& open, std::string_view name) {
    const auto foreign = [](std::string_view n) { return n == "svg" || n == "math"; };
    return foreign(name) || std::any_of(open.begin(), open.end(), foreign);
}

}  // namespace

std::string_view nesting_bounded(std::string_view html, std::size_t max_depth) {
    std::vector<std::string> open;
    for (std::size_t i = html.find('<'); i != std::string_view::npos && i + 1 < html.size(); i = html.find('<', i)) {
        const std::size_t start = i;
        if (html.substr(i, 4) == "<!--") {
            const auto close = html.find("-->", i + 4);
            if (close == std::string_view::npos) break;
            i = close + 3;
            continue;
        }
        const bool closing = html[i + 1] == '/';
        const std::size_t name_at = i + (closing ? 2 : 1);
        if (name_at >= html.size() || !is_letter(html[name_at])) {
            ++i;  // "<!doctype", "<?xml", "a < b": no element
            continue;
        }
        const std::string name = tag_name(html, name_at);
        const auto end = tag_end(html, name_at);
        if (end == std::string_view::npos) break;
        i = end + 1;
        if (closing) {
            const auto it = std::find(open.rbegin(), open.rend(), name);
            if (it == open.rend()) continue;
            if (is_one_of(name, formatting_elements)) open.erase(std::prev(it.base()));
            else open.erase(std::prev(it.base()), open.end());
            continue;
        }
        if (name == "plaintext") break;  // the rest of the page is text
        if (is_one_of(name, raw_text_elements)) {
            const auto close = find_end_tag(html, name, i);
            if (close == std::string_view::npos) break;
            i = close;
            continue;
        }
        // "/>" closes an element only in SVG and MathML; in HTML, <x/> is an open <x>.
        if (is_one_of(name, void_elements) || (html[end - 1] == '/' && in_foreign_content(open, name))) continue;
        if (!open.empty() && open.back() == name && is_one_of(name, self_closing_siblings)) continue;
        open.push_back(name);
        if (open.size() > max_depth) return html.substr(0, start);
    }
    return html;
}

}  // namespace offertracker::extract::posting
