// Reflections: one per application (409 with the decided message), skill_gaps kept byte for byte,
// the activity entry, the streak, and the check order of update and delete.
#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using S = domain::application_status;

namespace {

constexpr const char* already = "This application already has a reflection.";

template <class T>
domain::patch<T> set(T v) {
    return domain::patch<T>{std::optional<T>{std::move(v)}};
}
template <class T>
domain::patch<T> null() {
    return domain::patch<T>{std::optional<T>{}};
}

}  // namespace

TEST_CASE_METHOD(core_fixture, "add_reflection keeps every field and skill_gaps exactly", "[usecases][reflections]") {
    const auto ada = user("ada");
    const auto id = app(ada, S::rejected);
    tick();
    uc::create_reflection_command cmd;
    cmd.what_worked = "Preparation";
    cmd.what_failed = "System design";
    cmd.skill_gaps_json = R"({"TypeScript": "intermediate", "System Design":"beginner", "n": [1, 2.50, {"x":null}]})";
    cmd.improvement_plan = "Practice";
    auto r = uc::add_reflection(svc, ada, id, cmd);
    REQUIRE(r.has_value());
    CHECK(r->application_id == id);
    CHECK(r->what_worked == cmd.what_worked);
    CHECK(r->what_failed == cmd.what_failed);
    CHECK(r->skill_gaps_json == cmd.skill_gaps_json);
    CHECK(r->improvement_plan == cmd.improvement_plan);
    CHECK(r->created_at == clock.now());
    // It round-trips through the store and the nested view byte for byte.
    auto v = uc::get_application(svc, ada, id);
    REQUIRE(v->reflection.has_value());
    CHECK(v->reflection->skill_gaps_json == cmd.skill_gaps_json);
    CHECK(*v->reflection == *r);
    // A reflection does not move the status.
    CHECK(v->application.status == S::rejected);
}

TEST_CASE_METHOD(core_fixture, "add_reflection: an empty body is fine", "[usecases][reflections]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    auto r = uc::add_reflection(svc, ada, id, {});
    REQUIRE(r.has_value());
    CHECK_FALSE(r->what_worked.has_value());
    CHECK_FALSE(r->skill_gaps_json.has_value());
}

TEST_CASE_METHOD(core_fixture, "add_reflection logs 'Reflection Added' and counts towards the streak", "[usecases][reflections][activity][streak]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    set_day(ymd(2026, 3, 16));
    REQUIRE(uc::add_reflection(svc, ada, id, {}).has_value());
    const auto log = activity(ada);
    REQUIRE(log.size() == 2);
    CHECK(log[0].action == "Reflection Added");
    CHECK(log[0].description == "Added a post-interview reflection");
    CHECK(log[0].application_id == id);
    CHECK(log[0].metadata_json == "{}");
    CHECK(stored_user(ada.user_id)->streak_days == 2);
}

TEST_CASE_METHOD(core_fixture, "add_reflection: 404, 403, then 409 for a second one", "[usecases][reflections][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = app(ada);
    REQUIRE_ERROR(uc::add_reflection(svc, ada, "no-such-app", {}), error_kind::not_found, "Application not found");
    REQUIRE_ERROR(uc::add_reflection(svc, bob, id, {}), error_kind::forbidden, "Not your application");
    uc::create_reflection_command first;
    first.what_worked = "first";
    REQUIRE(uc::add_reflection(svc, ada, id, first).has_value());
    const auto log_before = activity(ada);
    uc::create_reflection_command second;
    second.what_worked = "second";
    const auto again = uc::add_reflection(svc, ada, id, second);
    REQUIRE_ERROR(again, error_kind::conflict, already);
    CHECK(again.error().instead == domain::alternative::update_existing);
    CHECK(uc::get_application(svc, ada, id)->reflection->what_worked == std::optional<std::string>{"first"});
    CHECK(activity(ada) == log_before);
    REQUIRE_ERROR(uc::add_reflection(svc, bob, id, second), error_kind::forbidden, "Not your application");
}

TEST_CASE_METHOD(core_fixture, "update_reflection: partial, null clears", "[usecases][reflections][update]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    uc::create_reflection_command cmd;
    cmd.what_worked = "w";
    cmd.what_failed = "f";
    cmd.skill_gaps_json = R"({"DSA":"medium"})";
    auto r = uc::add_reflection(svc, ada, id, cmd);
    REQUIRE(r.has_value());
    const auto log_before = activity(ada);
    tick();
    uc::update_reflection_command up;
    up.what_failed = set<std::string>("nerves");
    up.skill_gaps_json = set<std::string>(R"({"DSA":"strong","Go":"new"})");
    up.what_worked = null<std::string>();
    auto u = uc::update_reflection(svc, ada, id, r->id, up);
    REQUIRE(u.has_value());
    CHECK_FALSE(u->what_worked.has_value());
    CHECK(u->what_failed == std::optional<std::string>{"nerves"});
    CHECK(u->skill_gaps_json == std::optional<std::string>{R"({"DSA":"strong","Go":"new"})"});
    CHECK_FALSE(u->improvement_plan.has_value());
    CHECK(u->updated_at == clock.now());
    CHECK(u->created_at == r->created_at);
    CHECK(uc::get_application(svc, ada, id)->reflection == *u);
    CHECK(activity(ada) == log_before);
}

TEST_CASE_METHOD(core_fixture, "update and delete reflection: check order", "[usecases][reflections][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = app(ada);
    const auto other = app(ada, std::nullopt, "Other");
    auto r = uc::add_reflection(svc, ada, id, {});
    REQUIRE(r.has_value());
    uc::update_reflection_command up;
    up.what_worked = set<std::string>("x");
    REQUIRE_ERROR(uc::update_reflection(svc, ada, "no-such-app", r->id, up), error_kind::not_found, "Application not found");
    REQUIRE_ERROR(uc::update_reflection(svc, bob, id, r->id, up), error_kind::forbidden, "Not your application");
    REQUIRE_ERROR(uc::update_reflection(svc, ada, id, "nope", up), error_kind::not_found, "Reflection not found");
    REQUIRE_ERROR(uc::update_reflection(svc, ada, other, r->id, up), error_kind::not_found, "Reflection not found");
    REQUIRE_ERROR(uc::delete_reflection(svc, ada, "no-such-app", r->id), error_kind::not_found, "Application not found");
    REQUIRE_ERROR(uc::delete_reflection(svc, bob, id, r->id), error_kind::forbidden, "Not your application");
    REQUIRE_ERROR(uc::delete_reflection(svc, ada, id, "nope"), error_kind::not_found, "Reflection not found");
    REQUIRE_ERROR(uc::delete_reflection(svc, ada, other, r->id), error_kind::not_found, "Reflection not found");
    CHECK_FALSE(uc::get_application(svc, ada, id)->reflection->what_worked.has_value());
}

TEST_CASE_METHOD(core_fixture, "delete_reflection removes it; a new one may follow", "[usecases][reflections][delete]") {
    const auto ada = user("ada");
    const auto id = app(ada);
    auto r = uc::add_reflection(svc, ada, id, {});
    REQUIRE(r.has_value());
    REQUIRE(uc::delete_reflection(svc, ada, id, r->id).has_value());
    CHECK_FALSE(uc::get_application(svc, ada, id)->reflection.has_value());
    REQUIRE_ERROR(uc::delete_reflection(svc, ada, id, r->id), error_kind::not_found, "Reflection not found");
    CHECK(uc::add_reflection(svc, ada, id, {}).has_value());
}
