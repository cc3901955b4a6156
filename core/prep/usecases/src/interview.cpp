// The interview: one question at a time, then feedback. The offline interviewer decides unless a model provider
// is configured and answers usably; the model is asked outside any transaction (it is slow and may fail), and
// what it wrote is stored only if the interview has not moved on meanwhile.
#include <offertracker/prep/sessions.hpp>

#include <algorithm>

#include <offertracker/prep/interviewer.hpp>
#include <offertracker/prep/rubric.hpp>
#include <offertracker/usecases/analytics.hpp>

#include "support.hpp"

namespace offertracker::prep {
namespace {

const turn* first_unanswered(const std::vector<turn>& turns) {
    const auto it = std::find_if(turns.begin(), turns.end(), [](const turn& t) { return !t.answer; });
    return it == turns.end() ? nullptr : &*it;
}

bool wants_question(const practice_session& session, const std::vector<turn>& turns) {
    return !session.completed_at && !first_unanswered(turns) && turns.size() < static_cast<std::size_t>(max_questions);
}

interview_state state_of(practice_session session, std::vector<turn> turns) {
    interview_state state{.session = std::move(session), .turns = std::move(turns)};
    state.question_count = static_cast<int>(state.turns.size());
    if (const auto* waiting = first_unanswered(state.turns); waiting && !state.session.completed_at)
        state.current = *waiting;
    state.is_complete = !state.current;
    return state;
}

ports::interview_brief brief_of(const practice_session& session, const std::vector<turn>& turns) {
    const std::string description = session.job_description_text.value_or("");
    return {session.job_title, session.company_name, description, session.cv_text.value_or(""),
            job_skills(description), turns};
}

// The offline plan's inputs: the session and the seeker's own question bank.
plan_inputs plan_of(services& s, const actor& who, const practice_session& session) {
    plan_inputs in{session.job_title, session.company_name, session.job_description_text.value_or(""), {},
                   static_cast<std::uint64_t>(session.id)};
    if (auto bank = usecases::list_questions(s.seeker, who)) in.own_questions = std::move(bank->questions);
    return in;
}

// The next question for a session that wants one: the model's when it writes a usable one, else the offline one.
std::optional<planned_question> choose_question(services& s, const actor& who, const practice_session& session,
                                                const std::vector<turn>& turns) {
    if (s.model) {
        auto written = s.model->next_question(brief_of(session, turns));
        if (auto* text = std::get_if<std::string>(&written)) return planned_question{*text, question_source::model, ""};
        s.seeker.log.warning("interview model: " + std::get<ports::interview_model_error>(written).message +
                             "; the offline interviewer asks instead");
    }
    return next_question(plan_of(s, who, session), turns);
}

// Asks the next question if the interview wants one, and returns where it stands.
domain::result<interview_state> ask_if_due(services& s, const actor& who, session_id id) {
    auto uow = s.seeker.store.begin(ports::access::read_only);
    auto session = detail::owned_session(*uow, who, id);
    if (!session) return std::move(session).error();
    auto turns = uow->prep().turns(id);
    uow.reset();
    if (!wants_question(*session, turns)) return state_of(std::move(*session), std::move(turns));

    const auto question = choose_question(s, who, *session, turns);
    return detail::with_owned_session(s, who, id, [&](ports::unit_of_work& w, practice_session& now)
                                                      -> domain::result<interview_state> {
        auto current = w.prep().turns(id);
        // Another request asked (or answered) meanwhile: its question stands.
        if (question && wants_question(now, current) && current.size() == turns.size()) {
            turn asked{.session = id, .position = static_cast<int>(current.size()), .question = question->text,
                       .source = question->source, .topic = question->topic, .asked_at = s.seeker.clock.now()};
            w.prep().put_turn(asked);
            current.push_back(std::move(asked));
            w.commit();
        }
        return state_of(std::move(now), std::move(current));
    });
}

feedback offline_feedback(const practice_session& session, const std::vector<turn>& turns) {
    return assess_interview({turns, job_skills(session.job_description_text.value_or("")),
                             session.cv_text.value_or(""), session.job_title});
}

// The feedback: the model's prose and score when it writes usable ones, the rubric's otherwise; the per-answer
// assessments are always the rubric's, so every answer's notes explain themselves the same way.
feedback write_feedback(services& s, const practice_session& session, const std::vector<turn>& turns) {
    auto offline = offline_feedback(session, turns);
    if (!s.model) return offline;
    auto written = s.model->write_feedback(brief_of(session, turns));
    if (auto* model = std::get_if<feedback>(&written)) {
        model->answers = std::move(offline.answers);
        model->written_by = "model";
        return std::move(*model);
    }
    s.seeker.log.warning("interview model: " + std::get<ports::interview_model_error>(written).message +
                         "; the offline rubric writes the feedback instead");
    return offline;
}

}  // namespace

domain::result<interview_state> open_interview(services& s, const actor& who, session_id id) {
    return ask_if_due(s, who, id);
}

domain::result<interview_state> answer_question(services& s, const actor& who, session_id id,
                                                const std::string& answer) {
    auto recorded = detail::with_owned_session(s, who, id, [&](ports::unit_of_work& uow, practice_session& session)
                                                               -> domain::result<domain::done> {
        domain::validator v;
        detail::check_text(v, "answer", answer, 1, max_answer_length);
        if (auto e = std::move(v).finish()) return std::move(*e);
        auto turns = uow.prep().turns(id);
        const auto* waiting = first_unanswered(turns);
        if (!waiting && wants_question(session, turns))  // the interview was never opened: nothing was asked yet
            return domain::error::rule_violation("No question is waiting for an answer: open the interview first");
        if (session.completed_at || !waiting) return domain::error::rule_violation("The interview is complete");
        turn answered = *waiting;
        answered.answer = std::string(text::trim_ascii_space(answer));
        answered.answered_at = s.seeker.clock.now();
        uow.prep().put_turn(answered);
        uow.commit();
        return domain::done{};
    });
    if (!recorded) return std::move(recorded).error();
    return ask_if_due(s, who, id);
}

domain::result<practice_session> complete_interview(services& s, const actor& who, session_id id) {
    auto uow = s.seeker.store.begin(ports::access::read_only);
    auto session = detail::owned_session(*uow, who, id);
    if (!session) return std::move(session).error();
    const auto turns = uow->prep().turns(id);
    uow.reset();
    if (session->completed_at && session->result) return std::move(*session);  // completing twice changes nothing
    if (std::none_of(turns.begin(), turns.end(), [](const turn& t) { return t.answer.has_value(); }))
        return domain::error::rule_violation("Answer at least one question before completing the interview");

    auto result = write_feedback(s, *session, turns);
    return detail::with_owned_session(s, who, id, [&](ports::unit_of_work& w, practice_session& now)
                                                      -> domain::result<practice_session> {
        now.completed_at = s.seeker.clock.now();
        // Answers given while the feedback was written count: the rubric reruns on what is stored now.
        const auto stored = w.prep().turns(id);
        now.result = stored == turns ? std::move(result) : offline_feedback(now, stored);
        w.prep().update(now);
        w.commit();
        return now;
    });
}

domain::result<finished_interview> get_feedback(services& s, const actor& who, session_id id) {
    auto uow = s.seeker.store.begin(ports::access::read_only);
    auto session = detail::owned_session(*uow, who, id);
    if (!session) return std::move(session).error();
    if (!session->completed_at || !session->result)
        return domain::error::rule_violation("The interview is not complete yet");
    return finished_interview{std::move(*session), uow->prep().turns(id)};
}

domain::result<interview_state> retry_question(services& s, const actor& who, session_id id, long long position) {
    auto reopened = detail::with_owned_session(s, who, id, [&](ports::unit_of_work& uow, practice_session& session)
                                                               -> domain::result<domain::done> {
        auto turns = uow.prep().turns(id);
        const auto it = std::find_if(turns.begin(), turns.end(), [&](const turn& t) { return t.position == position; });
        if (it == turns.end())
            return domain::error::validation({{.path = {"position"}, .code = domain::field_code::not_one_of}});
        it->answer.reset();
        it->answered_at.reset();
        uow.prep().put_turn(*it);
        session.completed_at.reset();
        session.result.reset();
        uow.prep().update(session);
        uow.commit();
        return domain::done{};
    });
    if (!reopened) return std::move(reopened).error();
    return ask_if_due(s, who, id);
}

}  // namespace offertracker::prep
