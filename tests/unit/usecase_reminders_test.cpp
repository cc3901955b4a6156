// Reminders: defaults, the application's ownership, validation, order and filters, /upcoming (incomplete only,
// overdue included, limit bounds), completing (stamp, 400 twice, activity, streak), partial updates with the
// is_completed stamp, delete and the 404/403 of every operation.
#include <offertracker/usecases/reminders.hpp>

#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using domain::field_error;
using RT = domain::reminder_type;

namespace {

template <class T>
domain::patch<T> set(T v) {
    return domain::patch<T>{std::optional<T>{std::move(v)}};
}
template <class T>
domain::patch<T> null() {
    return domain::patch<T>{std::optional<T>{}};
}

uc::create_reminder_command titled(std::string title, domain::timestamp when,
                                   std::optional<domain::id> app = std::nullopt) {
    uc::create_reminder_command cmd;
    cmd.title = std::move(title);
    cmd.remind_at = when;
    cmd.application_id = std::move(app);
    return cmd;
}

struct reminders_fixture : core_fixture {
    domain::id reminder(const uc::actor& who, const uc::create_reminder_command& cmd) {
        tick();
        auto r = uc::create_reminder(svc, who, cmd);
        REQUIRE(r.has_value());
        return r->id;
    }
    static std::vector<std::string> titles(const domain::result<std::vector<domain::reminder>>& list) {
        REQUIRE(list.has_value());
        std::vector<std::string> out;
        for (const auto& r : *list) out.push_back(r.title);
        return out;
    }
    std::vector<std::string> listed(const uc::actor& who, const ports::reminder_filter& f = {},
                                    ports::page p = {0, 100}) {
        return titles(uc::list_reminders(svc, who, f, p));
    }
};

}  // namespace

TEST_CASE_METHOD(reminders_fixture, "create_reminder: defaults, stored, logged; no streak", "[usecases][reminders]") {
    const auto ada = user("ada");
    set_day(ymd(2026, 3, 16));
    auto r = uc::create_reminder(svc, ada, titled("Follow up", at(2026, 3, 20, 9)));
    REQUIRE(r.has_value());
    CHECK(r->user_id == ada.user_id);
    CHECK(r->title == "Follow up");
    CHECK(r->remind_at == at(2026, 3, 20, 9));
    CHECK(r->reminder_type == RT::general);
    CHECK_FALSE(r->is_completed);
    CHECK_FALSE(r->completed_at.has_value());
    CHECK_FALSE(r->application_id.has_value());
    CHECK(r->created_at == clock.now());
    CHECK(store.begin(ports::access::read_only)->reminders().find(r->id) == *r);
    const auto log = activity(ada);
    REQUIRE(log.size() == 1);
    CHECK(log[0].action == "Reminder Created");
    CHECK(log[0].description == "Reminder: Follow up");
    CHECK_FALSE(log[0].application_id.has_value());
    // Creating a reminder is not a tracked write.
    CHECK_FALSE(stored_user(ada.user_id)->last_active_date.has_value());
}

TEST_CASE_METHOD(reminders_fixture, "create_reminder: with an application and a type", "[usecases][reminders]") {
    const auto ada = user("ada");
    const auto app_id = app(ada);
    auto cmd = titled("Prep", at(2026, 3, 18, 8), app_id);
    cmd.reminder_type = RT::interview;
    cmd.description = "System design";
    auto r = uc::create_reminder(svc, ada, cmd);
    REQUIRE(r.has_value());
    CHECK(r->application_id == app_id);
    CHECK(r->reminder_type == RT::interview);
    CHECK(r->description == "System design");
    const auto log = activity(ada, app_id);
    REQUIRE(log.size() == 2);
    CHECK(log[0].action == "Reminder Created");
    CHECK(log[0].application_id == app_id);
}

TEST_CASE_METHOD(reminders_fixture, "create_reminder: validation, then the application's 404/403", "[usecases][reminders][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto bobs = app(bob);
    REQUIRE_FIELD_ERRORS(uc::create_reminder(svc, ada, titled(std::string(256, 't'), at(2026, 4, 1), "missing")),
                         field_error{.path = {"title"}, .code = field_code::too_long, .limit = 255});
    REQUIRE_FIELD_ERRORS(uc::create_reminder(svc, ada, titled("", at(2026, 4, 1))),
                         field_error{.path = {"title"}, .code = field_code::too_short, .limit = 1});
    REQUIRE_ERROR(uc::create_reminder(svc, ada, titled("x", at(2026, 4, 1), std::string("missing"))),
                  error_kind::not_found, "Application not found");
    REQUIRE_ERROR(uc::create_reminder(svc, ada, titled("x", at(2026, 4, 1), bobs)), error_kind::forbidden,
                  "Not your application");
    CHECK(listed(ada).empty());
    CHECK(uc::create_reminder(svc, ada, titled(std::string(255, 't'), at(2026, 4, 1))).has_value());
}

TEST_CASE_METHOD(reminders_fixture, "get_reminder: 404, 403", "[usecases][reminders][ownership]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = reminder(ada, titled("x", at(2026, 4, 1)));
    REQUIRE_ERROR(uc::get_reminder(svc, ada, "missing"), error_kind::not_found, "Reminder not found");
    REQUIRE_ERROR(uc::get_reminder(svc, bob, id), error_kind::forbidden, "Not your reminder");
    CHECK(uc::get_reminder(svc, ada, id)->title == "x");
}

TEST_CASE_METHOD(reminders_fixture, "list_reminders: remind_at ascending, filters, paging, only the actor's", "[usecases][reminders][paging]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    auto late = titled("late", at(2026, 5, 1));
    late.reminder_type = RT::deadline;
    reminder(ada, late);
    reminder(ada, titled("early", at(2026, 3, 1)));
    const auto mid = reminder(ada, titled("mid", at(2026, 4, 1)));
    reminder(bob, titled("bob's", at(2026, 1, 1)));
    REQUIRE(uc::complete_reminder(svc, ada, mid).has_value());

    CHECK(listed(ada) == std::vector<std::string>{"early", "mid", "late"});
    CHECK(listed(ada, {true, std::nullopt}) == std::vector<std::string>{"mid"});
    CHECK(listed(ada, {false, std::nullopt}) == std::vector<std::string>{"early", "late"});
    CHECK(listed(ada, {std::nullopt, RT::deadline}) == std::vector<std::string>{"late"});
    CHECK(listed(ada, {true, RT::deadline}).empty());
    CHECK(listed(ada, {}, {1, 1}) == std::vector<std::string>{"mid"});
    CHECK(listed(bob) == std::vector<std::string>{"bob's"});
}

TEST_CASE_METHOD(reminders_fixture, "upcoming_reminders: incomplete only, overdue included, soonest first, limit", "[usecases][reminders]") {
    const auto ada = user("ada");
    reminder(ada, titled("future", at(2026, 6, 1)));
    reminder(ada, titled("overdue", at(2026, 1, 1)));
    const auto done = reminder(ada, titled("done", at(2026, 2, 1)));
    reminder(ada, titled("soon", at(2026, 3, 16)));
    REQUIRE(uc::complete_reminder(svc, ada, done).has_value());
    CHECK(titles(uc::upcoming_reminders(svc, ada, uc::default_upcoming_limit)) ==
          std::vector<std::string>{"overdue", "soon", "future"});
    CHECK(titles(uc::upcoming_reminders(svc, ada, 2)) == std::vector<std::string>{"overdue", "soon"});
    for (int i = 0; i < 12; ++i) reminder(ada, titled("r" + std::to_string(i), at(2027, 1, 1)));
    CHECK(titles(uc::upcoming_reminders(svc, ada, uc::default_upcoming_limit)).size() == 10);
    REQUIRE_FIELD_ERRORS(uc::upcoming_reminders(svc, ada, 0),
                         field_error{.path = {"limit"}, .code = field_code::below_minimum, .limit = 1});
    REQUIRE_FIELD_ERRORS(uc::upcoming_reminders(svc, ada, 1001),
                         field_error{.path = {"limit"}, .code = field_code::above_maximum, .limit = 1000});
}

TEST_CASE_METHOD(reminders_fixture, "complete_reminder: stamps now, logs, counts; 400 the second time", "[usecases][reminders][streak]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto app_id = app(ada);
    const auto id = reminder(ada, titled("Send thanks", at(2026, 3, 16), app_id));
    set_day(ymd(2026, 3, 16));
    REQUIRE_ERROR(uc::complete_reminder(svc, ada, "missing"), error_kind::not_found, "Reminder not found");
    REQUIRE_ERROR(uc::complete_reminder(svc, bob, id), error_kind::forbidden, "Not your reminder");
    auto r = uc::complete_reminder(svc, ada, id);
    REQUIRE(r.has_value());
    CHECK(r->is_completed);
    CHECK(r->completed_at == clock.now());
    CHECK(r->updated_at == clock.now());
    CHECK(store.begin(ports::access::read_only)->reminders().find(id) == *r);
    const auto log = activity(ada, app_id);
    REQUIRE(log.size() == 3);
    CHECK(log[0].action == "Reminder Completed");
    CHECK(log[0].description == "Completed: Send thanks");
    CHECK(log[0].application_id == app_id);
    const auto u = stored_user(ada.user_id);
    CHECK(u->streak_days == 2);
    CHECK(u->last_active_date == ymd(2026, 3, 16));

    tick();
    REQUIRE_ERROR(uc::complete_reminder(svc, ada, id), error_kind::rule_violation, "Reminder already completed");
    CHECK(uc::get_reminder(svc, ada, id)->completed_at == r->completed_at);
    CHECK(actions(ada, app_id).size() == 3);
}

TEST_CASE_METHOD(reminders_fixture, "update_reminder: partial; is_completed true stamps, false keeps", "[usecases][reminders]") {
    const auto ada = user("ada");
    auto cmd = titled("Call", at(2026, 3, 20));
    cmd.description = "d";
    const auto id = reminder(ada, cmd);
    tick();
    uc::update_reminder_command up;
    up.title = set<std::string>("Call back");
    up.remind_at = set(at(2026, 3, 21, 14, 30));
    up.reminder_type = set(RT::follow_up);
    up.description = null<std::string>();
    auto r = uc::update_reminder(svc, ada, id, up);
    REQUIRE(r.has_value());
    CHECK(r->title == "Call back");
    CHECK(r->remind_at == at(2026, 3, 21, 14, 30));
    CHECK(r->reminder_type == RT::follow_up);
    CHECK_FALSE(r->description.has_value());
    CHECK_FALSE(r->is_completed);
    CHECK_FALSE(r->completed_at.has_value());

    tick();
    const auto stamped = clock.now();
    uc::update_reminder_command done;
    done.is_completed = set(true);
    r = uc::update_reminder(svc, ada, id, done);
    REQUIRE(r.has_value());
    CHECK(r->is_completed);
    CHECK(r->completed_at == stamped);
    // Sending true again keeps the first completion time.
    tick();
    r = uc::update_reminder(svc, ada, id, done);
    CHECK(r->completed_at == stamped);
    REQUIRE_ERROR(uc::complete_reminder(svc, ada, id), error_kind::rule_violation, "Reminder already completed");

    tick();
    uc::update_reminder_command reopen;
    reopen.is_completed = set(false);
    r = uc::update_reminder(svc, ada, id, reopen);
    REQUIRE(r.has_value());
    CHECK_FALSE(r->is_completed);
    CHECK(r->completed_at == stamped);
    CHECK(store.begin(ports::access::read_only)->reminders().find(id) == *r);
    // Completing after reopening stamps the new time.
    tick();
    r = uc::complete_reminder(svc, ada, id);
    REQUIRE(r.has_value());
    CHECK(r->completed_at == clock.now());
}

TEST_CASE_METHOD(reminders_fixture, "update_reminder: null for required fields is 422; 404/403", "[usecases][reminders][validation]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = reminder(ada, titled("x", at(2026, 4, 1)));
    uc::update_reminder_command bad;
    bad.title = null<std::string>();
    bad.remind_at = null<domain::timestamp>();
    bad.reminder_type = null<RT>();
    bad.is_completed = null<bool>();
    REQUIRE_FIELD_ERRORS(uc::update_reminder(svc, ada, id, bad),
                         field_error{.path = {"title"}, .code = field_code::wrong_type, .expected = "string"},
                         field_error{.path = {"remind_at"}, .code = field_code::wrong_type, .expected = "datetime"},
                         field_error{.path = {"reminder_type"}, .code = field_code::wrong_type, .expected = "enum"},
                         field_error{.path = {"is_completed"}, .code = field_code::wrong_type, .expected = "boolean"});
    uc::update_reminder_command too_long;
    too_long.title = set(std::string(256, 't'));
    REQUIRE_FIELD_ERRORS(uc::update_reminder(svc, ada, id, too_long),
                         field_error{.path = {"title"}, .code = field_code::too_long, .limit = 255});
    uc::update_reminder_command ok;
    ok.title = set<std::string>("y");
    REQUIRE_ERROR(uc::update_reminder(svc, ada, "missing", ok), error_kind::not_found, "Reminder not found");
    REQUIRE_ERROR(uc::update_reminder(svc, bob, id, ok), error_kind::forbidden, "Not your reminder");
    CHECK(uc::get_reminder(svc, ada, id)->title == "x");
}

TEST_CASE_METHOD(reminders_fixture, "delete_reminder: 404, 403, gone; the application's delete removes its reminders", "[usecases][reminders]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto id = reminder(ada, titled("x", at(2026, 4, 1)));
    REQUIRE_ERROR(uc::delete_reminder(svc, ada, "missing"), error_kind::not_found, "Reminder not found");
    REQUIRE_ERROR(uc::delete_reminder(svc, bob, id), error_kind::forbidden, "Not your reminder");
    CHECK(uc::delete_reminder(svc, ada, id).has_value());
    REQUIRE_ERROR(uc::get_reminder(svc, ada, id), error_kind::not_found, "Reminder not found");

    const auto app_id = app(ada);
    const auto linked = reminder(ada, titled("linked", at(2026, 4, 1), app_id));
    const auto free = reminder(ada, titled("free", at(2026, 4, 2)));
    REQUIRE(uc::delete_application(svc, ada, app_id).has_value());
    REQUIRE_ERROR(uc::get_reminder(svc, ada, linked), error_kind::not_found, "Reminder not found");
    CHECK(uc::get_reminder(svc, ada, free).has_value());
}
