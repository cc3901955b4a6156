// The interview one question at a time, its feedback, retrying a question and saving the questions to a stage.
#include <offertracker/http/kit/query_reader.hpp>
#include <offertracker/usecases/applications.hpp>

#include "routes.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::web {
namespace {

mustache::data interview_data(const prep::interview_state& state, const text_fields& values,
                              const std::optional<domain::error>& e) {
    auto d = page_data("Interview practice", true);
    d.set("session", session_item(state.session));
    d.set("max_questions", std::to_string(state.max_questions));
    d.set("is_complete", state.is_complete);
    if (state.current) {
        mustache::data q{mustache::data::type::object};
        q.set("number", std::to_string(state.current->position + 1));
        q.set("text", state.current->question);
        q.set("topic", state.current->topic);
        q.set("follow_up", state.current->source == prep::question_source::follow_up);
        d.set("question", q);
    }
    mustache::data turns{mustache::data::type::list};
    bool answered = false;
    for (const auto& t : state.turns) {
        if (!t.answer) continue;
        answered = true;
        mustache::data item{mustache::data::type::object};
        item.set("number", std::to_string(t.position + 1));
        item.set("question", t.question);
        item.set("answer", *t.answer);
        turns.push_back(item);
    }
    d.set("turns", turns);
    d.set("has_answers", answered);
    d.set("action_answer", session_href(state.session.id, "message"));
    d.set("action_complete", session_href(state.session.id, "complete"));
    add_form_state(d, values, {"answer"}, e);
    return d;
}

response interview_reply(const context& c, const request& req, const domain::result<prep::interview_state>& state) {
    if (!state) return error_reply(c, req, state.error());
    if (wants_json(req)) return json_page(200, interview_json(*state));
    return see_other(session_href(state->session.id, "interview"));
}

mustache::data stage_list(const std::vector<domain::stage>& stages) {
    mustache::data list{mustache::data::type::list};
    for (const auto& s : stages) {
        mustache::data item{mustache::data::type::object};
        item.set("id", s.id);
        item.set("name", s.stage_name);
        list.push_back(item);
    }
    return list;
}

mustache::data feedback_data(const context& c, const actor& who, const prep::finished_interview& done,
                             bool saved) {
    auto d = page_data("Interview feedback", true);
    const auto& s = done.session;
    d.set("session", session_item(s));
    if (s.result) {
        const auto& f = *s.result;
        d.set("score", std::to_string(f.score));
        d.set("strengths", text_list(f.strengths));
        d.set("weaknesses", text_list(f.weaknesses));
        d.set("cv_improvements", text_list(f.cv_improvements));
        d.set("by_model", f.written_by == "model");
    }
    mustache::data answers{mustache::data::type::list};
    for (const auto& t : done.turns) {
        mustache::data item{mustache::data::type::object};
        item.set("number", std::to_string(t.position + 1));
        item.set("position", std::to_string(t.position));
        item.set("question", t.question);
        item.set("answer", t.answer.value_or(""));
        item.set("answered", t.answer.has_value());
        if (s.result)
            for (const auto& a : s.result->answers) {
                if (a.position != t.position) continue;
                item.set("answer_score", std::to_string(a.score));
                item.set("notes", text_list(a.notes));
                item.set("star_found", text_list(a.star_found));
            }
        answers.push_back(item);
    }
    d.set("answers", answers);
    d.set("action_retry", session_href(s.id, "retry"));
    d.set("action_save", session_href(s.id, "save-questions"));
    d.set("saved", saved);
    if (s.application_id) {
        auto app = usecases::get_application(c.services.seeker, who, *s.application_id);
        if (app && !app->stages.empty()) {
            d.set("stages", stage_list(app->stages));
            d.set("can_save", true);
        }
    }
    return d;
}

}  // namespace

void add_interview_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.get("/session/{id}/interview", authed(c, [&c, &s](const request& req, const path_params& p, const actor& who) {
        const auto id = session_path_id(p);
        if (!id) return error_reply(c, req, id.error());
        auto state = prep::open_interview(s, who, *id);
        if (!state) return error_reply(c, req, state.error());
        if (wants_json(req)) return json_page(200, interview_json(*state));
        return html_page(c, 200, "interview", interview_data(*state, {}, std::nullopt));
    }), web_doc("The interview: the current question (asked on first visit), progress and the answers so far")
            .returns(200, "An HTML page, or the interview's state", "Interview").errors({400, 401, 403, 404}));

    m.post("/session/{id}/message", authed(c, [&c, &s](const request& req, const path_params& p, const actor& who) {
        const auto id = session_path_id(p);
        if (!id) return error_reply(c, req, id.error());
        auto fields = read_fields(req, {"answer"});
        auto state = fields ? prep::answer_question(s, who, *id, text_of(*fields, "answer"))
                            : domain::result<prep::interview_state>(input_error(c, who, *id, fields.error()));
        if (!state && wants_html(req) && state.error().kind == domain::error_kind::validation) {
            auto current = prep::open_interview(s, who, *id);
            if (!current) return error_reply(c, req, current.error());
            const auto sent = fields ? *fields : text_fields{};
            return form_failure(c, req, "interview", interview_data(*current, sent, state.error()), state.error());
        }
        return interview_reply(c, req, state);
    }), web_doc("Answer the current question (answer: up to 5,000 characters); the next one is asked")
            .body("Answer", "application/x-www-form-urlencoded")
            .returns(200, "JSON clients: the interview's state", "Interview").returns(303, "To the interview")
            .errors({400, 401, 403, 404}));

    m.post("/session/{id}/complete", authed(c, [&c, &s](const request& req, const path_params& p, const actor& who) {
        const auto id = session_path_id(p);
        if (!id) return error_reply(c, req, id.error());
        auto done = prep::complete_interview(s, who, *id);
        if (!done) return error_reply(c, req, done.error());
        const auto next = session_href(*id, "feedback");
        if (!wants_json(req)) return see_other(next);
        auto feedback = prep::get_feedback(s, who, *id);
        if (!feedback) return error_reply(c, req, feedback.error());
        return json_page(200, json::object{{"redirect", next}, {"feedback", feedback_json(*feedback)}});
    }), web_doc("Finish the interview and write its feedback")
            .returns(200, "JSON clients: where to go and the feedback", "Completed")
            .returns(303, "To the feedback").errors({400, 401, 403, 404}));

    m.get("/session/{id}/feedback", authed(c, [&c, &s](const request& req, const path_params& p, const actor& who) {
        const auto id = session_path_id(p);
        if (!id) return error_reply(c, req, id.error());
        auto done = prep::get_feedback(s, who, *id);
        if (!done && done.error().kind == domain::error_kind::rule_violation && !wants_json(req))
            return see_other(session_href(*id, "interview"));
        if (!done) return error_reply(c, req, done.error());
        if (wants_json(req)) return json_page(200, feedback_json(*done));
        kit::query_reader query(req.query);
        const bool saved = query.string("saved").has_value();
        return html_page(c, 200, "feedback", feedback_data(c, who, *done, saved));
    }), web_doc("The feedback: score out of 10, strengths, weaknesses, CV improvements and notes per answer")
            .returns(200, "An HTML page, or the feedback", "Feedback")
            .returns(303, "Browsers, before the interview is complete: to the interview").errors({400, 401, 403, 404}));

    m.post("/session/{id}/retry", authed(c, [&c, &s](const request& req, const path_params& p, const actor& who) {
        const auto id = session_path_id(p);
        if (!id) return error_reply(c, req, id.error());
        const auto position = read_integer(req, "position");
        if (!position) return error_reply(c, req, input_error(c, who, *id, position.error()));
        return interview_reply(c, req, prep::retry_question(s, who, *id, *position));
    }), web_doc("Ask a question again (position from 0); the interview reopens")
            .body("Retry", "application/x-www-form-urlencoded")
            .returns(200, "JSON clients: the interview's state", "Interview").returns(303, "To the interview")
            .errors({400, 401, 403, 404}));

    m.post("/session/{id}/save-questions", authed(c, [&c, &s](const request& req, const path_params& p,
                                                              const actor& who) {
        const auto id = session_path_id(p);
        if (!id) return error_reply(c, req, id.error());
        auto fields = read_fields(req, {"stage_id"});
        if (!fields) return error_reply(c, req, input_error(c, who, *id, fields.error()));
        auto saved = prep::save_questions_to_stage(s, who, *id, text_of(*fields, "stage_id"));
        if (!saved) return error_reply(c, req, saved.error());
        if (!wants_json(req)) return see_other(session_href(*id, "feedback") + "?saved=1");
        json::array questions;
        for (const auto& q : saved->questions_asked) questions.emplace_back(q);
        return json_page(200, json::object{{"stage", json::object{{"id", saved->id},
                                                                   {"application_id", saved->application_id},
                                                                   {"stage_name", saved->stage_name},
                                                                   {"questions_asked", std::move(questions)}}}});
    }), web_doc("Save the interview's questions to a stage of the session's application (stage_id)")
            .body("SaveQuestions", "application/x-www-form-urlencoded")
            .returns(200, "JSON clients: the stage with its questions", R"({"type":"object"})")
            .returns(303, "To the feedback").errors({400, 401, 403, 404}));
}

}  // namespace offertracker::adapters::http::web
