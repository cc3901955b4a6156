// Interview stages: defaults, the Applied -> Interviewing auto-transition and its log order, validation,
// the check order (application 404, 403, stage 404), update and delete.
#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using domain::field_error;
using S = domain::application_status;

namespace {

template <class T>
domain::patch<T> set(T v) {
    return domain::patch<T>{std::optional<T>{std::move(v)}};
}
template <class T>
domain::patch<T> null() {
    return domain::patch<T>{std::optional<T>{}};
}

uc::create_stage_command named(std::string name) {
    uc::create_stage_command cmd;
    cmd.stage_name = std::move(name);
    return cmd;
}

}  // namespace

TEST_CASE_METHOD(core_fixture, "add_stage: defaults", "[usecases][stages]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    tick();
    auto st = uc::add_stage(svc, ada, id, named("Recruiter Call"));
    REQUIRE(st.has_value());
    CHECK(st->application_id == id);
    CHECK(st->stage_name == "Recruiter Call");
    CHECK(st->stage_date == fixed_today());
    CHECK(st->result == domain::stage_result::pending);
    CHECK(st->questions_asked.empty());
    CHECK_FALSE(st->stage_type.has_value());
    CHECK_FALSE(st->duration_minutes.has_value());
    CHECK(st->created_at == clock.now());
    auto uow = store.begin(ports::access::read_only);
    CHECK(uow->stages().find(st->id) == *st);
}

TEST_CASE_METHOD(core_fixture, "add_stage: every field kept", "[usecases][stages]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    uc::create_stage_command cmd = named("Onsite loop");
    cmd.stage_type = domain::stage_type::onsite;
    cmd.stage_date = ymd(2026, 4, 2);
    cmd.result = domain::stage_result::passed;
    cmd.duration_minutes = 240;
    cmd.interviewer_names = "Grace, Linus";
    cmd.prep_notes = "Review systems";
    cmd.questions_asked = std::vector<std::string>{"Design a cache", "Tell me about a conflict"};
    cmd.notes = "Went well";
    auto st = uc::add_stage(svc, ada, id, cmd);
    REQUIRE(st.has_value());
    CHECK(st->stage_type == domain::stage_type::onsite);
    CHECK(st->stage_date == ymd(2026, 4, 2));
    CHECK(st->result == domain::stage_result::passed);
    CHECK(st->duration_minutes == 240);
    CHECK(st->interviewer_names == cmd.interviewer_names);
    CHECK(st->prep_notes == cmd.prep_notes);
    CHECK(st->questions_asked == std::vector<std::string>{"Design a cache", "Tell me about a conflict"});
    CHECK(st->notes == cmd.notes);
}

TEST_CASE_METHOD(core_fixture, "a stage on an Applied application moves it to Interviewing, logged first", "[usecases][stages][status][activity]") {
    const auto ada = user("ada");
    const auto id = app(ada, S::applied);
    tick();
    auto st = uc::add_stage(svc, ada, id, named("Phone Screen"));
    REQUIRE(st.has_value());
    const auto a = stored_app(id);
    CHECK(a->status == S::interviewing);
    CHECK(a->updated_at == clock.now());
    CHECK(a->applied_date == fixed_today());  // unchanged by the move

    const auto log = activity(ada);  // newest first
    REQUIRE(log.size() == 3);
    CHECK(log[0].action == "Stage Added");
    CHECK(log[0].description == "Added stage: Phone Screen");
    CHECK(log[0].metadata_json == "{}");
    CHECK(log[1].action == "Status Changed");
    CHECK(log[1].description == "Status: Applied \xE2\x86\x92 Interviewing (auto)");
    CHECK(log[1].metadata_json == R"({"old_status":"Applied","new_status":"Interviewing","auto":true})");
    CHECK(log[1].application_id == id);
    CHECK(log[2].action == "Application Created");
    // Written in that order: the status change strictly before the stage entry.
    CHECK(log[1].created_at < log[0].created_at);
}

TEST_CASE_METHOD(core_fixture, "a second stage does not log another status change", "[usecases][stages][status]") {
    const auto ada = user("ada");
    const auto id = app(ada, S::applied);
    stage(ada, id, "One");
    stage(ada, id, "Two");
    CHECK(stored_app(id)->status == S::interviewing);
    CHECK(actions(ada) ==
          std::vector<std::string>{"Stage Added", "Stage Added", "Status Changed", "Application Created"});
}

TEST_CASE_METHOD(core_fixture, "a stage on any other status leaves it alone", "[usecases][stages][status]") {
    const auto ada = user("ada");
    for (S st : {S::saved, S::interviewing, S::offer, S::accepted, S::rejected, S::withdrawn}) {
        INFO(domain::to_string(st));
        const auto id = app(ada, st);
        const auto before = stored_app(id);
        stage(ada, id);
        CHECK(stored_app(id)->status == st);
        CHECK(stored_app(id)->updated_at == before->updated_at);
        CHECK(actions(ada, id) == std::vector<std::string>{"Stage Added", "Application Created"});
    }
}

TEST_CASE_METHOD(core_fixture, "add_stage counts towards the streak", "[usecases][stages][streak]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    set_day(ymd(2026, 3, 16));
    stage(ada, id);
    const auto u = stored_user(ada.user_id);
    CHECK(u->streak_days == 2);
    CHECK(u->last_active_date == ymd(2026, 3, 16));
}

TEST_CASE_METHOD(core_fixture, "add_stage: validation", "[usecases][stages][validation]") {
    const auto ada = user("ada");
    const auto id = app(ada, S::applied);
    SECTION("stage_name boundaries") {
        CHECK(uc::add_stage(svc, ada, id, named(std::string(100, 's'))).has_value());
        REQUIRE_FIELD_ERRORS(uc::add_stage(svc, ada, id, named(std::string(101, 's'))),
                             field_error{.path = {"stage_name"}, .code = field_code::too_long, .limit = 100});
        REQUIRE_FIELD_ERRORS(uc::add_stage(svc, ada, id, named("")),
                             field_error{.path = {"stage_name"}, .code = field_code::too_short, .limit = 1});
    }
    SECTION("duration must be positive") {
        auto cmd = named("x");
        cmd.duration_minutes = 1;
        CHECK(uc::add_stage(svc, ada, id, cmd).has_value());
        cmd.duration_minutes = 0;
        REQUIRE_FIELD_ERRORS(uc::add_stage(svc, ada, id, cmd),
                             field_error{.path = {"duration_minutes"}, .code = field_code::not_above, .limit = 0});
        cmd.duration_minutes = -30;
        REQUIRE_FIELD_ERRORS(uc::add_stage(svc, ada, id, cmd),
                             field_error{.path = {"duration_minutes"}, .code = field_code::not_above, .limit = 0});
    }
    SECTION("duration at most a week") {
        auto cmd = named("x");
        cmd.duration_minutes = 7 * 24 * 60;
        CHECK(uc::add_stage(svc, ada, id, cmd).has_value());
        cmd.duration_minutes = 7 * 24 * 60 + 1;
        REQUIRE_FIELD_ERRORS(uc::add_stage(svc, ada, id, cmd),
                             field_error{.path = {"duration_minutes"}, .code = field_code::above_maximum, .limit = 10080});
        cmd.duration_minutes = 5'000'000'000LL;  // would not fit an int
        REQUIRE_FIELD_ERRORS(uc::add_stage(svc, ada, id, cmd),
                             field_error{.path = {"duration_minutes"}, .code = field_code::above_maximum, .limit = 10080});
    }
    SECTION("a refused stage writes nothing and moves nothing") {
        auto cmd = named("x");
        cmd.duration_minutes = 0;
        REQUIRE_FALSE(uc::add_stage(svc, ada, id, cmd).has_value());
        CHECK(stored_app(id)->status == S::applied);
        CHECK(uc::get_application(svc, ada, id)->stages.empty());
        CHECK(actions(ada) == std::vector<std::string>{"Application Created"});
    }
}

TEST_CASE_METHOD(core_fixture, "add_stage: 404 and 403", "[usecases][stages][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = app(ada, S::applied);
    REQUIRE_ERROR(uc::add_stage(svc, ada, "no-such-app", named("x")), error_kind::not_found, "Application not found");
    REQUIRE_ERROR(uc::add_stage(svc, bob, id, named("x")), error_kind::forbidden, "Not your application");
    CHECK(stored_app(id)->status == S::applied);
    CHECK(uc::get_application(svc, ada, id)->stages.empty());
    CHECK(activity(bob).empty());
}

TEST_CASE_METHOD(core_fixture, "update_stage: partial update; status and log untouched", "[usecases][stages][update]") {
    const auto ada = user("ada");
    const auto id = app(ada, S::applied);
    uc::create_stage_command cmd = named("Phone Screen");
    cmd.duration_minutes = 30;
    cmd.notes = "n";
    cmd.questions_asked = std::vector<std::string>{"Q1"};
    auto created = uc::add_stage(svc, ada, id, cmd);
    REQUIRE(created.has_value());
    const auto log_before = activity(ada);
    const auto status_before = stored_app(id)->status;
    tick();

    uc::update_stage_command up;
    up.stage_name = set<std::string>("On-Site Interview");
    up.result = set(domain::stage_result::failed);
    up.stage_date = set(ymd(2026, 3, 18));
    up.duration_minutes = null<long long>();
    up.questions_asked = null<std::vector<std::string>>();
    up.stage_type = set(domain::stage_type::panel);
    auto st = uc::update_stage(svc, ada, id, created->id, up);
    REQUIRE(st.has_value());
    CHECK(st->stage_name == "On-Site Interview");
    CHECK(st->result == domain::stage_result::failed);
    CHECK(st->stage_date == ymd(2026, 3, 18));
    CHECK_FALSE(st->duration_minutes.has_value());
    CHECK(st->questions_asked.empty());  // null clears to []
    CHECK(st->stage_type == domain::stage_type::panel);
    CHECK(st->notes == std::optional<std::string>{"n"});  // omitted: kept
    CHECK(st->updated_at == clock.now());
    CHECK(st->created_at == created->created_at);

    CHECK(stored_app(id)->status == status_before);
    CHECK(activity(ada) == log_before);
}

TEST_CASE_METHOD(core_fixture, "update_stage: questions and duration can be set", "[usecases][stages][update]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    const auto sid = stage(ada, id);
    uc::update_stage_command up;
    up.questions_asked = set(std::vector<std::string>{"A", "B"});
    up.duration_minutes = set(45LL);
    auto st = uc::update_stage(svc, ada, id, sid, up);
    REQUIRE(st.has_value());
    CHECK(st->questions_asked == std::vector<std::string>{"A", "B"});
    CHECK(st->duration_minutes == 45);
}

TEST_CASE_METHOD(core_fixture, "update_stage: validation", "[usecases][stages][update][validation]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    const auto sid = stage(ada, id);
    SECTION("null for required fields") {
        uc::update_stage_command up;
        up.stage_name = null<std::string>();
        up.stage_date = null<domain::date>();
        up.result = null<domain::stage_result>();
        REQUIRE_FIELD_ERRORS(uc::update_stage(svc, ada, id, sid, up),
                             field_error{.path = {"stage_name"}, .code = field_code::wrong_type, .expected = "string"},
                             field_error{.path = {"stage_date"}, .code = field_code::wrong_type, .expected = "date"},
                             field_error{.path = {"result"}, .code = field_code::wrong_type, .expected = "enum"});
    }
    SECTION("lengths and duration") {
        uc::update_stage_command up;
        up.stage_name = set(std::string(101, 's'));
        up.duration_minutes = set(0LL);
        REQUIRE_FIELD_ERRORS(uc::update_stage(svc, ada, id, sid, up),
                             field_error{.path = {"stage_name"}, .code = field_code::too_long, .limit = 100},
                             field_error{.path = {"duration_minutes"}, .code = field_code::not_above, .limit = 0});
        up = {};
        up.stage_name = set(std::string(100, 's'));
        CHECK(uc::update_stage(svc, ada, id, sid, up).has_value());
    }
}

TEST_CASE_METHOD(core_fixture, "update_stage: check order 404 app, 403 app, 404 stage", "[usecases][stages][update][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = app(ada);
    const auto other = app(ada, std::nullopt, "Other");
    const auto sid = stage(ada, id);
    const auto bobs_app = app(bob);
    uc::update_stage_command up;
    up.notes = set<std::string>("x");
    REQUIRE_ERROR(uc::update_stage(svc, ada, "no-such-app", "no-such-stage", up), error_kind::not_found,
                  "Application not found");
    REQUIRE_ERROR(uc::update_stage(svc, bob, id, sid, up), error_kind::forbidden, "Not your application");
    REQUIRE_ERROR(uc::update_stage(svc, bob, id, "no-such-stage", up), error_kind::forbidden, "Not your application");
    REQUIRE_ERROR(uc::update_stage(svc, ada, id, "no-such-stage", up), error_kind::not_found, "Stage not found");
    // A stage of another application, even of the same user, is not found under this one.
    REQUIRE_ERROR(uc::update_stage(svc, ada, other, sid, up), error_kind::not_found, "Stage not found");
    // Owning some application is not enough to reach a stage through it.
    REQUIRE_ERROR(uc::update_stage(svc, bob, bobs_app, sid, up), error_kind::not_found, "Stage not found");
    auto uow = store.begin(ports::access::read_only);
    CHECK_FALSE(uow->stages().find(sid)->notes.has_value());
}

TEST_CASE_METHOD(core_fixture, "delete_stage: removes it and leaves the status", "[usecases][stages][delete]") {
    const auto ada = user("ada");
    const auto id = app(ada, S::applied);
    const auto sid = stage(ada, id);
    const auto keep = stage(ada, id, "Keep");
    REQUIRE(uc::delete_stage(svc, ada, id, sid).has_value());
    auto v = uc::get_application(svc, ada, id);
    REQUIRE(v->stages.size() == 1);
    CHECK(v->stages[0].id == keep);
    CHECK(v->application.status == S::interviewing);
    REQUIRE_ERROR(uc::delete_stage(svc, ada, id, sid), error_kind::not_found, "Stage not found");
}

TEST_CASE_METHOD(core_fixture, "delete_stage: check order", "[usecases][stages][delete][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = app(ada);
    const auto other = app(ada, std::nullopt, "Other");
    const auto sid = stage(ada, id);
    REQUIRE_ERROR(uc::delete_stage(svc, ada, "no-such-app", sid), error_kind::not_found, "Application not found");
    REQUIRE_ERROR(uc::delete_stage(svc, bob, id, sid), error_kind::forbidden, "Not your application");
    REQUIRE_ERROR(uc::delete_stage(svc, ada, other, sid), error_kind::not_found, "Stage not found");
    CHECK(uc::get_application(svc, ada, id)->stages.size() == 1);
}
