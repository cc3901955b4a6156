// The answer reader: tokens are lower-cased runs of ASCII letters and digits and non-ASCII bytes (apostrophes,
// straight or curly, split them: "I'm" reads as "i" "m"). Markers are phrases of tokens looked up by their first
// token, so the pass stays linear however long the answer is.
#include "answer_signals.hpp"

#include "ascii_text.hpp"

#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace offertracker::prep {
namespace {

enum class marker { situation, task, action, result, hypothetical };

struct phrase {
    std::vector<std::string_view> tail;  // the tokens after the first
    marker kind;
};

struct marker_table {
    std::unordered_map<std::string_view, std::vector<phrase>> by_first;
};

constexpr std::string_view situation_phrases[] = {
    "when i", "when we", "when my", "when our", "at the time", "situation", "context", "background",
    "in my previous", "in my last", "in my first", "in my current", "at my previous", "at my last",
    "at my current", "at my first", "last year", "last quarter", "last month", "last summer", "years ago",
    "months ago", "weeks ago", "back in", "there was", "there were", "we had", "while working", "while i was",
    "one time", "once", "previous role", "previous job", "previous company", "previous team", "a project where",
    "the problem was", "the issue was",
};
constexpr std::string_view task_phrases[] = {
    "my task", "my job was", "my role was", "my responsibility", "i was responsible", "responsible for",
    "i was asked", "i was tasked", "tasked with", "the goal was", "our goal", "my goal", "the aim was", "my aim",
    "objective", "needed to", "had to", "i owned", "i was assigned", "assigned to", "the challenge was", "deadline",
    "i needed", "we needed", "the task", "my part was", "i was in charge", "in charge of",
};
constexpr std::string_view action_phrases[] = {
    "so i", "then i", "first i", "i then", "i also", "my approach", "i started by", "i began",
};
constexpr std::string_view result_phrases[] = {
    "as a result", "result", "results", "resulted", "outcome", "led to", "which meant", "meant that", "so that",
    "in the end", "ended up", "eventually", "reduced", "increased", "improved", "saved", "doubled", "halved",
    "tripled", "launched", "shipped", "delivered", "achieved", "succeeded", "grew", "dropped", "on time",
    "ahead of schedule", "the feedback was", "learned", "learnt", "lesson", "since then", "from then on", "impact",
    "faster", "fewer", "promoted", "praised", "thanked", "adopted", "solved", "resolved", "percent",
};
constexpr std::string_view hypothetical_phrases[] = {
    "would", "usually", "generally", "typically", "normally", "i d", "tend to", "i try", "i like to",
};

void add(marker_table& t, std::span<const std::string_view> phrases, marker kind) {
    for (std::string_view p : phrases) {
        std::vector<std::string_view> words;
        while (!p.empty()) {
            const std::size_t space = p.find(' ');
            words.push_back(p.substr(0, space));
            p = space == std::string_view::npos ? std::string_view{} : p.substr(space + 1);
        }
        const std::string_view first = words.front();
        words.erase(words.begin());
        t.by_first[first].push_back({std::move(words), kind});
    }
}

const marker_table& markers() {
    static const marker_table table = [] {
        marker_table t;
        add(t, situation_phrases, marker::situation);
        add(t, task_phrases, marker::task);
        add(t, action_phrases, marker::action);
        add(t, result_phrases, marker::result);
        add(t, hypothetical_phrases, marker::hypothetical);
        return t;
    }();
    return table;
}

// Irregular past forms an interview story uses; forms that read the same in the present ("put", "set") are left out.
const std::unordered_set<std::string_view>& irregular_past() {
    static const std::unordered_set<std::string_view> words{
        "was", "were", "had", "did", "made", "built", "led", "took", "went", "wrote", "ran", "found", "got", "gave",
        "told", "saw", "knew", "thought", "brought", "began", "chose", "drove", "felt", "fought", "kept", "left",
        "lost", "met", "paid", "said", "sent", "sold", "spent", "stood", "taught", "understood", "won", "broke",
        "caught", "came", "grew", "held", "spoke", "became", "bought", "dealt", "drew", "heard", "meant", "overcame",
        "rose", "sought", "struck", "wore", "rewrote", "rebuilt", "oversaw", "undertook", "withdrew", "shook", "fell",
    };
    return words;
}

// Words ending in "-ed" that are not past tenses, or are adjectives a non-story answer uses ("I am experienced").
const std::unordered_set<std::string_view>& not_past() {
    static const std::unordered_set<std::string_view> words{
        "need", "seed", "feed", "weed", "deed", "reed", "shed", "bred", "sled", "shred", "speed", "breed", "greed",
        "steed", "indeed", "proceed", "succeed", "exceed", "embed", "hundred", "sacred", "naked", "wicked", "kindred",
        "experienced", "interested", "detailed", "advanced", "skilled", "motivated", "dedicated", "talented",
        "excited", "focused", "based", "related", "distributed", "varied", "limited", "unlimited", "required",
        "supposed", "oriented", "qualified",
    };
    return words;
}

bool is_past(std::string_view w) {
    if (w.size() >= 4 && w.ends_with("ed")) return !not_past().contains(w);
    return irregular_past().contains(w);
}

// Words that measure ("twice", "thousands"); small counts ("two engineers") describe the scene, not an outcome.
bool is_number_word(std::string_view w) {
    static const std::unordered_set<std::string_view> words{
        "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens", "half",
        "twice", "double", "triple", "percent",
    };
    return words.contains(w);
}

bool has_digit(std::string_view w) {
    for (char c : w)
        if (c >= '0' && c <= '9') return true;
    return false;
}

// 1900..2099 on its own: a date sets the scene, it measures nothing.
bool is_year(std::string_view w) {
    if (w.size() != 4 || !(w.starts_with("19") || w.starts_with("20"))) return false;
    for (char c : w)
        if (c < '0' || c > '9') return false;
    return true;
}

// The UTF-8 curly apostrophes (U+2018, U+2019), which split a token as "'" does.
bool curly_apostrophe_at(std::string_view s, std::size_t i) {
    return i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' && (s[i + 2] == '\x98' || s[i + 2] == '\x99');
}

std::vector<std::string_view> tokens_of(std::string_view lowered) {
    std::vector<std::string_view> out;
    std::size_t begin = 0;
    bool in_token = false;
    for (std::size_t i = 0; i < lowered.size(); ++i) {
        const char c = lowered[i];
        const bool word =
            (ascii::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80) && !curly_apostrophe_at(lowered, i);
        if (word && !in_token) begin = i;
        if (!word && in_token) out.push_back(lowered.substr(begin, i - begin));
        in_token = word;
        if (!word && curly_apostrophe_at(lowered, i)) i += 2;
    }
    if (in_token) out.push_back(lowered.substr(begin));
    return out;
}

std::size_t count_words(std::string_view s) {
    std::size_t n = 0;
    bool in_run = false, counted = false;
    for (char c : s) {
        if (text::is_ascii_space(c)) {
            in_run = false;
            continue;
        }
        if (!in_run) counted = false;
        in_run = true;
        if (!counted && (ascii::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80)) {
            ++n;
            counted = true;
        }
    }
    return n;
}

}  // namespace

answer_signals read_answer(std::string_view answer) {
    answer_signals s;
    s.words = count_words(answer);
    s.result = answer.find('%') != std::string_view::npos;
    if (s.result) ++s.numbers;

    const std::string lowered = ascii::lowered(answer);
    const std::vector<std::string_view> tokens = tokens_of(lowered);
    const marker_table& table = markers();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string_view w = tokens[i];
        if (w == "i" || w == "me" || w == "my" || w == "myself") ++s.singular;
        if (w == "we" || w == "us" || w == "our" || w == "ourselves") ++s.plural;
        if (is_past(w)) ++s.past_tense;
        if ((has_digit(w) && !is_year(w)) || is_number_word(w)) ++s.numbers;
        // "I led", "we migrated": the speaker doing something, told in the past ("I was", "we had" set the scene).
        if ((w == "i" || w == "we") && i + 1 < tokens.size() && is_past(tokens[i + 1])) {
            s.narrated = true;
            const std::string_view verb = tokens[i + 1];
            if (verb != "was" && verb != "were" && verb != "had") s.action = true;
        }
        const auto hit = table.by_first.find(w);
        if (hit == table.by_first.end()) continue;
        for (const phrase& p : hit->second) {
            if (i + p.tail.size() >= tokens.size()) continue;
            bool match = true;
            for (std::size_t k = 0; k < p.tail.size() && match; ++k) match = tokens[i + 1 + k] == p.tail[k];
            if (!match) continue;
            switch (p.kind) {
                case marker::situation: s.situation = true; break;
                case marker::task: s.task = true; break;
                case marker::action: s.action = true; break;
                case marker::result: s.result = true; break;
                case marker::hypothetical: ++s.hypothetical; break;
            }
        }
    }
    return s;
}

}  // namespace offertracker::prep
