// Titles: cue lines first (the writer named the field), then a first line that is a title, then prose.
#include "job_title.hpp"
#include "text_scan.hpp"

#include <algorithm>
#include <array>

namespace offertracker::intake::detail {
namespace {

constexpr std::array<std::string_view, 34> stop_words{
    "in",      "at",    "with",   "for",    "to",    "who",    "that",   "based",  "located", "remote",
    "hybrid",  "onsite", "on-site", "from",  "on",    "join",   "which",  "will",   "needed",  "wanted",
    "required", "asap", "starting", "and",  "or",    "full-time", "part-time", "contract", "ideally",
    "please",  "we",    "you",    "near",   "within",
};
// Words that open a title phrase without belonging to it; the employment and remote words are fields of their own.
constexpr std::array<std::string_view, 27> dropped_openers{
    "a",        "an",      "the",     "our",      "new",     "one",       "experienced", "talented",
    "passionate", "motivated", "strong", "great", "skilled", "seasoned", "driven",    "hands-on",
    "highly",   "exceptional", "amazing", "awesome", "temporary", "remote", "freelance", "contract",
    "full-time", "part-time", "permanent",
};
constexpr std::array<std::string_view, 8> levels{"i", "ii", "iii", "iv", "v", "1", "2", "3"};

bool in(std::string_view word, auto const& list) {
    const std::string low = lower(word);
    return std::find(list.begin(), list.end(), low) != list.end();
}

constexpr std::array<std::string_view, 7> cue_words{"job title", "title", "position", "role", "hiring",
                                                    "now hiring", "we're hiring"};
constexpr std::array<std::string_view, 26> prose_cues{
    "we need a ",          "we need an ",       "need a ",            "need an ",          "looking for a ",
    "looking for an ",     "seeking a ",        "seeking an ",        "hiring a ",         "hiring an ",
    "hire a ",             "hire an ",          "job for a ",         "job for an ",       "role for a ",
    "position for a ",     "opening for a ",    "search of a ",       "recruiting a ",     "recruiting an ",
    "join us as a ",       "join us as an ",    "team as a ",         "team as an ",       "want a ",
    "job for ",
};
constexpr std::array<std::string_view, 12> not_title_openers{"we",     "we're", "our",   "i",    "looking", "seeking",
                                                             "hiring", "join",  "are",   "create", "need",  "please"};

// The phrase a title may take after a prose cue: up to the end of the sentence or line, at most 120 bytes (a
// bounded window, so a text of repeated cues stays linear).
std::string_view phrase_at(std::string_view text, std::size_t start) {
    const std::string_view window = text.substr(start, 120);
    return window.substr(0, window.find_first_of(".\n"));
}

}  // namespace

std::optional<title_found> title_from(std::string_view phrase, std::size_t offset, bool need_role) {
    // Cut at the first separator.
    std::size_t cut = phrase.size();
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        const char c = phrase[i];
        if (c == '(' || c == ',' || c == '|' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n' ||
            (c == '.' && (i + 1 == phrase.size() || phrase[i + 1] == ' ')) ||
            (c == '-' && i > 0 && phrase[i - 1] == ' ' && i + 1 < phrase.size() && phrase[i + 1] == ' ')) {
            cut = i;
            break;
        }
    }
    phrase = phrase.substr(0, cut);
    auto words = words_of(phrase);
    std::size_t first = 0;
    while (first < words.size() && in(words[first], dropped_openers)) ++first;
    std::size_t last = first;
    while (last < words.size() && !(last > first && in(words[last], stop_words))) ++last;
    if (first >= last) return std::nullopt;
    // Up to the last role word and a level after it.
    std::size_t role_end = first;
    for (std::size_t i = first; i < last; ++i)
        if (has_role_word(words[i])) role_end = i + 1;
    if (role_end == first) {
        if (need_role) return std::nullopt;
    } else {
        if (role_end < last && in(words[role_end], levels)) ++role_end;
        last = role_end;
    }
    if (last - first > 8) return std::nullopt;
    const char* begin = words[first].data();
    const char* end = words[last - 1].data() + words[last - 1].size();
    const std::string_view span(begin, static_cast<std::size_t>(end - begin));
    const std::size_t at = offset + static_cast<std::size_t>(begin - phrase.data());
    return title_found{title_case(span), at, at + span.size()};
}

std::optional<title_found> find_job_title(std::string_view text) {
    const auto all = lines_of(text);
    // 1. A cue line: "Job title: ...", "Position - ...".
    for (const auto& l : all) {
        const std::string low = lower(l.text.substr(0, 16));
        for (auto c : cue_words) {
            if (!starts_with_word(low, c)) continue;
            std::size_t i = c.size();
            while (i < l.text.size() && l.text[i] == ' ') ++i;
            if (i >= l.text.size() || (l.text[i] != ':' && l.text[i] != '-')) continue;
            const std::string_view value = trim(l.text.substr(i + 1));
            if (auto t = title_from(value, l.offset + static_cast<std::size_t>(value.data() - l.text.data()), false))
                return t;
        }
    }
    // 2. The first non-empty line, when its first clause reads as a title (a role word, at most eight words, not a
    // sentence about "we").
    for (const auto& l : all) {
        if (l.text.empty()) continue;
        const auto words = words_of(l.text);
        if (!words.empty() && !in(words.front(), not_title_openers) && is_upper(l.text.front())) {
            std::size_t from = 0;
            while (from < l.text.size()) {
                // Each " - " or "|" segment in turn: "Acme Corp - Senior Backend Engineer".
                std::size_t next = l.text.size();
                for (std::size_t i = from; i < l.text.size(); ++i)
                    if (l.text[i] == '|' || (l.text[i] == '-' && i > 0 && l.text[i - 1] == ' ' && i + 1 < l.text.size() &&
                                             l.text[i + 1] == ' ')) {
                        next = i;
                        break;
                    }
                const std::string_view segment = trim(l.text.substr(from, next - from));
                if (auto t = title_from(segment, l.offset + static_cast<std::size_t>(segment.data() - l.text.data()), true))
                    return t;
                from = next + 1;
            }
        }
        break;
    }
    // 3. Prose: the earliest cue phrase followed by a title; a text that opens with "a"/"an" (a chat command's
    // argument: "a senior backend engineer in NYC").
    const std::string low = lower(text);
    std::size_t best = std::string::npos;
    std::size_t best_end = 0;
    for (auto c : prose_cues) {
        std::size_t at = 0;
        while ((at = low.find(c, at)) != std::string::npos) {
            if (at > 0 && is_word_byte(low[at - 1])) {
                ++at;
                continue;
            }
            if (at >= best) break;
            const std::size_t start = at + c.size();
            if (title_from(phrase_at(text, start), start, true)) {
                best = at;
                best_end = start;
                break;
            }
            at = start;
        }
    }
    if (best == std::string::npos && (low.rfind("a ", 0) == 0 || low.rfind("an ", 0) == 0)) best_end = 0, best = 0;
    if (best == std::string::npos) return std::nullopt;
    return title_from(phrase_at(text, best_end), best_end, true);
}

}  // namespace offertracker::intake::detail
