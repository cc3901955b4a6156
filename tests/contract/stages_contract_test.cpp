// Contract of ports::stage_repository, run against every store.
#include <catch2/catch.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

TEST_CASE("stages: insert then find returns every field", "[contract][stages]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto app = make_application(1, owner.id);
        const auto minimal = make_stage(1, app.id);  // no questions: an empty list, never null
        auto full = make_stage(2, app.id);
        full.stage_name = "Entretien technique — 面接 🚀";
        full.stage_type = domain::stage_type::system_design;
        full.stage_date = day(2024, 2, 29);
        full.result = domain::stage_result::passed;
        full.duration_minutes = 90;
        full.interviewer_names = "Zoë, Ødegaard";
        full.prep_notes = "Read \"DDIA\"\nch. 5";
        full.questions_asked = {"Design a URL shortener", "What's a \"monad\", really?", "a,b;c", "line1\nline2",
                                "東京 🚀", "[\"not\", \"json\"]", "", "\\"};
        full.notes = "100% _done_";
        full.created_at = at(9, 500001);
        full.updated_at = at(10, 2);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(app);
            uow.stages().insert(minimal);
            uow.stages().insert(full);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.stages().find(minimal.id) == minimal);
            CHECK(uow.stages().find(full.id) == full);
            CHECK_FALSE(uow.stages().find(uuid(table::stage, 99)).has_value());
            return 0;
        });
    }
}

TEST_CASE("stages: every stage type and result round-trips", "[contract][stages]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto app = make_application(1, owner.id);
        std::vector<domain::stage> rows;
        const auto& types = domain::enum_strings<domain::stage_type>::values;
        const auto& results = domain::enum_strings<domain::stage_result>::values;
        for (std::size_t i = 0; i < types.size(); ++i) {
            auto s = make_stage(static_cast<int>(i) + 1, app.id);
            s.stage_type = types[i].first;
            s.result = results[i % results.size()].first;
            rows.push_back(s);
        }
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(app);
            for (const auto& s : rows) uow.stages().insert(s);
        });
        read(*store, [&](auto& uow) {
            for (const auto& s : rows) CHECK(uow.stages().find(s.id) == s);
            return 0;
        });
    }
}

TEST_CASE("stages: list_for returns the named applications' stages, oldest first then by id",
          "[contract][stages]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto a1 = make_application(1, owner.id);
        const auto a2 = make_application(2, owner.id);
        const auto a3 = make_application(3, owner.id);
        auto s1 = make_stage(1, a1.id);
        auto s2 = make_stage(2, a2.id);
        auto s3 = make_stage(3, a1.id);
        auto s4 = make_stage(4, a3.id);
        auto s5 = make_stage(5, a2.id);
        s1.created_at = at(50);
        s2.created_at = at(40, 1);
        s3.created_at = at(40);  // s3 and s5 tie: id decides
        s5.created_at = at(40);
        s4.created_at = at(10);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            for (const auto& a : {a1, a2, a3}) uow.applications().insert(a);
            for (const auto& s : {s5, s4, s1, s3, s2}) uow.stages().insert(s);
        });
        auto list_for = [&](std::vector<domain::id> ids) {
            return read(*store, [&](auto& uow) { return ids_of(uow.stages().list_for(ids)); });
        };
        using ids = std::vector<domain::id>;
        CHECK(list_for({}).empty());
        CHECK(list_for({a1.id}) == ids{s3.id, s1.id});
        CHECK(list_for({a1.id, a2.id}) == ids{s3.id, s5.id, s2.id, s1.id});
        CHECK(list_for({a2.id, a1.id, uuid(table::application, 99)}) == ids{s3.id, s5.id, s2.id, s1.id});
        CHECK(list_for({a3.id, a2.id, a1.id}) == ids{s4.id, s3.id, s5.id, s2.id, s1.id});
        CHECK(list_for({uuid(table::application, 99)}).empty());

        const auto rows = read(*store, [&](auto& uow) { return uow.stages().list_for({a3.id}); });
        CHECK(rows == std::vector{s4});
    }
}

TEST_CASE("stages: update replaces every field, remove deletes; absent ids are no-ops", "[contract][stages]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto app = make_application(1, owner.id);
        auto original = make_stage(1, app.id);
        original.stage_type = domain::stage_type::panel;
        original.duration_minutes = 45;
        original.questions_asked = {"one", "two"};
        original.notes = "old";
        const auto doomed = make_stage(2, app.id);
        const auto kept = make_stage(3, app.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(app);
            for (const auto& s : {original, doomed, kept}) uow.stages().insert(s);
        });
        auto changed = make_stage(1, app.id);
        changed.stage_name = "Renamed";
        changed.stage_date = day(2027, 1, 1);
        changed.result = domain::stage_result::failed;
        changed.questions_asked = {"three"};
        changed.created_at = original.created_at;
        changed.updated_at = at(777, 7);
        write(*store, [&](auto& uow) {
            uow.stages().update(changed);
            uow.stages().update(make_stage(4, app.id));
            uow.stages().remove(doomed.id);
            uow.stages().remove(uuid(table::stage, 5));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.stages().find(original.id) == changed);
            CHECK_FALSE(uow.stages().find(doomed.id).has_value());
            CHECK(uow.stages().find(kept.id) == kept);
            CHECK_FALSE(uow.stages().find(uuid(table::stage, 4)).has_value());
            CHECK(ids_of(uow.stages().list_for({app.id})) == std::vector{original.id, kept.id});
            return 0;
        });
    }
}

TEST_CASE("stages: a taken id throws unique_violation", "[contract][stages]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto app = make_application(1, owner.id);
        const auto first = make_stage(1, app.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(app);
            uow.stages().insert(first);
        });
        auto twin = make_stage(2, app.id);
        twin.id = first.id;
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->stages().insert(twin), ports::unique_violation);
        }
        read(*store, [&](auto& uow) {
            CHECK(uow.stages().find(first.id) == first);
            return 0;
        });
    }
}
