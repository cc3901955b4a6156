// Milestones and the progress summary over the in-memory ports: Getting Started at registration, awards after
// tracked writes and logins (once each, also under concurrent writers), the lists, and /progress/stats figures.
#include <offertracker/usecases/contacts.hpp>
#include <offertracker/usecases/progress.hpp>
#include <offertracker/usecases/reminders.hpp>

#include <algorithm>
#include <set>
#include <thread>

#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using S = domain::application_status;

namespace {

// The names of the actor's milestones, most recent first.
std::vector<std::string> reached_names(uc::services& svc, const uc::actor& who) {
    auto list = uc::list_my_milestones(svc, who);
    REQUIRE(list.has_value());
    std::vector<std::string> out;
    for (const auto& [mine, m] : *list) out.push_back(m.name);
    return out;
}

bool has(const std::vector<std::string>& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

TEST_CASE_METHOD(core_fixture, "the 12 milestones in seed order with their criteria", "[usecases][progress]") {
    const auto ada = user("ada");
    auto list = uc::list_milestones(svc, ada);
    REQUIRE(list.has_value());
    REQUIRE(list->size() == 12);
    for (std::size_t i = 0; i < 12; ++i) {
        INFO(i);
        CHECK((*list)[i].id == domain::milestone_definitions[i].id);
        CHECK((*list)[i].name == domain::milestone_definitions[i].name);
        CHECK((*list)[i].description == domain::milestone_definitions[i].description);
        CHECK((*list)[i].criteria_json == domain::milestone_definitions[i].criteria_json);
    }
}

TEST_CASE_METHOD(core_fixture, "registration awards Getting Started, stamped now, and nothing else",
                 "[usecases][progress]") {
    const auto ada = user("ada");
    auto mine = uc::list_my_milestones(svc, ada);
    REQUIRE(mine.has_value());
    REQUIRE(mine->size() == 1);
    CHECK(mine->front().second.name == "Getting Started");
    CHECK(mine->front().first.user_id == ada.user_id);
    CHECK(mine->front().first.milestone_id == "00000000-0000-4000-a000-000000000001");
    CHECK(mine->front().first.reached_at == fixed_now());
    // Registration is not activity.
    CHECK(stored_user(ada.user_id)->streak_days == 0);
}

TEST_CASE_METHOD(core_fixture, "First Application after one application, Building Momentum at ten, In the Zone at 25",
                 "[usecases][progress]") {
    const auto ada = user("ada");
    app(ada);
    CHECK(reached_names(svc, ada) == std::vector<std::string>{"First Application", "Getting Started"});
    for (int i = 2; i <= 9; ++i) app(ada);
    CHECK_FALSE(has(reached_names(svc, ada), "Building Momentum"));
    app(ada);  // the tenth
    CHECK(reached_names(svc, ada).front() == "Building Momentum");
    for (int i = 11; i <= 24; ++i) app(ada);
    CHECK_FALSE(has(reached_names(svc, ada), "In the Zone"));
    app(ada);
    CHECK(reached_names(svc, ada) ==
          std::vector<std::string>{"In the Zone", "Building Momentum", "First Application", "Getting Started"});
}

TEST_CASE_METHOD(core_fixture, "awards are idempotent: more writes never award a milestone twice",
                 "[usecases][progress]") {
    const auto ada = user("ada");
    for (int i = 0; i < 12; ++i) app(ada);
    const auto names = reached_names(svc, ada);
    CHECK(names.size() == 3);
    CHECK(std::set<std::string>(names.begin(), names.end()).size() == names.size());
    auto stats = uc::get_progress_stats(svc, ada);
    REQUIRE(stats.has_value());
    CHECK(stats->milestones_reached == 3);
    // Reached times are those of the writes that reached them, not refreshed later.
    auto mine = uc::list_my_milestones(svc, ada);
    REQUIRE(mine.has_value());
    CHECK(mine->back().first.reached_at == fixed_now());  // Getting Started
}

TEST_CASE_METHOD(core_fixture, "reflections, stages and outcomes award their milestones", "[usecases][progress]") {
    const auto ada = user("ada");
    const auto rejected_app = app(ada, S::applied);
    uc::create_outcome_command rejected;
    rejected.status = domain::outcome_status::rejected;
    tick();
    REQUIRE(uc::add_outcome(svc, ada, rejected_app, rejected).has_value());
    CHECK_FALSE(has(reached_names(svc, ada), "Offer Received"));

    const auto offer_app = app(ada, S::applied);
    stage(ada, offer_app);
    tick();
    REQUIRE(uc::add_outcome(svc, ada, offer_app, {}).has_value());  // default status Offer
    CHECK(reached_names(svc, ada).front() == "Offer Received");

    tick();
    REQUIRE(uc::add_reflection(svc, ada, offer_app, {}).has_value());
    CHECK(reached_names(svc, ada).front() == "Self-Reflective");
    CHECK_FALSE(has(reached_names(svc, ada), "Growth Mindset"));
}

TEST_CASE_METHOD(core_fixture, "login evaluates streak milestones: seven days in a row award One Week Strong",
                 "[usecases][progress]") {
    const auto ada = user("ada");
    for (unsigned day = 1; day <= 6; ++day) {
        set_day(ymd(2026, 4, day));
        REQUIRE(uc::login(svc, {"ada@example.com", "secret1"}).has_value());
    }
    CHECK(stored_user(ada.user_id)->streak_days == 6);
    CHECK_FALSE(has(reached_names(svc, ada), "One Week Strong"));
    set_day(ymd(2026, 4, 7));
    auto s = uc::login(svc, {"ada@example.com", "secret1"});
    REQUIRE(s.has_value());
    CHECK(s->user.streak_days == 7);
    CHECK(reached_names(svc, ada) == std::vector<std::string>{"One Week Strong", "Getting Started"});
    // A gap resets the streak but keeps the milestone.
    set_day(ymd(2026, 4, 10));
    REQUIRE(uc::login(svc, {"ada@example.com", "secret1"}).has_value());
    CHECK(stored_user(ada.user_id)->streak_days == 1);
    CHECK(has(reached_names(svc, ada), "One Week Strong"));
}

TEST_CASE_METHOD(core_fixture, "a tracked write judges every milestone: a 30-day streak of applications",
                 "[usecases][progress]") {
    const auto ada = user("ada");
    for (unsigned day = 1; day <= 30; ++day) {
        set_day(domain::date{std::chrono::sys_days{ymd(2026, 4, 1)} + std::chrono::days{day - 1}});
        app(ada);
    }
    CHECK(stored_user(ada.user_id)->streak_days == 30);
    const auto names = reached_names(svc, ada);
    CHECK(has(names, "One Week Strong"));
    CHECK(has(names, "Thirty Day Streak"));
    CHECK(has(names, "In the Zone"));
    CHECK(names.size() == 6);  // Getting Started, First Application, Building Momentum, In the Zone, two streaks
}

TEST_CASE_METHOD(core_fixture, "concurrent writers never award a milestone twice", "[usecases][progress][concurrency]") {
    const auto ada = user("ada");
    for (int i = 0; i < 8; ++i) app(ada);
    // Two threads each create applications 9.. concurrently; together they pass 10 once.
    std::vector<std::thread> threads;
    for (int t = 0; t < 2; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 5; ++i) {
                uc::create_application_command cmd;
                cmd.company_name = "Parallel";
                cmd.role_title = "Engineer";
                (void)uc::create_application(svc, ada, cmd);
            }
        });
    for (auto& t : threads) t.join();
    const auto names = reached_names(svc, ada);
    CHECK(std::count(names.begin(), names.end(), "Building Momentum") == 1);
    CHECK(std::count(names.begin(), names.end(), "First Application") == 1);
    CHECK(names.size() == 3);
}

TEST_CASE_METHOD(core_fixture, "my milestones: another user's never show", "[usecases][progress]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    app(bob);
    CHECK(reached_names(svc, ada) == std::vector<std::string>{"Getting Started"});
    CHECK(reached_names(svc, bob) == std::vector<std::string>{"First Application", "Getting Started"});
}

TEST_CASE_METHOD(core_fixture, "progress stats: every figure", "[usecases][progress][stats]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    auto empty = uc::get_progress_stats(svc, ada);
    REQUIRE(empty.has_value());
    CHECK(*empty == domain::progress_stats{0, 0, 0, 0, 0, 0, 1, 0, 0});

    const auto accepted = app(ada, S::accepted);   // an offer by status
    const auto offered = app(ada, S::applied);     // an offer by outcome (status becomes Offer)
    const auto rejected = app(ada, S::rejected);   // a rejection by status
    const auto withdrawn = app(ada, S::applied);   // a rejection by outcome, then withdrawn by hand
    app(ada, S::saved);                           // neither
    stage(ada, offered);
    stage(ada, offered);
    tick();
    REQUIRE(uc::add_outcome(svc, ada, offered, {}).has_value());
    uc::create_outcome_command rejection;
    rejection.status = domain::outcome_status::rejected;
    tick();
    REQUIRE(uc::add_outcome(svc, ada, withdrawn, rejection).has_value());
    uc::update_application_command to_withdrawn;
    to_withdrawn.status = domain::patch<S>{std::optional<S>{S::withdrawn}};
    tick();
    REQUIRE(uc::update_application(svc, ada, withdrawn, to_withdrawn).has_value());
    tick();
    REQUIRE(uc::add_outcome(svc, ada, rejected, rejection).has_value());  // status and outcome: once
    tick();
    REQUIRE(uc::add_reflection(svc, ada, accepted, {}).has_value());
    tick();
    REQUIRE(uc::create_contact(svc, ada, {"Grace"}).has_value());
    uc::create_reminder_command pending;
    pending.title = "Follow up";
    pending.remind_at = at(2026, 4, 1);
    tick();
    REQUIRE(uc::create_reminder(svc, ada, pending).has_value());
    tick();
    auto done = uc::create_reminder(svc, ada, pending);
    REQUIRE(done.has_value());
    tick();
    REQUIRE(uc::complete_reminder(svc, ada, done->id).has_value());
    app(bob, S::offer);  // another user's figures stay out

    auto stats = uc::get_progress_stats(svc, ada);
    REQUIRE(stats.has_value());
    CHECK(stats->total_applications == 5);
    CHECK(stats->total_offers == 2);
    CHECK(stats->total_rejections == 2);
    CHECK(stats->total_reflections == 1);
    CHECK(stats->total_stages == 2);
    CHECK(stats->streak_days == 1);
    // Getting Started, First Application, Self-Reflective, Offer Received.
    CHECK(stats->milestones_reached == 4);
    CHECK(stats->total_contacts == 1);
    CHECK(stats->total_reminders_pending == 1);
}

TEST_CASE_METHOD(core_fixture, "progress stats of an account that no longer exists: 401", "[usecases][progress][stats]") {
    REQUIRE_ERROR(uc::get_progress_stats(svc, uc::actor{"no-such-user"}), domain::error_kind::unauthenticated,
                  "Not authenticated");
}
