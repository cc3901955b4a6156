// Practice sessions of the interview-prep web (seed 003): create one (optionally for an OfferTracker application),
// add a CV and a job description, answer up to max_questions questions one at a time, and read the feedback.
//
// Ownership: another seeker's session is 403 "You do not have access to this session", a missing one 404
// "Session not found" (the seed tells them apart), checked before the input, so a stranger learns nothing from how
// their input fares. Validation errors carry field errors (path, code, limit); the
// surface words them ("Job title cannot be empty" is {job_title, missing}).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/stage.hpp>
#include <offertracker/ports/page.hpp>
#include <offertracker/prep/records.hpp>
#include <offertracker/prep/services.hpp>

namespace offertracker::prep {

inline constexpr std::size_t max_title_length = 200;        // job_title and company_name, in characters
inline constexpr std::size_t min_cv_text_length = 50;       // extracted CV text, in characters
inline constexpr std::size_t min_job_description_length = 50;
inline constexpr std::size_t max_job_description_length = 10'000;
inline constexpr std::size_t max_answer_length = 5'000;
inline constexpr std::size_t max_cv_bytes = 10 * 1024 * 1024;
inline constexpr std::size_t recent_session_count = 5;  // what the dashboard shows

struct create_session_command {
    std::string job_title;     // blank: {job_title, missing}; over 200: {job_title, too_long, 200}
    std::string company_name;  // the same rules
    std::optional<domain::id> application_id;      // the seeker's OfferTracker application (as draft_from_application)
    std::optional<std::string> job_description;    // prefilled from the application; the upload-job rules apply
};

// A prefilled create_session_command from one of the seeker's applications: its role, company and description
// (a description outside 50..10,000 characters is left out). The application's errors as usecases::get_application
// words them (404 "Application not found", 403 for another seeker's).
domain::result<create_session_command> draft_from_application(services& s, const actor& who,
                                                               const domain::id& application_id);

domain::result<practice_session> create_session(services& s, const actor& who, const create_session_command& cmd);
domain::result<practice_session> get_session(services& s, const actor& who, session_id id);
// The seeker's sessions newest first, and how many there are in all.
struct session_list {
    std::vector<practice_session> items;
    std::size_t total = 0;
};
domain::result<session_list> list_sessions(services& s, const actor& who, ports::page p);
domain::result<domain::done> delete_session(services& s, const actor& who, session_id id);

struct cv_upload {
    std::string content;  // the file's bytes
    std::string content_type;
    std::string filename;
};
// Extracts the CV's text (PDF, DOCX, TXT; at most max_cv_bytes): an extraction failure is a rule_violation whose
// message is the extractor's sentence; text under 50 characters is {cv_file, too_short, 50}.
domain::result<practice_session> upload_cv(services& s, const actor& who, session_id id, const cv_upload& file);
// 50..10,000 characters (not counting surrounding whitespace): {job_description, too_short | too_long, limit}.
domain::result<practice_session> set_job_description(services& s, const actor& who, session_id id,
                                                     const std::string& text);

// Where an interview stands.
struct interview_state {
    practice_session session;
    std::vector<turn> turns;      // asked so far, by position
    std::optional<turn> current;  // the question waiting for its answer; none once the interview is complete
    int question_count = 0;       // turns.size()
    int max_questions = prep::max_questions;
    bool is_complete = false;  // nothing left to answer: max_questions answered, or completed
};
// Opens the interview: asks the first question when none is asked yet (so this may write), and returns the state.
domain::result<interview_state> open_interview(services& s, const actor& who, session_id id);
// Records the answer to the current question and asks the next (unless max_questions are answered). Blank or over
// 5,000 characters: {answer, missing | too_long}. Nothing left to answer: rule_violation "The interview is complete";
// nothing asked yet: rule_violation "No question is waiting for an answer: open the interview first".
domain::result<interview_state> answer_question(services& s, const actor& who, session_id id,
                                                const std::string& answer);
// Finishes the interview and writes its feedback (offline rubric, or the model when configured and usable).
// No answered question: rule_violation "Answer at least one question before completing the interview".
domain::result<practice_session> complete_interview(services& s, const actor& who, session_id id);
// The finished interview's session (its result holds the feedback) with its turns. Not finished:
// rule_violation "The interview is not complete yet".
struct finished_interview {
    practice_session session;
    std::vector<turn> turns;
};
domain::result<finished_interview> get_feedback(services& s, const actor& who, session_id id);
// Clears the answer at `position` so it is asked again, and reopens the interview (its feedback is dropped until it
// is completed again). No such asked question: {position, not_one_of} as a validation error.
domain::result<interview_state> retry_question(services& s, const actor& who, session_id id, long long position);

// Appends the session's asked questions to a stage of the application the session was opened from (the tracker's
// question bank; questions already there are not repeated). The session has no application: rule_violation
// "This session is not linked to an application"; a blank stage id: {stage_id, missing}; a stage of another
// application: 404 "Stage not found".
domain::result<domain::stage> save_questions_to_stage(services& s, const actor& who, session_id id,
                                                      const domain::id& stage_id);

// Scores of the seeker's finished sessions, oldest first: what the dashboard charts.
struct score_point {
    session_id id = 0;
    std::string job_title;
    std::string company_name;
    domain::timestamp completed_at{};
    int score = 0;
};
domain::result<std::vector<score_point>> score_history(services& s, const actor& who, std::size_t limit = 20);

}  // namespace offertracker::prep
