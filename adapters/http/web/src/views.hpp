// What the surface shows of its records: the seed's JSON shapes and the values the page templates read.
#pragma once

#include <boost/json.hpp>

#include <string>
#include <string_view>

#include <offertracker/domain/user.hpp>
#include <offertracker/prep/sessions.hpp>

#include "pages.hpp"

namespace offertracker::adapters::http::web {

// "/session/{id}/{page}": the link to one of a session's pages.
std::string session_href(prep::session_id id, std::string_view page);

// "2026-03-03T10:30:00Z": ISO 8601 in UTC to the second, as the seed shows created_at.
std::string iso_time(domain::timestamp t);

// {id, job_title, company_name, created_at, cv_text, job_description_text}: the seed's recent_sessions entry.
boost::json::object session_summary_json(const prep::practice_session& s);
// The summary plus user_id, application_id, cv_filename, completed_at and score (null until finished).
boost::json::object session_json(const prep::practice_session& s);
boost::json::object user_json(const domain::user& u);
// {session_id, question: {position, text, topic, source} | null, question_count, max_questions, is_complete,
// turns: [{position, question, answer}]}
boost::json::object interview_json(const prep::interview_state& state);
// {score, strengths, weaknesses, cv_improvements, written_by, answers: [{position, question, answer, score,
// star_found, notes}]}
boost::json::object feedback_json(const prep::finished_interview& done);

// A session as the lists show it: id, job_title, company_name, created (the date), has_cv, has_job_description,
// score when finished.
mustache::data session_item(const prep::practice_session& s);
// Strings as a mustache list of {text}.
mustache::data text_list(const std::vector<std::string>& items);

}  // namespace offertracker::adapters::http::web
