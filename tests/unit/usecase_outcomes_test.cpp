// Outcomes: one per application (409), the move to the outcome's status unless Accepted (docs/behaviour.md §5),
// the log order, validation, and update/delete never touching the application's status.
#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using domain::field_error;
using domain::outcome_status;
using S = domain::application_status;

namespace {

constexpr const char* already = "This application already has offer details.";

template <class T>
domain::patch<T> set(T v) {
    return domain::patch<T>{std::optional<T>{std::move(v)}};
}
template <class T>
domain::patch<T> null() {
    return domain::patch<T>{std::optional<T>{}};
}

uc::create_outcome_command with_status(std::optional<outcome_status> s) {
    uc::create_outcome_command cmd;
    cmd.status = s;
    return cmd;
}

}  // namespace

TEST_CASE_METHOD(core_fixture, "add_outcome: defaults and fields", "[usecases][outcomes]") {
    const auto ada = user("ada");
    const auto id = app(ada, S::interviewing);
    tick();
    uc::create_outcome_command cmd;
    cmd.salary = 130000;
    cmd.bonus = "$20k sign-on";
    cmd.equity = "10k RSUs";
    cmd.benefits = "Health";
    cmd.start_date = ymd(2026, 5, 1);
    cmd.deadline = ymd(2026, 3, 22);
    cmd.negotiation_notes = "Ask for more";
    cmd.notes = "Nice team";
    auto o = uc::add_outcome(svc, ada, id, cmd);
    REQUIRE(o.has_value());
    CHECK(o->application_id == id);
    CHECK(o->status == outcome_status::offer);  // default
    CHECK(o->salary == 130000);
    CHECK(o->salary_currency == "USD");          // default
    CHECK(o->bonus == cmd.bonus);
    CHECK(o->equity == cmd.equity);
    CHECK(o->benefits == cmd.benefits);
    CHECK(o->start_date == ymd(2026, 5, 1));
    CHECK(o->deadline == ymd(2026, 3, 22));
    CHECK(o->negotiation_notes == cmd.negotiation_notes);
    CHECK(o->notes == cmd.notes);
    CHECK(o->created_at == clock.now());
    auto uow = store.begin(ports::access::read_only);
    CHECK(uow->outcomes().find_for(id) == *o);
}

TEST_CASE_METHOD(core_fixture, "add_outcome moves the application to Offer and logs it before 'Offer Added'", "[usecases][outcomes][status][activity]") {
    const auto ada = user("ada");
    const auto id = app(ada, S::interviewing);
    tick();
    REQUIRE(uc::add_outcome(svc, ada, id, {}).has_value());
    CHECK(stored_app(id)->status == S::offer);
    CHECK(stored_app(id)->updated_at == clock.now());
    const auto log = activity(ada);
    REQUIRE(log.size() == 3);
    CHECK(log[0].action == "Offer Added");
    CHECK(log[0].description == "Recorded offer details");
    CHECK(log[0].application_id == id);
    CHECK(log[1].action == "Status Changed");
    CHECK(log[1].description == "Status: Interviewing \xE2\x86\x92 Offer (offer received)");
    CHECK(log[1].metadata_json == R"({"old_status":"Interviewing","new_status":"Offer","auto":true})");
    CHECK(log[1].created_at < log[0].created_at);
}

TEST_CASE_METHOD(core_fixture, "add_outcome: Rejected and Withdrawn move to their own status", "[usecases][outcomes][status]") {
    const auto ada = user("ada");
    SECTION("Rejected") {
        const auto id = app(ada, S::applied);
        tick();
        REQUIRE(uc::add_outcome(svc, ada, id, with_status(outcome_status::rejected)).has_value());
        CHECK(stored_app(id)->status == S::rejected);
        const auto log = activity(ada);
        REQUIRE(log.size() == 3);
        CHECK(log[1].action == "Status Changed");
        CHECK(log[1].description.starts_with("Status: Applied \xE2\x86\x92 Rejected"));
        CHECK(log[1].metadata_json == R"({"old_status":"Applied","new_status":"Rejected","auto":true})");
        CHECK(log[0].action == "Offer Added");
    }
    SECTION("Withdrawn") {
        const auto id = app(ada, S::offer);
        tick();
        REQUIRE(uc::add_outcome(svc, ada, id, with_status(outcome_status::withdrawn)).has_value());
        CHECK(stored_app(id)->status == S::withdrawn);
        CHECK(activity(ada)[1].metadata_json == R"({"old_status":"Offer","new_status":"Withdrawn","auto":true})");
    }
}

TEST_CASE_METHOD(core_fixture, "add_outcome from every status with every outcome status", "[usecases][outcomes][status]") {
    const auto ada = user("ada");
    for (S from : {S::saved, S::applied, S::interviewing, S::offer, S::accepted, S::rejected, S::withdrawn})
        for (auto os : {outcome_status::offer, outcome_status::rejected, outcome_status::withdrawn}) {
            INFO(domain::to_string(from) << " + outcome " << domain::to_string(os));
            const auto id = app(ada, from);
            tick();
            REQUIRE(uc::add_outcome(svc, ada, id, with_status(os)).has_value());
            const S expected = from == S::accepted ? S::accepted : *domain::parse_enum<S>(domain::to_string(os));
            CHECK(stored_app(id)->status == expected);
            const auto acts = actions(ada, id);
            if (expected == from)
                CHECK(acts == std::vector<std::string>{"Offer Added", "Application Created"});
            else
                CHECK(acts == std::vector<std::string>{"Offer Added", "Status Changed", "Application Created"});
        }
}

TEST_CASE_METHOD(core_fixture, "add_outcome leaves an Accepted application alone", "[usecases][outcomes][status]") {
    const auto ada = user("ada");
    const auto id = app(ada, S::accepted);
    const auto before = stored_app(id);
    tick();
    REQUIRE(uc::add_outcome(svc, ada, id, with_status(outcome_status::rejected)).has_value());
    CHECK(stored_app(id) == before);
    CHECK(actions(ada) == std::vector<std::string>{"Offer Added", "Application Created"});
}

TEST_CASE_METHOD(core_fixture, "add_outcome counts towards the streak", "[usecases][outcomes][streak]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    set_day(ymd(2026, 3, 16));
    REQUIRE(uc::add_outcome(svc, ada, id, {}).has_value());
    CHECK(stored_user(ada.user_id)->streak_days == 2);
}

TEST_CASE_METHOD(core_fixture, "add_outcome: validation", "[usecases][outcomes][validation]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    uc::create_outcome_command cmd;
    cmd.salary = -1;
    REQUIRE_FIELD_ERRORS(uc::add_outcome(svc, ada, id, cmd),
                         field_error{.path = {"salary"}, .code = field_code::below_minimum, .limit = 0});
    cmd = {};
    cmd.salary_currency = "EURO";
    REQUIRE_FIELD_ERRORS(uc::add_outcome(svc, ada, id, cmd),
                         field_error{.path = {"salary_currency"}, .code = field_code::too_long, .limit = 3});
    cmd.salary_currency = "";
    REQUIRE_FIELD_ERRORS(uc::add_outcome(svc, ada, id, cmd),
                         field_error{.path = {"salary_currency"}, .code = field_code::too_short, .limit = 1});
    CHECK(stored_app(id)->status == S::saved);
    CHECK_FALSE(uc::get_application(svc, ada, id)->outcome.has_value());
    cmd = {};
    cmd.salary = 0;
    cmd.salary_currency = "EUR";
    auto o = uc::add_outcome(svc, ada, id, cmd);
    REQUIRE(o.has_value());
    CHECK(o->salary == 0);
    CHECK(o->salary_currency == "EUR");
}

TEST_CASE_METHOD(core_fixture, "add_outcome: 404, 403, then 409 for a second one", "[usecases][outcomes][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = app(ada, S::interviewing);
    REQUIRE_ERROR(uc::add_outcome(svc, ada, "no-such-app", {}), error_kind::not_found, "Application not found");
    REQUIRE_ERROR(uc::add_outcome(svc, bob, id, {}), error_kind::forbidden, "Not your application");
    CHECK(stored_app(id)->status == S::interviewing);

    tick();
    REQUIRE(uc::add_outcome(svc, ada, id, with_status(outcome_status::rejected)).has_value());
    const auto log_before = activity(ada);
    tick();
    const auto again = uc::add_outcome(svc, ada, id, with_status(outcome_status::offer));
    REQUIRE_ERROR(again, error_kind::conflict, already);
    CHECK(again.error().instead == domain::alternative::update_existing);
    // The 409 changed nothing: status, outcome and log as before.
    CHECK(stored_app(id)->status == S::rejected);
    CHECK(uc::get_application(svc, ada, id)->outcome->status == outcome_status::rejected);
    CHECK(activity(ada) == log_before);
    // Ownership is checked before the conflict.
    REQUIRE_ERROR(uc::add_outcome(svc, bob, id, {}), error_kind::forbidden, "Not your application");
}

TEST_CASE_METHOD(core_fixture, "update_outcome changes the outcome, never the application status", "[usecases][outcomes][update]") {
    const auto ada = user("ada");
    const auto id = app(ada, S::interviewing);
    tick();
    auto o = uc::add_outcome(svc, ada, id, with_status(outcome_status::rejected));
    REQUIRE(o.has_value());
    const auto app_before = stored_app(id);
    const auto log_before = activity(ada);
    tick();
    uc::update_outcome_command up;
    up.status = set(outcome_status::offer);
    up.salary = set(150000LL);
    up.notes = set<std::string>("Changed my mind");
    auto u = uc::update_outcome(svc, ada, id, o->id, up);
    REQUIRE(u.has_value());
    CHECK(u->status == outcome_status::offer);
    CHECK(u->salary == 150000);
    CHECK(u->notes == std::optional<std::string>{"Changed my mind"});
    CHECK(u->salary_currency == "USD");
    CHECK(u->updated_at == clock.now());
    CHECK(u->created_at == o->created_at);
    CHECK(stored_app(id) == app_before);
    CHECK(activity(ada) == log_before);

    uc::update_outcome_command clear;
    clear.status = null<outcome_status>();
    clear.salary = null<long long>();
    u = uc::update_outcome(svc, ada, id, o->id, clear);
    REQUIRE(u.has_value());
    CHECK_FALSE(u->status.has_value());
    CHECK_FALSE(u->salary.has_value());
    CHECK(u->notes == std::optional<std::string>{"Changed my mind"});
    CHECK(stored_app(id) == app_before);
}

TEST_CASE_METHOD(core_fixture, "update_outcome: validation", "[usecases][outcomes][update][validation]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    auto o = uc::add_outcome(svc, ada, id, {});
    REQUIRE(o.has_value());
    uc::update_outcome_command up;
    up.salary_currency = null<std::string>();
    up.salary = set(-5LL);
    REQUIRE_FIELD_ERRORS(uc::update_outcome(svc, ada, id, o->id, up),
                         field_error{.path = {"salary_currency"}, .code = field_code::wrong_type, .expected = "string"},
                         field_error{.path = {"salary"}, .code = field_code::below_minimum, .limit = 0});
    up = {};
    up.salary_currency = set<std::string>("ABCD");
    REQUIRE_FIELD_ERRORS(uc::update_outcome(svc, ada, id, o->id, up),
                         field_error{.path = {"salary_currency"}, .code = field_code::too_long, .limit = 3});
}

TEST_CASE_METHOD(core_fixture, "update_outcome: check order", "[usecases][outcomes][update][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = app(ada);
    const auto other = app(ada, std::nullopt, "Other");
    auto o = uc::add_outcome(svc, ada, id, {});
    REQUIRE(o.has_value());
    uc::update_outcome_command up;
    up.notes = set<std::string>("x");
    REQUIRE_ERROR(uc::update_outcome(svc, ada, "no-such-app", o->id, up), error_kind::not_found, "Application not found");
    REQUIRE_ERROR(uc::update_outcome(svc, bob, id, o->id, up), error_kind::forbidden, "Not your application");
    REQUIRE_ERROR(uc::update_outcome(svc, ada, id, "no-such-outcome", up), error_kind::not_found, "Outcome not found");
    REQUIRE_ERROR(uc::update_outcome(svc, ada, other, o->id, up), error_kind::not_found, "Outcome not found");
    CHECK_FALSE(uc::get_application(svc, ada, id)->outcome->notes.has_value());
}

TEST_CASE_METHOD(core_fixture, "delete_outcome keeps the status; a new outcome may follow", "[usecases][outcomes][delete]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = app(ada, S::interviewing);
    const auto other = app(ada, std::nullopt, "Other");
    auto o = uc::add_outcome(svc, ada, id, {});
    REQUIRE(o.has_value());
    REQUIRE_ERROR(uc::delete_outcome(svc, ada, "no-such-app", o->id), error_kind::not_found, "Application not found");
    REQUIRE_ERROR(uc::delete_outcome(svc, bob, id, o->id), error_kind::forbidden, "Not your application");
    REQUIRE_ERROR(uc::delete_outcome(svc, ada, other, o->id), error_kind::not_found, "Outcome not found");
    REQUIRE_ERROR(uc::delete_outcome(svc, ada, id, "no-such-outcome"), error_kind::not_found, "Outcome not found");

    REQUIRE(uc::delete_outcome(svc, ada, id, o->id).has_value());
    CHECK(stored_app(id)->status == S::offer);  // not moved back
    CHECK_FALSE(uc::get_application(svc, ada, id)->outcome.has_value());
    REQUIRE_ERROR(uc::delete_outcome(svc, ada, id, o->id), error_kind::not_found, "Outcome not found");
    tick();
    CHECK(uc::add_outcome(svc, ada, id, with_status(outcome_status::withdrawn)).has_value());
    CHECK(stored_app(id)->status == S::withdrawn);
}
