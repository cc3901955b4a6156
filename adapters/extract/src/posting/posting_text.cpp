// Cleaning is one pass over code points, so any bytes (invalid UTF-8, NUL, 2 MB of spaces) cost linear time.
#include "posting_text.hpp"

#include <algorithm>
#include <vector>

#include <offertracker/text/ascii.hpp>
#include <offertracker/text/utf8.hpp>

namespace offertracker::extract::posting {
namespace {

bool is_break(char32_t cp) noexcept { return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029; }

// Spaces, controls (C0, DEL, C1), the Unicode spaces and the invisible format characters pages scatter in titles.
bool is_blank(char32_t cp) noexcept {
    return cp <= 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200F) ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF || (cp >= 0x202A && cp <= 0x202E);
}

std::optional<std::string> clean(std::string_view text, std::size_t max_chars, bool keep_lines) {
    std::string out;
    std::size_t chars = 0;
    bool space = false, line = false;  // a separator is pending
    for (std::size_t i = 0; i < text.size() && chars < max_chars;) {
        const auto d = text::decode_at(text, i);
        const char32_t cp = d ? d->code_point : U'\uFFFD';
        i += d ? d->length : 1;
        if (keep_lines && is_break(cp)) {
            line = true;
            continue;
        }
        if (is_blank(cp)) {
            space = true;
            continue;
        }
        if (!out.empty() && (line || space)) {
            if (chars + 1 >= max_chars) break;
            out += line ? '\n' : ' ';
            ++chars;
        }
        line = space = false;
        text::append_utf8(out, cp);
        ++chars;
    }
    if (out.empty()) return std::nullopt;
    return out;
}

bool is_digits(std::string_view s) { return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }); }

std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// The scheme of an absolute reference (lower-cased), or empty when `ref` is relative.
std::string scheme_of(std::string_view ref) {
    const auto colon = ref.find(':');
    if (colon == std::string_view::npos || colon == 0 || ref.find_first_of("/?#") < colon) return {};
    const std::string_view scheme = ref.substr(0, colon);
    const bool ok = std::all_of(scheme.begin(), scheme.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-' ||
               c == '.';
    });
    return ok ? lowered(scheme) : std::string{};
}

std::string remove_dot_segments(std::string_view path) {
    std::vector<std::string_view> segments;
    const bool absolute = path.starts_with('/');
    if (absolute) path.remove_prefix(1);
    bool trailing = false;
    while (true) {
        const auto slash = path.find('/');
        const std::string_view seg = path.substr(0, slash);
        trailing = seg == "." || seg == "..";
        if (seg == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (seg != ".") {
            segments.push_back(seg);
        }
        if (slash == std::string_view::npos) break;
        path.remove_prefix(slash + 1);
    }
    std::string out = absolute ? "/" : "";
    for (std::size_t k = 0; k < segments.size(); ++k) out.append(k ? "/" : "").append(segments[k]);
    if (trailing && !out.ends_with('/')) out += '/';
    return out;
}

struct split_url {
    std::string_view origin;  // "https://host:port"
    std::string_view path;
    std::string_view query;  // with its '?', or empty
};

split_url split(std::string_view absolute) {
    absolute = absolute.substr(0, absolute.find('#'));
    const auto authority = absolute.find("//") + 2;
    const auto path_at = std::min(absolute.find_first_of("/?", authority), absolute.size());
    const auto query_at = std::min(absolute.find('?', path_at), absolute.size());
    return {absolute.substr(0, path_at), absolute.substr(path_at, query_at - path_at), absolute.substr(query_at)};
}

bool is_usable(std::string_view url) {
    if (url.size() > max_url_bytes || !text::is_valid_utf8(url)) return false;
    const auto scheme = scheme_of(url);
    if (scheme != "http" && scheme != "https") return false;
    const std::string_view rest = url.substr(scheme.size() + 1);
    if (!rest.starts_with("//") || rest.size() == 2 || rest[2] == '/' || rest[2] == '?' || rest[2] == '#') return false;
    return std::none_of(url.begin(), url.end(), [](char c) { return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F; });
}

}  // namespace

std::optional<std::string> clean_line(std::string_view text, std::size_t max_chars) {
    return clean(text, max_chars, false);
}

std::optional<std::string> clean_lines(std::string_view text, std::size_t max_chars) {
    return clean(text, max_chars, true);
}

std::optional<std::string> date_part(std::string_view text) {
    text = text::trim_ascii_space(text);
    if (text.size() < 10 || text[4] != '-' || text[7] != '-' || !is_digits(text.substr(0, 4)) ||
        !is_digits(text.substr(5, 2)) || !is_digits(text.substr(8, 2)))
        return std::nullopt;
    if (text.size() > 10 && text[10] != 'T' && text[10] != 't' && text[10] != ' ') return std::nullopt;
    const int month = (text[5] - '0') * 10 + (text[6] - '0');
    const int day = (text[8] - '0') * 10 + (text[9] - '0');
    if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    return std::string(text.substr(0, 10));
}

std::optional<std::string> resolve_url(std::string_view reference, std::string_view base) {
    reference = text::trim_ascii_space(reference);
    if (reference.empty() || reference.size() > max_url_bytes) return std::nullopt;
    std::string out;
    if (const auto scheme = scheme_of(reference); !scheme.empty()) {
        out = scheme + std::string(reference.substr(scheme.size()));
    } else {
        base = text::trim_ascii_space(base);
        if (!is_usable(base)) return std::nullopt;
        const std::string normal_base = scheme_of(base) + std::string(base.substr(base.find(':')));
        const auto b = split(normal_base);
        const auto tail_at = std::min(reference.find_first_of("?#"), reference.size());
        const std::string_view ref_path = reference.substr(0, tail_at), tail = reference.substr(tail_at);
        if (reference.starts_with("//")) {
            out = scheme_of(base) + ":" + std::string(reference);
        } else if (ref_path.empty()) {  // "?q" or "#f": the base's path (and its query, for a fragment)
            out = std::string(b.origin) + std::string(b.path) + std::string(tail.starts_with('#') ? b.query : "");
            out += tail;
        } else {
            // A relative path replaces the last segment of the base's ("/" when the base has none).
            std::string path = ref_path.starts_with('/') ? std::string()
                               : b.path.empty()          ? std::string("/")
                                                         : std::string(b.path.substr(0, b.path.rfind('/') + 1));
            path += ref_path;
            out = std::string(b.origin) + remove_dot_segments(path) + std::string(tail);
        }
    }
    if (!is_usable(out)) return std::nullopt;
    return out;
}

}  // namespace offertracker::extract::posting
