// multipart/form-data parsing over a fully buffered body; every loop is bounded by the body size or a cap.
#include <offertracker/http/multipart.hpp>

#include <offertracker/http/form.hpp>
#include <offertracker/http/message.hpp>

#include <utility>
#include <vector>

namespace offertracker::adapters::http {

namespace {

constexpr std::string_view crlf = "\r\n";
constexpr std::size_t max_part_header_bytes = 8 * 1024;
constexpr std::size_t max_boundary_length = 200;  // RFC 2046 says 70; some clients are generous

using param_list = std::vector<std::pair<std::string, std::string>>;

std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

std::string to_lower(std::string_view s) {
    std::string out{s};
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

// Parses `; a=b; c="d;e"` (what follows the main value of Content-Type or Content-Disposition). Names are
// lower-cased. Quoted strings may hold ';' and backslash escapes. Returns nullopt on an unterminated quote or a
// parameter without '='.
std::optional<param_list> parse_params(std::string_view rest) {
    param_list params;
    std::size_t i = 0;
    while (i < rest.size()) {
        while (i < rest.size() && (rest[i] == ';' || rest[i] == ' ' || rest[i] == '\t')) ++i;
        if (i >= rest.size()) break;
        const std::size_t name_start = i;
        while (i < rest.size() && rest[i] != '=' && rest[i] != ';') ++i;
        if (i >= rest.size() || rest[i] != '=') return std::nullopt;
        std::string name = to_lower(trim(rest.substr(name_start, i - name_start)));
        if (name.empty()) return std::nullopt;
        ++i;  // '='
        while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t')) ++i;
        std::string value;
        if (i < rest.size() && rest[i] == '"') {
            ++i;
            bool closed = false;
            while (i < rest.size()) {
                const char c = rest[i++];
                if (c == '"') {
                    closed = true;
                    break;
                }
                if (c == '\\' && i < rest.size()) {
                    value.push_back(rest[i++]);
                } else {
                    value.push_back(c);
                }
            }
            if (!closed) return std::nullopt;
            while (i < rest.size() && rest[i] != ';') {
                if (rest[i] != ' ' && rest[i] != '\t') return std::nullopt;  // junk after the closing quote
                ++i;
            }
        } else {
            const std::size_t value_start = i;
            while (i < rest.size() && rest[i] != ';') ++i;
            value = std::string{trim(rest.substr(value_start, i - value_start))};
        }
        params.emplace_back(std::move(name), std::move(value));
    }
    return params;
}

const std::string* find_param(const param_list& params, std::string_view name) {
    for (const auto& [key, value] : params) {
        if (key == name) return &value;
    }
    return nullptr;
}

bool valid_boundary(std::string_view b) noexcept {
    if (b.empty() || b.size() > max_boundary_length || b.back() == ' ') return false;
    for (const char c : b) {
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E) return false;
    }
    return true;
}

// RFC 5987 ext-value: charset'language'percent-encoded. The bytes are returned as decoded, whatever the charset.
std::optional<std::string> decode_ext_value(std::string_view v) {
    const auto first = v.find('\'');
    if (first == std::string_view::npos) return std::nullopt;
    const auto second = v.find('\'', first + 1);
    if (second == std::string_view::npos) return std::nullopt;
    return percent_decode(v.substr(second + 1), false);
}

multipart_result failure(std::string message) {
    multipart_result r;
    r.error = std::move(message);
    return r;
}

// After "--boundary" at `pos`: is this a real delimiter line? Sets `closing` for "--boundary--" and `next` to the
// first byte after the line (for a closing delimiter, after its "--").
bool delimiter_line_at(std::string_view body, std::size_t pos, bool& closing, std::size_t& next) noexcept {
    if (body.substr(pos, 2) == "--") {
        closing = true;
        next = pos + 2;
        return true;
    }
    while (pos < body.size() && (body[pos] == ' ' || body[pos] == '\t')) ++pos;  // transport padding
    if (body.substr(pos, 2) != crlf) return false;
    closing = false;
    next = pos + 2;
    return true;
}

}  // namespace

const multipart_part* multipart_result::find(std::string_view name) const noexcept {
    for (const auto& part : parts) {
        if (part.name == name) return &part;
    }
    return nullptr;
}

multipart_result parse_multipart(std::string_view content_type_header, std::string_view body,
                                 std::size_t max_parts) {
    const auto semi = content_type_header.find(';');
    const std::string media_type = to_lower(trim(content_type_header.substr(0, semi)));
    if (media_type.rfind("multipart/", 0) != 0) return failure("Content-Type is not multipart");
    const auto params =
        parse_params(semi == std::string_view::npos ? std::string_view{} : content_type_header.substr(semi + 1));
    if (!params) return failure("malformed Content-Type parameters");
    const std::string* boundary = find_param(*params, "boundary");
    if (!boundary) return failure("missing multipart boundary");
    if (!valid_boundary(*boundary)) return failure("invalid multipart boundary");

    const std::string dash_boundary = "--" + *boundary;
    const std::string delimiter = "\r\n" + dash_boundary;

    // Opening delimiter: at the very start, or after a preamble ending in CRLF.
    std::size_t pos = std::string_view::npos;
    bool closing = false;
    std::size_t next = 0;
    if (body.substr(0, dash_boundary.size()) == dash_boundary &&
        delimiter_line_at(body, dash_boundary.size(), closing, next)) {
        pos = 0;
    } else {
        for (auto found = body.find(delimiter); found != std::string_view::npos;
             found = body.find(delimiter, found + 1)) {
            if (delimiter_line_at(body, found + delimiter.size(), closing, next)) {
                pos = found;
                break;
            }
        }
    }
    if (pos == std::string_view::npos) return failure("no multipart opening delimiter");

    multipart_result result;
    while (!closing) {
        if (result.parts.size() >= max_parts) return failure("too many multipart parts");
        const std::size_t headers_start = next;

        // Part headers: lines up to an empty line; none at all is allowed by RFC 2046 but leaves no name.
        std::size_t data_start = 0;
        std::string_view header_block;
        if (body.substr(headers_start, 2) == crlf) {
            data_start = headers_start + 2;
        } else {
            const auto end = body.find("\r\n\r\n", headers_start);
            if (end == std::string_view::npos || end - headers_start > max_part_header_bytes)
                return failure("malformed multipart part headers");
            header_block = body.substr(headers_start, end - headers_start);
            data_start = end + 4;
        }

        multipart_part part;
        part.content_type = "text/plain";
        bool has_name = false;
        while (!header_block.empty()) {
            const auto eol = header_block.find(crlf);
            const std::string_view line = header_block.substr(0, eol);
            header_block = eol == std::string_view::npos ? std::string_view{} : header_block.substr(eol + 2);
            const auto colon = line.find(':');
            if (colon == std::string_view::npos || colon == 0 || line.front() == ' ' || line.front() == '\t')
                return failure("malformed multipart part header line");
            const std::string_view name = line.substr(0, colon);
            const std::string_view value = trim(line.substr(colon + 1));
            if (iequals(name, "Content-Disposition")) {
                const auto dsemi = value.find(';');
                const auto dparams =
                    parse_params(dsemi == std::string_view::npos ? std::string_view{} : value.substr(dsemi + 1));
                if (!dparams) return failure("malformed multipart Content-Disposition");
                if (const auto* n = find_param(*dparams, "name")) {
                    part.name = *n;
                    has_name = true;
                }
                if (const auto* ext = find_param(*dparams, "filename*")) {
                    auto decoded = decode_ext_value(*ext);
                    if (!decoded) return failure("malformed multipart filename*");
                    part.filename = std::move(*decoded);
                } else if (const auto* f = find_param(*dparams, "filename")) {
                    part.filename = *f;
                }
            } else if (iequals(name, "Content-Type")) {
                part.content_type = std::string{value};
            }
        }
        if (!has_name) return failure("multipart part without a Content-Disposition name");

        // Data runs up to the next CRLF--boundary that forms a delimiter line; look-alikes inside data are skipped.
        std::size_t data_end = std::string_view::npos;
        for (auto found = body.find(delimiter, data_start); found != std::string_view::npos;
             found = body.find(delimiter, found + 1)) {
            if (delimiter_line_at(body, found + delimiter.size(), closing, next)) {
                data_end = found;
                break;
            }
        }
        if (data_end == std::string_view::npos) return failure("no multipart closing delimiter");
        part.data = std::string{body.substr(data_start, data_end - data_start)};
        result.parts.push_back(std::move(part));
    }
    return result;
}

}  // namespace offertracker::adapters::http
