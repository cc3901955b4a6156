// Contract of ports::reflection_repository, run against every store.
#include <catch2/catch.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

namespace {

domain::reflection full_reflection(int n, const domain::id& application_id) {
    auto r = make_reflection(n, application_id);
    r.what_worked = "Clear STAR stories — ça marche 🚀";
    r.what_failed = "Ran out of time on \"graphs\"\n(again)";
    // Odd spacing, key order and escapes: the store keeps the text exactly, it does not re-encode JSON.
    r.skill_gaps_json = R"({"z": [1, 2.50,  "é\u00e9"],"a":{ "nested" : null }, "pct": "100%_"})";
    r.improvement_plan = "LeetCode 3×/week";
    r.created_at = at(13, 424242);
    r.updated_at = at(14, 3);
    return r;
}

}  // namespace

TEST_CASE("reflections: insert then find and find_for return every field", "[contract][reflections]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto a1 = make_application(1, owner.id);
        const auto a2 = make_application(2, owner.id);
        const auto a3 = make_application(3, owner.id);
        const auto minimal = make_reflection(1, a1.id);
        const auto full = full_reflection(2, a2.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            for (const auto& a : {a1, a2, a3}) uow.applications().insert(a);
            uow.reflections().insert(minimal);
            uow.reflections().insert(full);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.reflections().find(minimal.id) == minimal);
            CHECK(uow.reflections().find(full.id) == full);
            CHECK(uow.reflections().find_for(a1.id) == minimal);
            CHECK(uow.reflections().find_for(a2.id) == full);
            CHECK_FALSE(uow.reflections().find_for(a3.id).has_value());
            CHECK_FALSE(uow.reflections().find(uuid(table::reflection, 99)).has_value());
            return 0;
        });
    }
}

TEST_CASE("reflections: list_for returns the named applications' reflections", "[contract][reflections]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto a1 = make_application(1, owner.id);
        const auto a2 = make_application(2, owner.id);
        const auto a3 = make_application(3, owner.id);
        const auto a4 = make_application(4, owner.id);  // has none
        const auto r1 = make_reflection(1, a1.id);
        const auto r2 = full_reflection(2, a2.id);
        const auto r3 = make_reflection(3, a3.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            for (const auto& a : {a1, a2, a3, a4}) uow.applications().insert(a);
            for (const auto& r : {r3, r1, r2}) uow.reflections().insert(r);
        });
        auto list_for = [&](std::vector<domain::id> ids) {
            return read(*store, [&](auto& uow) { return sorted_by_id(uow.reflections().list_for(ids)); });
        };
        CHECK(list_for({}).empty());
        CHECK(list_for({a2.id}) == std::vector{r2});
        CHECK(list_for({a3.id, a1.id, a4.id, uuid(table::application, 99)}) == std::vector{r1, r3});
        CHECK(list_for({a1.id, a2.id, a3.id}) == std::vector{r1, r2, r3});
        CHECK(list_for({a4.id}).empty());
    }
}

TEST_CASE("reflections: update replaces every field, remove deletes; absent ids are no-ops",
          "[contract][reflections]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto a1 = make_application(1, owner.id);
        const auto a2 = make_application(2, owner.id);
        const auto original = full_reflection(1, a1.id);
        const auto doomed = make_reflection(2, a2.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(a1);
            uow.applications().insert(a2);
            uow.reflections().insert(original);
            uow.reflections().insert(doomed);
        });
        auto changed = make_reflection(1, a1.id);  // every optional back to null
        changed.what_worked = "only this";
        changed.created_at = original.created_at;
        changed.updated_at = at(555, 5);
        write(*store, [&](auto& uow) {
            uow.reflections().update(changed);
            uow.reflections().update(make_reflection(3, a2.id));
            uow.reflections().remove(doomed.id);
            uow.reflections().remove(uuid(table::reflection, 4));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.reflections().find(original.id) == changed);
            CHECK_FALSE(uow.reflections().find(doomed.id).has_value());
            CHECK_FALSE(uow.reflections().find_for(a2.id).has_value());
            CHECK_FALSE(uow.reflections().find(uuid(table::reflection, 3)).has_value());
            return 0;
        });
        const auto again = make_reflection(5, a2.id);
        write(*store, [&](auto& uow) { uow.reflections().insert(again); });
        read(*store, [&](auto& uow) {
            CHECK(uow.reflections().find_for(a2.id) == again);
            return 0;
        });
    }
}

TEST_CASE("reflections: a second reflection for an application or a taken id throws unique_violation",
          "[contract][reflections]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto a1 = make_application(1, owner.id);
        const auto a2 = make_application(2, owner.id);
        const auto first = make_reflection(1, a1.id);
        const auto second = make_reflection(2, a2.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(a1);
            uow.applications().insert(a2);
            uow.reflections().insert(first);
            uow.reflections().insert(second);
        });
        auto same_application = make_reflection(3, a1.id);
        auto same_id = make_reflection(4, a2.id);
        same_id.id = first.id;
        auto moved_onto_a1 = second;
        moved_onto_a1.application_id = a1.id;
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->reflections().insert(same_application), ports::unique_violation);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->reflections().insert(same_id), ports::unique_violation);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->reflections().update(moved_onto_a1), ports::unique_violation);
        }
        read(*store, [&](auto& uow) {
            CHECK(uow.reflections().find_for(a1.id) == first);
            CHECK(uow.reflections().find_for(a2.id) == second);
            CHECK_FALSE(uow.reflections().find(same_application.id).has_value());
            return 0;
        });
    }
}
