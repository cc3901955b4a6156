// The interview-prep aggregate (seed 003): a seeker's practice sessions, the questions asked in each with their
// answers, the feedback of a finished interview, and the browser sessions of the web surface. Every record carries
// the owning seeker's user_id (the OfferTracker account: one account, both ways). Practice-session ids are integers,
// as the seed's clients expect, assigned by the store.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <offertracker/domain/enum_table.hpp>
#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::prep {

using session_id = std::int64_t;

// The most questions one interview asks (follow-ups included).
inline constexpr int max_questions = 8;

// What a question came from; "follow_up" questions react to the answer before them.
enum class question_source { skill, behavioural, bank, follow_up, model };

// One question of an interview and its answer. `position` counts from 0 in the order asked.
struct turn {
    session_id session = 0;
    int position = 0;
    std::string question;
    question_source source = question_source::behavioural;
    std::string topic;  // the skill, competency or bank stage it probes ("PostgreSQL", "conflict", "Onsite")
    std::optional<std::string> answer;
    domain::timestamp asked_at{};
    std::optional<domain::timestamp> answered_at;

    friend bool operator==(const turn&, const turn&) = default;
};

// How one answer fared in the rubric, so the feedback explains itself.
struct answer_assessment {
    int position = 0;
    int score = 0;                       // 1..10
    std::vector<std::string> star_found;  // "situation", "task", "action", "result" markers seen
    std::vector<std::string> notes;       // one sentence each: what was strong or missing in this answer

    friend bool operator==(const answer_assessment&, const answer_assessment&) = default;
};

// The feedback of a finished interview.
struct feedback {
    int score = 0;  // 1..10
    std::vector<std::string> strengths;
    std::vector<std::string> weaknesses;
    std::vector<std::string> cv_improvements;
    std::vector<answer_assessment> answers;  // one per answered question, by position
    std::string written_by = "offline";      // "offline" (the rubric) or "model"

    friend bool operator==(const feedback&, const feedback&) = default;
};

struct practice_session {
    session_id id = 0;
    domain::id user_id;
    std::string job_title;     // 1..200 characters, not blank
    std::string company_name;  // 1..200 characters, not blank
    std::optional<std::string> cv_text;
    std::optional<std::string> cv_filename;
    std::optional<std::string> job_description_text;
    std::optional<domain::id> application_id;  // the OfferTracker application it prepares for, when opened from one
    domain::timestamp created_at{};
    std::optional<domain::timestamp> completed_at;  // set by complete; cleared when a question is retried
    std::optional<feedback> result;                 // set with completed_at

    friend bool operator==(const practice_session&, const practice_session&) = default;
};

// A signed-in browser: the server-side record behind the opaque `session` cookie. Only a digest of the cookie's
// secret is stored, so a copy of the database cannot be replayed as cookies.
struct browser_session {
    std::string key_digest;  // lower-case hex SHA-256 of the cookie's secret part
    domain::id user_id;
    domain::timestamp created_at{};
    domain::timestamp expires_at{};

    friend bool operator==(const browser_session&, const browser_session&) = default;
};

}  // namespace offertracker::prep

namespace offertracker::domain {

// The wire and column words of question_source (the web's JSON, prep_turns.source).
template <>
struct enum_strings<prep::question_source> {
    static constexpr std::array<std::pair<prep::question_source, std::string_view>, 5> values{{
        {prep::question_source::skill, "skill"},
        {prep::question_source::behavioural, "behavioural"},
        {prep::question_source::bank, "bank"},
        {prep::question_source::follow_up, "follow_up"},
        {prep::question_source::model, "model"},
    }};
};

}  // namespace offertracker::domain
