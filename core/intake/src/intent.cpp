// Chat intents: ordered rules over the message's words (lower-case ASCII letters and digits; "#5" is "5"), after
// dropping politeness ("please", "can you", "could you", "hey", "thanks"). The first rule that holds wins:
//   1. create_job       a create verb ("create", "make", "add", "post", "draft", "new") opens the message and a job
//                       noun ("job", "role", "position", "opening", "posting", "req") follows within four words;
//                       the argument is the original text after that noun (and a "for", ":" or "-" after it).
//   2. job_applications "applications" / "applicants" / "pipeline" and "job N".
//   3. match_candidates "candidates" and "job N" (the number belongs to the job).
//   4. match_jobs       "jobs" and "candidate N".
//   5. summarize_candidate  "candidate N".
//   6. list_open_jobs   a job noun and "open" (or "active").
//   7. list_jobs        a job noun.
//   8. list_candidates  "candidates".
//   9. help             anything else, and any rule above whose number is missing or does not fit in 64 bits.
// "N" is the number right after the noun, optionally after "#", "number", "no", "id" or "with id".
#include <offertracker/intake/intake.hpp>

#include "text_scan.hpp"

#include <algorithm>
#include <array>
#include <limits>

namespace offertracker::intake {
namespace {

using namespace detail;

struct word {
    std::string text;     // lower-case
    std::size_t end = 0;  // in the original message, just past the word
};

std::vector<word> words_in(std::string_view message) {
    std::vector<word> out;
    std::size_t i = 0;
    while (i < message.size()) {
        if (!is_alpha(message[i]) && !is_digit(message[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < message.size() && (is_alpha(message[j]) || is_digit(message[j]) ||
                                      (message[j] == '\'' && j + 1 < message.size() && is_alpha(message[j + 1]))))
            ++j;
        out.push_back({lower(message.substr(i, j - i)), j});
        i = j;
    }
    return out;
}

bool any_of(std::string_view w, std::initializer_list<std::string_view> set) {
    return std::find(set.begin(), set.end(), w) != set.end();
}

bool job_noun(std::string_view w) {
    return any_of(w, {"job", "jobs", "role", "roles", "position", "positions", "opening", "openings", "posting",
                      "postings", "req", "reqs", "vacancy", "vacancies"});
}
bool candidate_noun(std::string_view w) {
    return any_of(w, {"candidate", "candidates", "applicant", "applicants", "people", "talent", "profiles"});
}

// The politeness words dropped from the front and the back.
std::size_t skip_politeness(const std::vector<word>& ws) {
    std::size_t i = 0;
    for (bool again = true; again;) {
        again = false;
        auto take = [&](std::initializer_list<std::string_view> seq) {
            std::size_t k = 0;
            for (auto s : seq) {
                if (i + k >= ws.size() || ws[i + k].text != s) return false;
                ++k;
            }
            i += k;
            again = true;
            return true;
        };
        take({"please"}) || take({"pls"}) || take({"plz"}) || take({"kindly"}) || take({"hey"}) || take({"hi"}) ||
            take({"hello"}) || take({"ok"}) || take({"okay"}) || take({"can", "you"}) || take({"could", "you"}) ||
            take({"would", "you"}) || take({"will", "you"}) || take({"can", "i"}) || take({"i", "want", "to"}) ||
            take({"i'd", "like", "to"}) || take({"i", "would", "like", "to"}) || take({"let's"}) ||
            take({"go", "ahead", "and"}) || take({"help", "me"}) || take({"me"});
    }
    return i;
}

enum class number_state { none, ok, overflow };

struct numbered {
    number_state state = number_state::none;
    std::int64_t value = 0;
};

// The number right after a noun that `is_noun` accepts, the first such noun that has one.
template <class Pred>
numbered number_after(const std::vector<word>& ws, std::size_t from, Pred is_noun) {
    numbered result;
    for (std::size_t i = from; i < ws.size(); ++i) {
        if (!is_noun(ws[i].text)) continue;
        std::size_t k = i + 1;
        while (k < ws.size() && any_of(ws[k].text, {"number", "no", "id", "with", "num", "nr"})) ++k;
        if (k >= ws.size() || !std::all_of(ws[k].text.begin(), ws[k].text.end(), is_digit)) continue;
        std::int64_t v = 0;
        for (char c : ws[k].text) {
            const int d = c - '0';
            if (v > (std::numeric_limits<std::int64_t>::max() - d) / 10) return {number_state::overflow, 0};
            v = v * 10 + d;
        }
        return {number_state::ok, v};
    }
    return result;
}

bool has(const std::vector<word>& ws, std::size_t from, bool (*pred)(std::string_view)) {
    for (std::size_t i = from; i < ws.size(); ++i)
        if (pred(ws[i].text)) return true;
    return false;
}
bool has_any(const std::vector<word>& ws, std::size_t from, std::initializer_list<std::string_view> set) {
    for (std::size_t i = from; i < ws.size(); ++i)
        if (any_of(ws[i].text, set)) return true;
    return false;
}

intent numbered_intent(intent_kind kind, numbered n) {
    if (n.state != number_state::ok) return {};
    return {kind, n.value, {}};
}

}  // namespace

intent parse_intent(std::string_view raw) {
    const std::string message = clean_text(raw);
    const auto ws = words_in(message);
    const std::size_t from = skip_politeness(ws);
    if (from >= ws.size()) return {};

    // 1. create_job
    if (any_of(ws[from].text, {"create", "make", "add", "post", "draft", "new", "start", "open"})) {
        for (std::size_t k = from + 1; k < ws.size() && k <= from + 4; ++k) {
            if (!job_noun(ws[k].text)) continue;
            // "open jobs" lists; "open a new job for ..." creates.
            if (ws[from].text == "open" && (k == from + 1 || ws[k].text.back() == 's')) break;
            std::size_t start = ws[k].end;
            std::string_view rest = std::string_view(message).substr(start);
            rest = trim(rest);
            while (!rest.empty() && (rest.front() == ':' || rest.front() == '-' || rest.front() == ',' ||
                                     rest.front() == ' ' || rest.front() == '.'))
                rest.remove_prefix(1);
            const std::string low = lower(rest.substr(0, 8));
            if (starts_with_word(low, "for")) rest = trim(rest.substr(3));
            return {intent_kind::create_job, std::nullopt, std::string(trim(rest))};
        }
    }
    auto is_job = [](std::string_view w) { return w == "job" || w == "jobs" || w == "role" || w == "position" || w == "req"; };
    auto is_candidate = [](std::string_view w) { return w == "candidate" || w == "candidates"; };

    // 2. job_applications
    if (has_any(ws, from, {"applications", "application", "applicants", "pipeline", "pipelines"})) {
        const auto n = number_after(ws, from, is_job);
        // Without a number ("applications for job five") it is help, not a list of jobs.
        if (n.state != number_state::none || has(ws, from, job_noun)) return numbered_intent(intent_kind::job_applications, n);
    }
    // 3. match_candidates: the number belongs to the job.
    if (has(ws, from, candidate_noun)) {
        const auto n = number_after(ws, from, is_job);
        if (n.state != number_state::none) return numbered_intent(intent_kind::match_candidates, n);
    }
    // 4. match_jobs: the number belongs to the candidate.
    if (has(ws, from, job_noun)) {
        const auto n = number_after(ws, from, is_candidate);
        if (n.state != number_state::none) return numbered_intent(intent_kind::match_jobs, n);
    }
    // 5. summarize_candidate
    {
        const auto n = number_after(ws, from, is_candidate);
        if (n.state != number_state::none) return numbered_intent(intent_kind::summarize_candidate, n);
        if (has_any(ws, from, {"summarize", "summarise", "summary", "describe"}) && has(ws, from, candidate_noun))
            return {};  // a summary needs the candidate's number
    }
    // A match command without its number is help, not a list.
    if (has_any(ws, from, {"match", "matches", "matching", "rank"})) return {};
    // 6-8. lists
    if (has(ws, from, job_noun)) {
        if (has_any(ws, from, {"open", "active", "opened", "live"})) return {intent_kind::list_open_jobs, std::nullopt, {}};
        return {intent_kind::list_jobs, std::nullopt, {}};
    }
    if (has(ws, from, candidate_noun)) return {intent_kind::list_candidates, std::nullopt, {}};
    return {};
}

}  // namespace offertracker::intake
