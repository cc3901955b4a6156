// The interview: one question at a time up to max_questions, answers, completion with feedback, retries, the
// seeker's own question bank, and the model provider with its offline fallback.

#include <algorithm>
#include <set>

#include "prep_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;

TEST_CASE_METHOD(prep_fixture, "opening an interview asks the first question once") {
    const auto who = user("ann");
    const auto id = session(who);
    const auto opened = prep::open_interview(prep_svc, who, id);
    REQUIRE(opened.has_value());
    CHECK(opened->question_count == 1);
    CHECK(opened->max_questions == 8);
    CHECK_FALSE(opened->is_complete);
    REQUIRE(opened->current);
    CHECK(opened->current->position == 0);
    CHECK_FALSE(opened->current->question.empty());
    CHECK(opened->current->asked_at == clock.now());

    tick();
    const auto again = prep::open_interview(prep_svc, who, id);
    CHECK(again->question_count == 1);
    CHECK(again->current == opened->current);
}

TEST_CASE_METHOD(prep_fixture, "each answer brings the next question until eight are answered") {
    const auto who = user("ann");
    const auto id = session(who);
    REQUIRE(prep::open_interview(prep_svc, who, id).has_value());
    std::set<std::string> asked;
    for (int n = 1; n <= prep::max_questions; ++n) {
        tick();
        const auto state = prep::answer_question(prep_svc, who, id, "  " + strong_answer + "\n");
        REQUIRE(state.has_value());
        REQUIRE(state->turns.size() == static_cast<std::size_t>(std::min(n + 1, prep::max_questions)));
        CHECK(state->turns[static_cast<std::size_t>(n - 1)].answer == strong_answer);
        CHECK(state->turns[static_cast<std::size_t>(n - 1)].answered_at == clock.now());
        CHECK(state->is_complete == (n == prep::max_questions));
        CHECK(state->current.has_value() == (n < prep::max_questions));
    }
    const auto done = prep::open_interview(prep_svc, who, id);
    REQUIRE(done.has_value());
    for (const auto& t : done->turns) asked.insert(t.question);
    CHECK(asked.size() == static_cast<std::size_t>(prep::max_questions));  // no question twice
    REQUIRE_ERROR(prep::answer_question(prep_svc, who, id, strong_answer), error_kind::rule_violation,
                  "The interview is complete");
}

TEST_CASE_METHOD(prep_fixture, "an answer before the interview is opened has no question to answer") {
    const auto who = user("ann");
    const auto id = session(who);
    REQUIRE_ERROR(prep::answer_question(prep_svc, who, id, strong_answer), error_kind::rule_violation,
                  "No question is waiting for an answer: open the interview first");
    CHECK(prep::open_interview(prep_svc, who, id)->turns.size() == 1);
}

TEST_CASE_METHOD(prep_fixture, "answers are checked before anything is stored") {
    const auto who = user("ann");
    const auto id = session(who);
    REQUIRE(prep::open_interview(prep_svc, who, id).has_value());
    const auto invalid = [&](const std::string& answer, domain::field_code code) {
        const auto r = prep::answer_question(prep_svc, who, id, answer);
        REQUIRE_FALSE(r.has_value());
        REQUIRE(r.error().field_errors.size() == 1);
        CHECK(r.error().field_errors[0].path == std::vector<std::string>{"answer"});
        CHECK(r.error().field_errors[0].code == code);
    };
    invalid(" \n\t", domain::field_code::missing);
    invalid(std::string(prep::max_answer_length + 1, 'a'), domain::field_code::too_long);
    invalid("ok\xc3", domain::field_code::not_utf8);
    invalid(std::string("a\0b", 3), domain::field_code::contains_nul);
    CHECK_FALSE(prep::open_interview(prep_svc, who, id)->current->answer);
}

TEST_CASE_METHOD(prep_fixture, "the job's skills and the seeker's own bank are asked") {
    const auto ann = user("ann");
    const auto app_id = app(ann, std::nullopt, "Initech", "Backend Engineer");
    uc::create_stage_command bank_stage;
    bank_stage.stage_name = "Onsite";
    bank_stage.questions_asked = std::vector<std::string>{"How would you shard our orders table?"};
    REQUIRE(uc::add_stage(svc, ann, app_id, bank_stage).has_value());

    auto cmd = prep::create_session_command{"Backend Engineer", "Initech", std::nullopt,
                                            std::string("We need strong PostgreSQL and Kubernetes experience to run "
                                                        "our payment services at scale.")};
    const auto id = prep::create_session(prep_svc, ann, cmd)->id;
    const auto state = answer_all(ann, id, strong_answer);
    const auto has = [&](auto pred) { return std::any_of(state.turns.begin(), state.turns.end(), pred); };
    CHECK(has([](const prep::turn& t) { return t.question == "How would you shard our orders table?"; }));
    CHECK(has([](const prep::turn& t) { return t.source == prep::question_source::skill && t.topic == "PostgreSQL"; }));
    CHECK(has([](const prep::turn& t) { return t.source == prep::question_source::behavioural; }));

}

TEST_CASE_METHOD(prep_fixture, "a weak answer gets a follow-up about what it lacked") {
    const auto who = user("ann");
    const auto id = session(who);
    REQUIRE(prep::open_interview(prep_svc, who, id).has_value());
    const auto state = prep::answer_question(prep_svc, who, id, "I would do my best.");
    REQUIRE(state.has_value());
    REQUIRE(state->current);
    CHECK(state->current->source == prep::question_source::follow_up);
}

TEST_CASE_METHOD(prep_fixture, "completing writes the rubric's feedback, which strong answers score higher on") {
    const auto who = user("ann");
    const auto weak = session(who);
    const auto strong = session(who);
    REQUIRE_ERROR(prep::complete_interview(prep_svc, who, weak), error_kind::rule_violation,
                  "Answer at least one question before completing the interview");
    REQUIRE(prep::open_interview(prep_svc, who, weak).has_value());
    REQUIRE_ERROR(prep::get_feedback(prep_svc, who, weak), error_kind::rule_violation,
                  "The interview is not complete yet");

    answer_all(who, weak, "We did it.");
    answer_all(who, strong, strong_answer);
    tick();
    const auto weak_done = prep::complete_interview(prep_svc, who, weak);
    const auto strong_done = prep::complete_interview(prep_svc, who, strong);
    REQUIRE(weak_done.has_value());
    REQUIRE(strong_done.has_value());
    CHECK(weak_done->completed_at == clock.now());
    REQUIRE(weak_done->result);
    REQUIRE(strong_done->result);
    CHECK(weak_done->result->written_by == "offline");
    CHECK(weak_done->result->score < strong_done->result->score);
    CHECK(strong_done->result->answers.size() == static_cast<std::size_t>(prep::max_questions));
    CHECK_FALSE(weak_done->result->weaknesses.empty());

    const auto read = prep::get_feedback(prep_svc, who, strong);
    REQUIRE(read.has_value());
    CHECK(read->session.result == strong_done->result);
    CHECK(read->turns.size() == static_cast<std::size_t>(prep::max_questions));
    // Completing again changes nothing.
    tick();
    CHECK(prep::complete_interview(prep_svc, who, strong)->completed_at == strong_done->completed_at);
    const auto after = prep::open_interview(prep_svc, who, strong);
    CHECK(after->is_complete);
    CHECK_FALSE(after->current);
}

TEST_CASE_METHOD(prep_fixture, "an interview may be completed early, and then takes no more answers") {
    const auto who = user("ann");
    const auto id = session(who);
    REQUIRE(prep::open_interview(prep_svc, who, id).has_value());
    REQUIRE(prep::answer_question(prep_svc, who, id, strong_answer).has_value());
    const auto done = prep::complete_interview(prep_svc, who, id);
    REQUIRE(done.has_value());
    CHECK(done->result->answers.size() == 1);
    REQUIRE_ERROR(prep::answer_question(prep_svc, who, id, strong_answer), error_kind::rule_violation,
                  "The interview is complete");
    CHECK(prep::open_interview(prep_svc, who, id)->question_count == 2);
}

TEST_CASE_METHOD(prep_fixture, "retrying a question reopens the interview at that question") {
    const auto who = user("ann");
    const auto id = session(who);
    answer_all(who, id, "We did it.");
    const auto first = prep::complete_interview(prep_svc, who, id);
    REQUIRE(first.has_value());

    const auto reopened = prep::retry_question(prep_svc, who, id, 2);
    REQUIRE(reopened.has_value());
    CHECK_FALSE(reopened->is_complete);
    REQUIRE(reopened->current);
    CHECK(reopened->current->position == 2);
    CHECK_FALSE(reopened->session.completed_at);
    REQUIRE_ERROR(prep::get_feedback(prep_svc, who, id), error_kind::rule_violation, "The interview is not complete yet");

    const auto answered = prep::answer_question(prep_svc, who, id, strong_answer);
    REQUIRE(answered.has_value());
    CHECK(answered->is_complete);
    CHECK(answered->turns[2].answer == strong_answer);
    const auto second = prep::complete_interview(prep_svc, who, id);
    REQUIRE(second.has_value());
    CHECK(second->result->score >= first->result->score);

    for (const long long position : {8LL, -1LL, (1LL << 32) + 2}) {  // 2^32 + 2 must not wrap around to 2
        const auto bad = prep::retry_question(prep_svc, who, id, position);
        REQUIRE_FALSE(bad.has_value());
        CHECK(bad.error().kind == error_kind::validation);
    }
}

TEST_CASE_METHOD(prep_fixture, "a configured model writes the questions and feedback, and its failures fall back") {
    scripted_model model;
    prep_svc.model = &model;
    const auto who = user("ann");
    const auto id = session(who);
    REQUIRE(prep::set_job_description(prep_svc, who, id, "Kubernetes operators wanted for a platform team of ten.").has_value());

    model.questions.push_back(std::string("Tell me about a Kubernetes outage you handled."));
    const auto opened = prep::open_interview(prep_svc, who, id);
    REQUIRE(opened.has_value());
    CHECK(opened->current->question == "Tell me about a Kubernetes outage you handled.");
    CHECK(opened->current->source == prep::question_source::model);
    REQUIRE(model.briefs.size() == 1);
    CHECK(model.briefs[0].job_title == "Backend Engineer");
    CHECK(model.briefs[0].job_skills == std::vector<std::string>{"Kubernetes"});

    // The script is empty now: the provider fails, the offline interviewer asks, an operator hears about it.
    const auto next = prep::answer_question(prep_svc, who, id, strong_answer);
    REQUIRE(next.has_value());
    REQUIRE(next->current);
    CHECK(next->current->source != prep::question_source::model);
    CHECK_FALSE(log.warnings().empty());
    CHECK(model.briefs.back().turns.size() == 1);
    CHECK(model.briefs.back().turns[0].answer == strong_answer);

    prep::feedback written{.score = 9, .strengths = {"Clear results."}, .weaknesses = {}, .cv_improvements = {}};
    model.feedbacks.push_back(written);
    const auto done = prep::complete_interview(prep_svc, who, id);
    REQUIRE(done.has_value());
    CHECK(done->result->written_by == "model");
    CHECK(done->result->score == 9);
    CHECK(done->result->strengths == std::vector<std::string>{"Clear results."});
    CHECK(done->result->answers.size() == 1);  // the rubric's notes on each answer stay

    const auto other = session(who);
    answer_all(who, other, strong_answer);
    const auto fallback = prep::complete_interview(prep_svc, who, other);
    REQUIRE(fallback.has_value());
    CHECK(fallback->result->written_by == "offline");
}
