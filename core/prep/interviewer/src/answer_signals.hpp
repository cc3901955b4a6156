// What one reading of an answer finds: its length, STAR markers, numbers, "I" versus "we", and whether it tells a
// past-tense story. Both the follow-up rule (gap_of) and the rubric read answers through this, so they agree.
#pragma once

#include <cstddef>
#include <string_view>

namespace offertracker::prep {

// Under this many words an answer is too short to tell a story; over the long limit it rambles.
inline constexpr std::size_t short_answer_words = 40;
inline constexpr std::size_t long_answer_words = 400;

struct answer_signals {
    std::size_t words = 0;  // whitespace-separated runs holding a letter, a digit or a non-ASCII byte
    bool situation = false;  // "when I", "at my previous", "last year", "there was", ...
    bool task = false;       // "my task", "I was responsible", "the goal was", "had to", ...
    bool action = false;     // "I" or "we" followed by a past-tense verb, "then I", "so I", ...
    bool result = false;     // "as a result", "which led to", "so that", "reduced", "in the end", a percentage, ...
    std::size_t numbers = 0;       // figures (not years such as 2019), percentages and number words ("twice")
    std::size_t singular = 0;      // "I", "me", "my", "myself"
    std::size_t plural = 0;        // "we", "us", "our", "ourselves"
    std::size_t past_tense = 0;    // past-tense verbs ("-ed" forms and common irregular ones)
    std::size_t hypothetical = 0;  // "would", "usually", "typically", "I'd", ...

    bool narrated = false;         // "I" or "we" followed by a past-tense verb ("we had", "I met")

    // A concrete situation: a past-tense account of something the speaker (or their team) did.
    [[nodiscard]] bool tells_example() const noexcept { return past_tense >= 2 && narrated; }
    // An outcome: words of result or anything measurable.
    [[nodiscard]] bool names_result() const noexcept { return result || numbers > 0; }
};

// One linear pass; ASCII-case-insensitive; any bytes (invalid UTF-8 included) are read without failing.
[[nodiscard]] answer_signals read_answer(std::string_view answer);

}  // namespace offertracker::prep
