// Contract of ports::unit_of_work and ports::store: commit, rollback, isolation, foreign keys.
#include <catch2/catch.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

TEST_CASE("unit of work: a fresh store is empty", "[contract][unit_of_work]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        read(*store, [&](auto& uow) {
            CHECK(uow.users().search_public("", {}).empty());
            CHECK_FALSE(uow.users().find(uuid(table::user, 1)).has_value());
            CHECK(uow.applications().list(uuid(table::user, 1), {}, {}).empty());
            return 0;
        });
    }
}

TEST_CASE("unit of work: writes are visible inside the unit and, after commit, to later units",
          "[contract][unit_of_work]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto app = make_application(1, owner.id);
        {
            auto uow = store->begin(ports::access::read_write);
            uow->users().insert(owner);
            uow->applications().insert(app);
            CHECK(uow->users().find(owner.id) == owner);
            CHECK(ids_of(uow->applications().list(owner.id, {}, {})) == std::vector{app.id});
            uow->commit();
        }
        read(*store, [&](auto& uow) {
            CHECK(uow.users().find(owner.id) == owner);
            CHECK(uow.applications().find(app.id) == app);
            return 0;
        });
        // And a read_write unit sees them too.
        auto uow = store->begin(ports::access::read_write);
        CHECK(uow->users().find_by_username(owner.username) == owner);
    }
}

TEST_CASE("unit of work: destroying without commit rolls back every table", "[contract][unit_of_work]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto resume = make_resume(1, owner.id);
        auto app = make_application(1, owner.id);
        app.resume_version_id = resume.id;
        const auto stage = make_stage(1, app.id);
        const auto outcome = make_outcome(1, app.id);
        const auto reflection = make_reflection(1, app.id);
        const auto entry = make_activity(1, owner.id, app.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.resumes().insert(resume);
            uow.applications().insert(app);
            uow.stages().insert(stage);
            uow.outcomes().insert(outcome);
            uow.reflections().insert(reflection);
            uow.activity().append(entry);
        });

        const auto newcomer = make_user(2);
        const auto new_app = make_application(2, newcomer.id);
        {
            auto uow = store->begin(ports::access::read_write);
            // Insert, update and delete in every table, then walk away without commit().
            uow->users().insert(newcomer);
            auto renamed = owner;
            renamed.username = "renamed";
            uow->users().update(renamed);
            uow->applications().insert(new_app);
            uow->stages().insert(make_stage(2, new_app.id));
            uow->outcomes().insert(make_outcome(2, new_app.id));
            uow->reflections().insert(make_reflection(2, new_app.id));
            uow->activity().append(make_activity(2, newcomer.id, new_app.id));
            uow->resumes().remove(resume.id);  // also unlinks app
            uow->applications().remove(app.id);  // also cascades
            CHECK_FALSE(uow->applications().find(app.id).has_value());
        }
        read(*store, [&](auto& uow) {
            CHECK(uow.users().find(owner.id) == owner);
            CHECK_FALSE(uow.users().find(newcomer.id).has_value());
            CHECK_FALSE(uow.users().find_by_username("renamed").has_value());
            CHECK(uow.resumes().find(resume.id) == resume);
            CHECK(uow.applications().find(app.id) == app);
            CHECK_FALSE(uow.applications().find(new_app.id).has_value());
            CHECK(uow.stages().list_for({app.id, new_app.id}) == std::vector{stage});
            CHECK(uow.outcomes().list_for({app.id, new_app.id}) == std::vector{outcome});
            CHECK(uow.reflections().list_for({app.id, new_app.id}) == std::vector{reflection});
            CHECK(uow.activity().list(owner.id, std::nullopt, {}) == std::vector{entry});
            CHECK(uow.activity().list(newcomer.id, std::nullopt, {}).empty());
            return 0;
        });
    }
}

TEST_CASE("unit of work: a failed write rolls back the unit's earlier writes too", "[contract][unit_of_work]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        write(*store, [&](auto& uow) { uow.users().insert(owner); });
        const auto newcomer = make_user(2);
        auto clash = make_user(3);
        clash.email = owner.email;
        {
            auto uow = store->begin(ports::access::read_write);
            uow->users().insert(newcomer);
            CHECK_THROWS_AS(uow->users().insert(clash), ports::unique_violation);
        }
        read(*store, [&](auto& uow) {
            CHECK(uow.users().find(owner.id) == owner);
            CHECK_FALSE(uow.users().find(newcomer.id).has_value());
            CHECK_FALSE(uow.users().find(clash.id).has_value());
            return 0;
        });
        // The store still works afterwards.
        write(*store, [&](auto& uow) { uow.users().insert(newcomer); });
        read(*store, [&](auto& uow) {
            CHECK(uow.users().find(newcomer.id) == newcomer);
            return 0;
        });
    }
}

TEST_CASE("unit of work: read_only units may be open together", "[contract][unit_of_work]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        write(*store, [&](auto& uow) { uow.users().insert(owner); });
        auto first = store->begin(ports::access::read_only);
        auto second = store->begin(ports::access::read_only);
        CHECK(first->users().find(owner.id) == owner);
        CHECK(second->users().find(owner.id) == owner);
    }
}

TEST_CASE("unit of work: a row whose parent is missing is refused with storage_error",
          "[contract][unit_of_work][foreign_keys]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto app = make_application(1, owner.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(app);
        });
        const auto no_user = uuid(table::user, 99);
        const auto no_app = uuid(table::application, 99);
        auto orphan_app = make_application(2, owner.id);
        orphan_app.resume_version_id = uuid(table::resume, 99);
        auto attempt = [&](auto write_it) {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(write_it(*uow), ports::storage_error);
        };
        attempt([&](auto& uow) { uow.resumes().insert(make_resume(1, no_user)); });
        attempt([&](auto& uow) { uow.applications().insert(make_application(3, no_user)); });
        attempt([&](auto& uow) { uow.applications().insert(orphan_app); });
        attempt([&](auto& uow) { uow.stages().insert(make_stage(1, no_app)); });
        attempt([&](auto& uow) { uow.outcomes().insert(make_outcome(1, no_app)); });
        attempt([&](auto& uow) { uow.reflections().insert(make_reflection(1, no_app)); });
        attempt([&](auto& uow) { uow.activity().append(make_activity(1, no_user)); });
        attempt([&](auto& uow) { uow.activity().append(make_activity(2, owner.id, no_app)); });
        read(*store, [&](auto& uow) {
            CHECK(uow.applications().list(owner.id, {}, {}) == std::vector{app});
            CHECK(uow.stages().list_for({no_app, app.id}).empty());
            CHECK(uow.activity().list(owner.id, std::nullopt, {}).empty());
            return 0;
        });
    }
}
