// Practice sessions: creation and its rules, ownership (403 vs 404), the list, deletion, the CV and the job
// description, drafts from applications, saving questions into a stage, and the score history.

#include "prep_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;

namespace {

domain::field_error field(std::string name, field_code code, std::optional<long long> limit = std::nullopt) {
    return {.path = {std::move(name)}, .code = code, .limit = limit};
}

const std::string job_text = "We are hiring a backend engineer to build PostgreSQL and Kubernetes services in C++.";
const std::string cv_text = "Jane Doe. Seven years building Python services, Docker images and REST APIs.";

}  // namespace

TEST_CASE_METHOD(prep_fixture, "a session is created with trimmed titles, newest first in the list") {
    const auto who = user("ann");
    auto first = prep::create_session(prep_svc, who, {"  Backend Engineer ", " Acme\t", std::nullopt, std::nullopt});
    REQUIRE(first.has_value());
    CHECK(first->job_title == "Backend Engineer");
    CHECK(first->company_name == "Acme");
    CHECK(first->user_id == who.user_id);
    CHECK(first->created_at == clock.now());
    CHECK_FALSE(first->cv_text);
    CHECK_FALSE(first->job_description_text);
    const auto second = session(who, "SRE", "Globex");

    const auto list = prep::list_sessions(prep_svc, who, {0, 10});
    REQUIRE(list.has_value());
    REQUIRE(list->items.size() == 2);
    CHECK(list->total == 2);
    CHECK(list->items[0].id == second);
    CHECK(list->items[1].id == first->id);
    CHECK(prep::list_sessions(prep_svc, who, {1, 10})->items.size() == 1);
    CHECK(prep::list_sessions(prep_svc, user("bob"), {0, 10})->total == 0);
}

TEST_CASE_METHOD(prep_fixture, "creating a session checks both titles in field order") {
    const auto who = user("ann");
    REQUIRE_FIELD_ERRORS(prep::create_session(prep_svc, who, {"", "  ", std::nullopt, std::nullopt}),
                         field("job_title", field_code::missing), field("company_name", field_code::missing));
    const std::string long_title(201, 'x');
    REQUIRE_FIELD_ERRORS(prep::create_session(prep_svc, who, {long_title, "Acme", std::nullopt, std::nullopt}),
                         field("job_title", field_code::too_long, 200));
    REQUIRE_FIELD_ERRORS(prep::create_session(prep_svc, who, {"Dev", long_title, std::nullopt, std::nullopt}),
                         field("company_name", field_code::too_long, 200));
    // 200 characters of two bytes each are within the limit: it counts characters, not bytes.
    std::string accented;
    for (int i = 0; i < 200; ++i) accented += "é";
    CHECK(prep::create_session(prep_svc, who, {accented, "Acme", std::nullopt, std::nullopt}).has_value());
    REQUIRE_FIELD_ERRORS(prep::create_session(prep_svc, who, {"Dev\xff", "Acme", std::nullopt, std::nullopt}),
                         field("job_title", field_code::not_utf8));
    REQUIRE_FIELD_ERRORS(prep::create_session(prep_svc, who, {"Dev", "Acme", std::nullopt, std::string("too short")}),
                         field("job_description", field_code::too_short, 50));
    CHECK(prep::list_sessions(prep_svc, who, {0, 10})->total == 1);
}

TEST_CASE_METHOD(prep_fixture, "another seeker's session is 403 and a missing one 404, for every use case") {
    const auto ann = user("ann");
    const auto bob = user("bob");
    const auto id = session(ann);
    const auto forbidden = "You do not have access to this session";
    REQUIRE_ERROR(prep::get_session(prep_svc, bob, id), error_kind::forbidden, forbidden);
    REQUIRE_ERROR(prep::delete_session(prep_svc, bob, id), error_kind::forbidden, forbidden);
    REQUIRE_ERROR(prep::upload_cv(prep_svc, bob, id, {cv_text, "text/plain", "cv.txt"}), error_kind::forbidden,
                  forbidden);
    REQUIRE_ERROR(prep::set_job_description(prep_svc, bob, id, job_text), error_kind::forbidden, forbidden);
    REQUIRE_ERROR(prep::open_interview(prep_svc, bob, id), error_kind::forbidden, forbidden);
    REQUIRE_ERROR(prep::answer_question(prep_svc, bob, id, "An answer"), error_kind::forbidden, forbidden);
    REQUIRE_ERROR(prep::complete_interview(prep_svc, bob, id), error_kind::forbidden, forbidden);
    REQUIRE_ERROR(prep::get_feedback(prep_svc, bob, id), error_kind::forbidden, forbidden);
    REQUIRE_ERROR(prep::retry_question(prep_svc, bob, id, 0), error_kind::forbidden, forbidden);
    REQUIRE_ERROR(prep::save_questions_to_stage(prep_svc, bob, id, "x"), error_kind::forbidden, forbidden);
    // The owner is checked before the input: a stranger's bad input is still 403.
    REQUIRE_ERROR(prep::answer_question(prep_svc, bob, id, " "), error_kind::forbidden, forbidden);
    REQUIRE_ERROR(prep::set_job_description(prep_svc, bob, id, "short"), error_kind::forbidden, forbidden);
    REQUIRE_ERROR(prep::retry_question(prep_svc, bob, id, 1LL << 40), error_kind::forbidden, forbidden);
    for (const prep::session_id missing : {id + 100, prep::session_id{0}, prep::session_id{-1}}) {
        REQUIRE_ERROR(prep::get_session(prep_svc, ann, missing), error_kind::not_found, "Session not found");
        REQUIRE_ERROR(prep::open_interview(prep_svc, ann, missing), error_kind::not_found, "Session not found");
        REQUIRE_ERROR(prep::delete_session(prep_svc, ann, missing), error_kind::not_found, "Session not found");
    }
    // Nothing of ann's changed.
    const auto kept = prep::get_session(prep_svc, ann, id);
    REQUIRE(kept.has_value());
    CHECK_FALSE(kept->cv_text);
    CHECK(prep::open_interview(prep_svc, ann, id)->question_count == 1);
}

TEST_CASE_METHOD(prep_fixture, "a vanished account cannot write") {
    const uc::actor ghost{"00000000-0000-4000-8000-000000000000"};
    REQUIRE_ERROR(prep::create_session(prep_svc, ghost, {"Dev", "Acme", std::nullopt, std::nullopt}),
                  error_kind::unauthenticated, "Not authenticated");
    REQUIRE_ERROR(prep::list_sessions(prep_svc, uc::actor{"\xff"}, {0, 5}), error_kind::unauthenticated,
                  "Not authenticated");
}

TEST_CASE_METHOD(prep_fixture, "deleting a session removes it with its questions") {
    const auto who = user("ann");
    const auto id = session(who);
    answer_all(who, id, strong_answer);
    REQUIRE(prep::delete_session(prep_svc, who, id).has_value());
    REQUIRE_ERROR(prep::get_session(prep_svc, who, id), error_kind::not_found, "Session not found");
    CHECK(store.begin(ports::access::read_only)->prep().turns(id).empty());
    CHECK(prep::list_sessions(prep_svc, who, {0, 5})->total == 0);
}

TEST_CASE_METHOD(prep_fixture, "a CV upload keeps the extracted text and refuses short or unreadable files") {
    const auto who = user("ann");
    const auto id = session(who);
    const auto uploaded = prep::upload_cv(prep_svc, who, id, {cv_text, "text/plain", "cv.txt"});
    REQUIRE(uploaded.has_value());
    CHECK(uploaded->cv_text == cv_text);
    CHECK(uploaded->cv_filename == "cv.txt");
    CHECK(prep::get_session(prep_svc, who, id)->cv_text == cv_text);

    REQUIRE_FIELD_ERRORS(prep::upload_cv(prep_svc, who, id, {"Too short to be a CV.", "text/plain", "cv.txt"}),
                         field("cv_file", field_code::too_short, 50));
    REQUIRE_ERROR(prep::upload_cv(prep_svc, who, id, {cv_text, "application/pdf", "cv.bad"}),
                  error_kind::rule_violation, text_file_extractor::unreadable);
    REQUIRE_ERROR(prep::upload_cv(prep_svc, who, id, {std::string(prep::max_cv_bytes + 1, 'a'), "text/plain", "cv.txt"}),
                  error_kind::rule_violation, "File too large (max 10 MB)");
    // Failed uploads left the first CV in place.
    CHECK(prep::get_session(prep_svc, who, id)->cv_text == cv_text);
}

TEST_CASE_METHOD(prep_fixture, "a job description is 50 to 10,000 characters") {
    const auto who = user("ann");
    const auto id = session(who);
    REQUIRE_FIELD_ERRORS(prep::set_job_description(prep_svc, who, id, "   "), field("job_description", field_code::missing));
    REQUIRE_FIELD_ERRORS(prep::set_job_description(prep_svc, who, id, std::string(49, 'a')),
                         field("job_description", field_code::too_short, 50));
    REQUIRE_FIELD_ERRORS(prep::set_job_description(prep_svc, who, id, std::string(10'001, 'a')),
                         field("job_description", field_code::too_long, 10'000));
    CHECK(prep::set_job_description(prep_svc, who, id, std::string(50, 'a')).has_value());
    const auto set = prep::set_job_description(prep_svc, who, id, "\n" + job_text + "  ");
    REQUIRE(set.has_value());
    CHECK(set->job_description_text == job_text);
}

TEST_CASE_METHOD(prep_fixture, "a draft from an application carries its role, company and description") {
    const auto ann = user("ann");
    const auto app_id = app(ann, std::nullopt, "Initech", "Platform Engineer");
    uc::update_application_command change;
    change.description = std::optional<std::string>{job_text};
    REQUIRE(uc::update_application(svc, ann, app_id, change).has_value());

    const auto draft = prep::draft_from_application(prep_svc, ann, app_id);
    REQUIRE(draft.has_value());
    CHECK(draft->job_title == "Platform Engineer");
    CHECK(draft->company_name == "Initech");
    CHECK(draft->application_id == app_id);
    CHECK(draft->job_description == job_text);

    const auto created = prep::create_session(prep_svc, ann, *draft);
    REQUIRE(created.has_value());
    CHECK(created->application_id == app_id);
    CHECK(created->job_description_text == job_text);

    // A description the upload rules would refuse is left out of the draft.
    change.description = std::optional<std::string>{"Short."};
    REQUIRE(uc::update_application(svc, ann, app_id, change).has_value());
    CHECK_FALSE(prep::draft_from_application(prep_svc, ann, app_id)->job_description);

    const auto bob = user("bob");
    REQUIRE_FALSE(prep::draft_from_application(prep_svc, bob, app_id).has_value());
    CHECK(prep::draft_from_application(prep_svc, bob, app_id).error().kind == error_kind::forbidden);
    auto stolen = *draft;
    stolen.job_description.reset();
    CHECK(prep::create_session(prep_svc, bob, stolen).error().kind == error_kind::forbidden);
    REQUIRE_ERROR(prep::draft_from_application(prep_svc, ann, "no-such-id"), error_kind::not_found,
                  "Application not found");
}

TEST_CASE_METHOD(prep_fixture, "the questions asked can be saved into a stage of the linked application once") {
    const auto ann = user("ann");
    const auto app_id = app(ann);
    const auto stage_id = stage(ann, app_id, "Onsite");
    auto draft = prep::draft_from_application(prep_svc, ann, app_id);
    REQUIRE(draft.has_value());
    const auto id = prep::create_session(prep_svc, ann, *draft)->id;
    const auto state = answer_all(ann, id, strong_answer);

    const auto saved = prep::save_questions_to_stage(prep_svc, ann, id, stage_id);
    REQUIRE(saved.has_value());
    REQUIRE(saved->questions_asked.size() == state.turns.size());
    CHECK(saved->questions_asked.front() == state.turns.front().question);
    // Saving again adds nothing.
    CHECK(prep::save_questions_to_stage(prep_svc, ann, id, stage_id)->questions_asked.size() == state.turns.size());

    const auto other_app = app(ann, std::nullopt, "Globex");
    const auto other_stage = stage(ann, other_app);
    REQUIRE_ERROR(prep::save_questions_to_stage(prep_svc, ann, id, other_stage), error_kind::not_found,
                  "Stage not found");
    REQUIRE_FIELD_ERRORS(prep::save_questions_to_stage(prep_svc, ann, id, " "), field("stage_id", field_code::missing));
    const auto unlinked = session(ann);
    REQUIRE_ERROR(prep::save_questions_to_stage(prep_svc, ann, unlinked, stage_id), error_kind::rule_violation,
                  "This session is not linked to an application");
}

TEST_CASE_METHOD(prep_fixture, "the score history lists finished sessions oldest first") {
    const auto who = user("ann");
    const auto first = session(who);
    answer_all(who, first, "We did some things.");
    tick();
    REQUIRE(prep::complete_interview(prep_svc, who, first).has_value());
    const auto unfinished = session(who);
    const auto second = session(who);
    answer_all(who, second, strong_answer);
    tick();
    REQUIRE(prep::complete_interview(prep_svc, who, second).has_value());

    const auto history = prep::score_history(prep_svc, who);
    REQUIRE(history.has_value());
    REQUIRE(history->size() == 2);
    CHECK((*history)[0].id == first);
    CHECK((*history)[1].id == second);
    CHECK((*history)[0].score < (*history)[1].score);
    CHECK(unfinished != first);
    CHECK(prep::score_history(prep_svc, user("bob"))->empty());
}
