// The username key: a UTF-8 walk that drops hidden characters and case-folds the rest from the generated table.
#include <offertracker/domain/username.hpp>

#include <algorithm>
#include <optional>

#include "case_folding_table.hpp"

namespace offertracker::domain {
namespace {

struct decoded {
    char32_t code_point;
    std::size_t length;
};

// The code point starting at text[i], or nullopt when the bytes there are not valid UTF-8 (overlong forms,
// surrogates and values above U+10FFFF included).
std::optional<decoded> decode_at(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return decoded{lead, 1};
    std::size_t length = 0;
    char32_t cp = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        cp = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        cp = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        cp = lead & 0x07;
    } else {
        return std::nullopt;
    }
    if (i + length > text.size()) return std::nullopt;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return std::nullopt;
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < smallest[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
    return decoded{cp, length};
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

void append_folded(std::string& out, char32_t cp) {
    const auto expansions = detail::fold_expansions();
    const auto e = std::ranges::lower_bound(expansions, cp, {}, &detail::fold_expansion::from);
    if (e != expansions.end() && e->from == cp) {
        for (char32_t c : e->to)
            if (c != 0) append_utf8(out, c);
        return;
    }
    // The last run starting at or before cp.
    const auto runs = detail::fold_runs();
    const auto after = std::ranges::upper_bound(runs, cp, {}, &detail::fold_run::first);
    if (after != runs.begin()) {
        const auto& run = *(after - 1);
        if (cp <= run.last && (cp - run.first) % static_cast<char32_t>(run.stride) == 0) {
            append_utf8(out, static_cast<char32_t>(static_cast<long>(cp) + run.delta));
            return;
        }
    }
    append_utf8(out, cp);
}

}  // namespace

bool has_hidden_character(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto d = decode_at(text, i);
        if (!d) {
            ++i;
            continue;
        }
        if (is_hidden_character(d->code_point)) return true;
        i += d->length;
    }
    return false;
}

std::string username_key(std::string_view username) {
    std::string key;
    key.reserve(username.size());
    for (std::size_t i = 0; i < username.size();) {
        const auto d = decode_at(username, i);
        if (!d) {
            key += username[i++];
            continue;
        }
        if (!is_hidden_character(d->code_point)) append_folded(key, d->code_point);
        i += d->length;
    }
    return key;
}

}  // namespace offertracker::domain
