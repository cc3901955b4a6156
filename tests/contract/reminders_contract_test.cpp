// Contract of ports::reminder_repository, run against every store.
#include <catch2/catch.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

TEST_CASE("reminders: insert then find returns every field; every type round-trips", "[contract][reminders]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto app = make_application(1, owner.id);
        const auto minimal = make_reminder(1, owner.id);
        auto full = make_reminder(2, owner.id);
        full.application_id = app.id;
        full.title = "Relancer — 東京 🚀";
        full.description = "Call \"back\"\nbefore 5pm 100%_";
        full.remind_at = at(-86'400 * 400, 7);  // long before the others
        full.reminder_type = domain::reminder_type::follow_up;
        full.is_completed = true;
        full.completed_at = at(5, 999999);
        full.created_at = at(1, 1);
        full.updated_at = at(2, 2);
        auto reopened = make_reminder(3, owner.id);  // completed once, then set back: completed_at stays
        reopened.completed_at = at(6, 6);
        std::vector<domain::reminder> typed;
        int n = 10;
        for (const auto& [type, text] : domain::enum_strings<domain::reminder_type>::values) {
            auto r = make_reminder(n++, owner.id);
            r.reminder_type = type;
            typed.push_back(r);
        }
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(app);
            uow.reminders().insert(minimal);
            uow.reminders().insert(full);
            uow.reminders().insert(reopened);
            for (const auto& r : typed) uow.reminders().insert(r);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.reminders().find(minimal.id) == minimal);
            CHECK(uow.reminders().find(full.id) == full);
            CHECK(uow.reminders().find(reopened.id) == reopened);
            for (const auto& r : typed) CHECK(uow.reminders().find(r.id) == r);
            CHECK_FALSE(uow.reminders().find(uuid(table::reminder, 99)).has_value());
            return 0;
        });
    }
}

TEST_CASE("reminders: list is the user's, soonest first then id, filtered, paged; upcoming is incomplete only",
          "[contract][reminders]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        auto r1 = make_reminder(1, owner.id);
        auto r2 = make_reminder(2, owner.id);
        auto r3 = make_reminder(3, owner.id);
        auto r4 = make_reminder(4, owner.id);
        auto r5 = make_reminder(5, owner.id);
        auto r6 = make_reminder(6, other.id);
        r1.remind_at = at(300);
        r2.remind_at = at(-500);  // overdue, still upcoming
        r3.remind_at = at(100);
        r4.remind_at = at(100);  // ties with r3: id asc
        r5.remind_at = at(0);
        r6.remind_at = at(-1000);
        r5.is_completed = true;
        r5.completed_at = at(1);
        r1.is_completed = true;
        r1.completed_at = at(2);
        r3.reminder_type = domain::reminder_type::interview;
        r5.reminder_type = domain::reminder_type::interview;
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            for (const auto& r : {r4, r6, r1, r5, r3, r2}) uow.reminders().insert(r);
        });
        auto list = [&](ports::reminder_filter filter, ports::page p = {}) {
            return read(*store, [&](auto& uow) { return ids_of(uow.reminders().list(owner.id, filter, p)); });
        };
        using ids = std::vector<domain::id>;
        CHECK(list({}) == ids{r2.id, r5.id, r3.id, r4.id, r1.id});
        CHECK(list({.is_completed = true}) == ids{r5.id, r1.id});
        CHECK(list({.is_completed = false}) == ids{r2.id, r3.id, r4.id});
        CHECK(list({.reminder_type = domain::reminder_type::interview}) == ids{r5.id, r3.id});
        CHECK(list({.is_completed = false, .reminder_type = domain::reminder_type::interview}) == ids{r3.id});
        CHECK(list({.reminder_type = domain::reminder_type::deadline}).empty());
        CHECK(list({}, {1, 2}) == ids{r5.id, r3.id});
        CHECK(list({}, {5, 2}).empty());
        read(*store, [&](auto& uow) {
            CHECK(ids_of(uow.reminders().upcoming(owner.id, 10)) == ids{r2.id, r3.id, r4.id});
            CHECK(ids_of(uow.reminders().upcoming(owner.id, 2)) == ids{r2.id, r3.id});
            CHECK(uow.reminders().upcoming(owner.id, 0).empty());
            CHECK(ids_of(uow.reminders().upcoming(other.id, 10)) == ids{r6.id});
            CHECK(uow.reminders().upcoming(uuid(table::user, 99), 10).empty());
            return 0;
        });
    }
}

TEST_CASE("reminders: update replaces every field, remove deletes; absent ids are no-ops; taken id throws",
          "[contract][reminders]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto app = make_application(1, owner.id);
        auto original = make_reminder(1, owner.id);
        original.application_id = app.id;
        original.description = "old";
        const auto doomed = make_reminder(2, owner.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(app);
            uow.reminders().insert(original);
            uow.reminders().insert(doomed);
        });
        auto changed = make_reminder(1, owner.id);
        changed.title = "Done";
        changed.remind_at = at(5000, 5);
        changed.reminder_type = domain::reminder_type::deadline;
        changed.is_completed = true;
        changed.completed_at = at(6000, 6);
        changed.updated_at = at(999, 9);
        write(*store, [&](auto& uow) {
            uow.reminders().update(changed);
            uow.reminders().update(make_reminder(3, owner.id));
            uow.reminders().remove(doomed.id);
            uow.reminders().remove(uuid(table::reminder, 4));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.reminders().find(original.id) == changed);
            CHECK_FALSE(uow.reminders().find(doomed.id).has_value());
            CHECK_FALSE(uow.reminders().find(uuid(table::reminder, 3)).has_value());
            return 0;
        });
        auto twin = make_reminder(5, owner.id);
        twin.id = original.id;
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->reminders().insert(twin), ports::unique_violation);
        }
    }
}

TEST_CASE("reminders: a completed reminder without completed_at is refused", "[contract][reminders]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto open = make_reminder(1, owner.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.reminders().insert(open);
        });
        auto bad = make_reminder(2, owner.id);
        bad.is_completed = true;
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->reminders().insert(bad), ports::storage_error);
        }
        auto bad_update = open;
        bad_update.is_completed = true;
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->reminders().update(bad_update), ports::storage_error);
        }
        read(*store, [&](auto& uow) {
            CHECK(uow.reminders().find(open.id) == open);
            CHECK_FALSE(uow.reminders().find(bad.id).has_value());
            return 0;
        });
    }
}
