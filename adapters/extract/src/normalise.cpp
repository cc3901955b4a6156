// One normaliser for every format, so the PDF, DOCX and TXT readers agree on what "the text" looks like.
#include "normalise.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include <offertracker/text/utf8.hpp>

namespace offertracker::extract::detail {
namespace {

using text::append_utf8;

constexpr char32_t replacement = 0xFFFD;

// Decodes one code point from [p, end), advancing p; an ill-formed sequence yields U+FFFD and consumes one byte.
char32_t next_code_point(const unsigned char*& p, const unsigned char* end) {
    const std::string_view rest(reinterpret_cast<const char*>(p), static_cast<std::size_t>(end - p));
    if (const auto d = text::decode_at(rest, 0)) {
        p += d->length;
        return d->code_point;
    }
    ++p;
    return replacement;
}

enum class cls { text, space, tab, newline, drop };

cls classify(char32_t cp) {
    if (cp == '\n' || cp == '\f' || cp == '\v' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) return cls::newline;
    if (cp == '\t') return cls::tab;
    if (cp == ' ' || cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0xA0 || cp == 0x1680 ||
        (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000)
        return cls::space;
    if (cp == 0xFEFF || cp == 0x00AD) return cls::drop;  // byte-order mark / zero-width no-break space, soft hyphen
    return cls::text;
}

// Windows-1252's 0x80..0x9F; 0 where it has no character (those bytes stay C1 controls, i.e. become spaces).
constexpr std::array<char16_t, 32> cp1252_high = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
    0x0178};

}  // namespace

std::string size_words(std::size_t bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) return std::to_string(bytes / (1024 * 1024)) + " MB";
    if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes / 1024) + " KB";
    return std::to_string(bytes) + " bytes";
}

std::optional<std::string> normalise_text(std::string_view text, std::size_t max_bytes) {
    std::string out;
    out.reserve(std::min(text.size(), max_bytes) + 4);
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = p + text.size();
    int newlines = 0;             // line breaks since the last character written
    cls pending = cls::drop;      // horizontal space since the last character written (space or tab)
    while (p < end) {
        char32_t cp = next_code_point(p, end);
        if (cp == '\r') {
            if (p < end && *p == '\n') ++p;
            cp = '\n';
        }
        switch (classify(cp)) {
            case cls::newline:
                ++newlines;
                pending = cls::drop;  // trailing spaces go
                break;
            case cls::tab:
                if (newlines == 0 && !out.empty()) pending = cls::tab;
                break;
            case cls::space:
                if (newlines == 0 && !out.empty() && pending != cls::tab) pending = cls::space;
                break;
            case cls::drop:
                break;
            case cls::text:
                if (!out.empty()) {
                    if (newlines >= 2) out += "\n\n";
                    else if (newlines == 1) out += '\n';
                    else if (pending == cls::tab) out += '\t';
                    else if (pending == cls::space) out += ' ';
                }
                newlines = 0;
                pending = cls::drop;
                append_utf8(out, cp);
                if (out.size() > max_bytes) return std::nullopt;
                break;
        }
    }
    return out;
}

std::string latin1_to_utf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 4);
    for (unsigned char c : bytes) {
        char32_t cp = c;
        if (c >= 0x80 && c <= 0x9F && cp1252_high[c - 0x80] != 0) cp = cp1252_high[c - 0x80];
        append_utf8(out, cp);
    }
    return out;
}

ports::extraction_error too_much_text(const ports::extraction_limits& limits) {
    return failure(ports::extraction_error_kind::too_much_text,
                   "The file holds more than " + size_words(limits.max_text_bytes) + " of text.");
}

ports::extraction_result finish(std::string_view raw, ports::text_format format, std::size_t pages,
                                const ports::extraction_limits& limits) {
    auto text = normalise_text(raw, limits.max_text_bytes);
    if (!text) return too_much_text(limits);
    if (text->empty()) {
        if (format == ports::text_format::pdf)
            return failure(ports::extraction_error_kind::no_text,
                           "The PDF has no text layer (scanned pages or images only); text in images is not read.");
        return failure(ports::extraction_error_kind::no_text, "The file holds no text.");
    }
    return ports::extracted_text{std::move(*text), format, pages};
}

}  // namespace offertracker::extract::detail
