// The offline interviewer: which questions a practice interview asks, in which order, and when it follows up on an
// answer. Pure and deterministic (the same inputs give the same questions); std C++ plus the skills vocabulary.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <offertracker/domain/question_bank.hpp>
#include <offertracker/prep/records.hpp>

namespace offertracker::prep {

// One question of the behavioural bank shipped with the product (src/behavioural_bank.cpp).
struct behavioural_question {
    std::string_view competency;  // one of competencies()
    std::string_view text;
};

// The competencies the bank covers, in a fixed order: "conflict", "ownership", "failure", "leadership",
// "ambiguity", "communication", "teamwork", "prioritisation", "learning", "customer focus".
[[nodiscard]] std::span<const std::string_view> competencies() noexcept;
// At least 60 questions, at least 5 per competency.
[[nodiscard]] std::span<const behavioural_question> behavioural_bank() noexcept;

// The job's skills as the interviewer sees them: the canonical names of the vocabulary's skills the text mentions,
// in order of first mention, each once.
[[nodiscard]] std::vector<std::string> job_skills(std::string_view job_description);

struct plan_inputs {
    std::string job_title;
    std::string company_name;
    std::string job_description;  // "" when none was given
    // The seeker's own bank (questions of their OfferTracker interview stages); the planner ranks questions asked
    // at the same company, then for the same role, first.
    std::vector<domain::bank_question> own_questions;
    std::uint64_t seed = 0;  // the session id: different sessions draw different questions, one session always the same
};

struct planned_question {
    std::string text;
    question_source source;
    std::string topic;  // the skill, the competency, or the bank question's stage type

    friend bool operator==(const planned_question&, const planned_question&) = default;
};

// The main questions of an interview, max_questions of them, no text twice (ASCII case and spacing ignored): a mix of
// skill questions (one per job skill, most-mentioned skills first, up to half of the plan when the job has skills;
// a mention is a sentence or line naming the skill), questions from the seeker's own bank (up to two: same company
// and role, then same company, then same role, then the rest, case-insensitively), and behavioural questions over
// distinct competencies filling the rest. Starts with a behavioural opener about the role and company (topic
// "motivation"); the other parts follow interleaved (skill, behavioural, bank, skill, ...).
[[nodiscard]] std::vector<planned_question> plan_questions(const plan_inputs& in);

// What a follow-up reacts to in an answer, checked in this order.
enum class answer_gap {
    none,
    too_short,   // fewer than 40 words
    no_example,  // no concrete situation: no past-tense account of something the speaker did
    no_result,   // no outcome: nothing measurable or no words of result ("so that", "which led to", numbers, %)
};
[[nodiscard]] answer_gap gap_of(std::string_view answer);

// The follow-up question for an answered turn whose answer has `gap`, naming the turn's topic (for none: what would
// you do differently).
[[nodiscard]] planned_question follow_up_for(const turn& answered, answer_gap gap);

// The next question, given the turns asked so far (each answered), or nullopt once max_questions were asked.
// A follow-up comes when the last answer has a gap, the last turn was not itself a follow-up, and fewer than two
// follow-ups were asked (and its text was not asked yet); otherwise the first planned question whose text was not
// asked yet.
[[nodiscard]] std::optional<planned_question> next_question(const plan_inputs& in, const std::vector<turn>& asked);

}  // namespace offertracker::prep
