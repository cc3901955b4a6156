// The username key: a UTF-8 walk that drops hidden characters and case-folds the rest from the generated table.
#include <offertracker/domain/username.hpp>

#include <algorithm>

#include <offertracker/text/utf8.hpp>

#include "case_folding_table.hpp"

namespace offertracker::domain {
namespace {

using text::append_utf8;
using text::decode_at;


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
