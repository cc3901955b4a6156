// Contract of ports::outcome_repository, run against every store.
#include <catch2/catch.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

namespace {

domain::outcome full_outcome(int n, const domain::id& application_id) {
    auto o = make_outcome(n, application_id);
    o.status = domain::outcome_status::offer;
    o.salary = 7'500'000'000LL;  // needs 64 bits
    o.salary_currency = "JPY";
    o.bonus = "15% — signing ¥1M";
    o.equity = "0.1% over 4 years, 1-year cliff";
    o.benefits = "Health\nDental\t\"Vision\"";
    o.start_date = day(2026, 6, 1);
    o.deadline = day(2024, 2, 29);
    o.negotiation_notes = "Counter at +10%_";
    o.notes = "東京 office 🚀";
    o.created_at = at(11, 999999);
    o.updated_at = at(12, 1);
    return o;
}

}  // namespace

TEST_CASE("outcomes: insert then find and find_for return every field", "[contract][outcomes]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto a1 = make_application(1, owner.id);
        const auto a2 = make_application(2, owner.id);
        const auto a3 = make_application(3, owner.id);
        const auto minimal = make_outcome(1, a1.id);
        const auto full = full_outcome(2, a2.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            for (const auto& a : {a1, a2, a3}) uow.applications().insert(a);
            uow.outcomes().insert(minimal);
            uow.outcomes().insert(full);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.outcomes().find(minimal.id) == minimal);
            CHECK(uow.outcomes().find(full.id) == full);
            CHECK(uow.outcomes().find_for(a1.id) == minimal);
            CHECK(uow.outcomes().find_for(a2.id) == full);
            CHECK_FALSE(uow.outcomes().find_for(a3.id).has_value());
            CHECK_FALSE(uow.outcomes().find(uuid(table::outcome, 99)).has_value());
            return 0;
        });
    }
}

TEST_CASE("outcomes: every status round-trips", "[contract][outcomes]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        std::vector<domain::application> apps;
        std::vector<domain::outcome> rows;
        int n = 0;
        for (const auto& [status, text] : domain::enum_strings<domain::outcome_status>::values) {
            ++n;
            apps.push_back(make_application(n, owner.id));
            auto o = make_outcome(n, apps.back().id);
            o.status = status;
            rows.push_back(o);
        }
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            for (const auto& a : apps) uow.applications().insert(a);
            for (const auto& o : rows) uow.outcomes().insert(o);
        });
        read(*store, [&](auto& uow) {
            for (const auto& o : rows) CHECK(uow.outcomes().find(o.id) == o);
            return 0;
        });
    }
}

TEST_CASE("outcomes: list_for returns the named applications' outcomes", "[contract][outcomes]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto a1 = make_application(1, owner.id);
        const auto a2 = make_application(2, owner.id);
        const auto a3 = make_application(3, owner.id);
        const auto a4 = make_application(4, owner.id);  // has none
        const auto o1 = make_outcome(1, a1.id);
        const auto o2 = full_outcome(2, a2.id);
        const auto o3 = make_outcome(3, a3.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            for (const auto& a : {a1, a2, a3, a4}) uow.applications().insert(a);
            for (const auto& o : {o3, o1, o2}) uow.outcomes().insert(o);
        });
        auto list_for = [&](std::vector<domain::id> ids) {
            return read(*store, [&](auto& uow) { return sorted_by_id(uow.outcomes().list_for(ids)); });
        };
        CHECK(list_for({}).empty());
        CHECK(list_for({a2.id}) == std::vector{o2});
        CHECK(list_for({a3.id, a1.id, a4.id, uuid(table::application, 99)}) == std::vector{o1, o3});
        CHECK(list_for({a1.id, a2.id, a3.id}) == std::vector{o1, o2, o3});
        CHECK(list_for({a4.id}).empty());
    }
}

TEST_CASE("outcomes: update replaces every field, remove deletes; absent ids are no-ops", "[contract][outcomes]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto a1 = make_application(1, owner.id);
        const auto a2 = make_application(2, owner.id);
        const auto original = full_outcome(1, a1.id);
        const auto doomed = make_outcome(2, a2.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(a1);
            uow.applications().insert(a2);
            uow.outcomes().insert(original);
            uow.outcomes().insert(doomed);
        });
        auto changed = make_outcome(1, a1.id);  // every optional back to null
        changed.salary_currency = "CHF";
        changed.created_at = original.created_at;
        changed.updated_at = at(888, 8);
        write(*store, [&](auto& uow) {
            uow.outcomes().update(changed);
            uow.outcomes().update(make_outcome(3, a2.id));
            uow.outcomes().remove(doomed.id);
            uow.outcomes().remove(uuid(table::outcome, 4));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.outcomes().find(original.id) == changed);
            CHECK_FALSE(uow.outcomes().find(doomed.id).has_value());
            CHECK_FALSE(uow.outcomes().find_for(a2.id).has_value());
            CHECK_FALSE(uow.outcomes().find(uuid(table::outcome, 3)).has_value());
            return 0;
        });
        // Once removed, the application may have an outcome again.
        const auto again = make_outcome(5, a2.id);
        write(*store, [&](auto& uow) { uow.outcomes().insert(again); });
        read(*store, [&](auto& uow) {
            CHECK(uow.outcomes().find_for(a2.id) == again);
            return 0;
        });
    }
}

TEST_CASE("outcomes: a second outcome for an application or a taken id throws unique_violation",
          "[contract][outcomes]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto a1 = make_application(1, owner.id);
        const auto a2 = make_application(2, owner.id);
        const auto first = make_outcome(1, a1.id);
        const auto second = make_outcome(2, a2.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(a1);
            uow.applications().insert(a2);
            uow.outcomes().insert(first);
            uow.outcomes().insert(second);
        });
        auto same_application = make_outcome(3, a1.id);
        auto same_id = make_outcome(4, a2.id);
        same_id.id = first.id;
        auto moved_onto_a1 = second;
        moved_onto_a1.application_id = a1.id;
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->outcomes().insert(same_application), ports::unique_violation);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->outcomes().insert(same_id), ports::unique_violation);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->outcomes().update(moved_onto_a1), ports::unique_violation);
        }
        read(*store, [&](auto& uow) {
            CHECK(uow.outcomes().find_for(a1.id) == first);
            CHECK(uow.outcomes().find_for(a2.id) == second);
            CHECK_FALSE(uow.outcomes().find(same_application.id).has_value());
            return 0;
        });
    }
}
