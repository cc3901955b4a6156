// The JSON and template views of sessions, interviews and feedback.
#include "views.hpp"

#include <offertracker/domain/time.hpp>

namespace offertracker::adapters::http::web {
namespace json = boost::json;
namespace {

json::value text_or_null(const std::optional<std::string>& v) {
    if (!v) return nullptr;
    return json::string(*v);
}

json::array strings(const std::vector<std::string>& items) {
    json::array out;
    for (const auto& s : items) out.emplace_back(s);
    return out;
}

}  // namespace

std::string session_href(prep::session_id id, std::string_view page) {
    return "/session/" + std::to_string(id) + "/" + std::string(page);
}

std::string iso_time(domain::timestamp t) { return domain::format_timestamp(t).substr(0, 19) + "Z"; }

json::object session_summary_json(const prep::practice_session& s) {
    return {{"id", s.id},
            {"job_title", s.job_title},
            {"company_name", s.company_name},
            {"created_at", iso_time(s.created_at)},
            {"cv_text", text_or_null(s.cv_text)},
            {"job_description_text", text_or_null(s.job_description_text)}};
}

json::object session_json(const prep::practice_session& s) {
    auto out = session_summary_json(s);
    out["user_id"] = s.user_id;
    out["application_id"] = text_or_null(s.application_id);
    out["cv_filename"] = text_or_null(s.cv_filename);
    out["completed_at"] = s.completed_at ? json::value(iso_time(*s.completed_at)) : json::value(nullptr);
    out["score"] = s.result ? json::value(s.result->score) : json::value(nullptr);
    return out;
}

json::object user_json(const domain::user& u) { return {{"id", u.id}, {"email", u.email}, {"username", u.username}}; }

json::object interview_json(const prep::interview_state& state) {
    json::array turns;
    for (const auto& t : state.turns)
        turns.push_back(
            json::object{{"position", t.position}, {"question", t.question}, {"answer", text_or_null(t.answer)}});
    json::value question = nullptr;
    if (state.current)
        question = json::object{{"position", state.current->position},
                                {"text", state.current->question},
                                {"topic", state.current->topic},
                                {"source", domain::to_string(state.current->source)}};
    return {{"session_id", state.session.id},   {"question", std::move(question)},
            {"question_count", state.question_count}, {"max_questions", state.max_questions},
            {"is_complete", state.is_complete}, {"turns", std::move(turns)}};
}

json::object feedback_json(const prep::finished_interview& done) {
    json::object out{{"session_id", done.session.id}};
    if (!done.session.result) return out;
    const auto& f = *done.session.result;
    json::array answers;
    for (const auto& a : f.answers) {
        json::object entry{{"position", a.position}, {"score", a.score}, {"star_found", strings(a.star_found)},
                           {"notes", strings(a.notes)}};
        for (const auto& t : done.turns) {
            if (t.position != a.position) continue;
            entry["question"] = t.question;
            entry["answer"] = text_or_null(t.answer);
        }
        answers.push_back(std::move(entry));
    }
    out["score"] = f.score;
    out["strengths"] = strings(f.strengths);
    out["weaknesses"] = strings(f.weaknesses);
    out["cv_improvements"] = strings(f.cv_improvements);
    out["written_by"] = f.written_by;
    out["answers"] = std::move(answers);
    return out;
}

mustache::data session_item(const prep::practice_session& s) {
    mustache::data d{mustache::data::type::object};
    d.set("id", std::to_string(s.id));
    d.set("job_title", s.job_title);
    d.set("company_name", s.company_name);
    d.set("created", domain::format_date(domain::to_date(s.created_at)));
    d.set("has_cv", s.cv_text.has_value());
    d.set("has_job_description", s.job_description_text.has_value());
    if (s.result) d.set("score", std::to_string(s.result->score));
    return d;
}

mustache::data text_list(const std::vector<std::string>& items) {
    mustache::data list{mustache::data::type::list};
    for (const auto& s : items) {
        mustache::data item{mustache::data::type::object};
        item.set("text", s);
        list.push_back(item);
    }
    return list;
}

}  // namespace offertracker::adapters::http::web
