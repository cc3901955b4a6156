// Contract of ports::activity_repository, run against every store.
#include <catch2/catch.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

TEST_CASE("activity: append then list returns every field", "[contract][activity]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto app = make_application(1, owner.id);
        const auto general = make_activity(1, owner.id);  // no application, default metadata "{}"
        auto full = make_activity(2, owner.id, app.id);
        full.action = "Stage Added";
        full.description = "Entretien « technique » — 東京 🚀\nsecond line";
        full.metadata_json = R"({"from":"Applied", "to" : "Interviewing","n":3,"ok":true,"s":"100%_\"q\""})";
        full.created_at = at(1, 999999);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(app);
            uow.activity().append(general);
            uow.activity().append(full);
        });
        const auto rows = read(*store, [&](auto& uow) { return uow.activity().list(owner.id, std::nullopt, {}); });
        REQUIRE(rows.size() == 2);
        CHECK(rows[0] == general);  // created later (600s vs 1s): newest first
        CHECK(rows[1] == full);
    }
}

TEST_CASE("activity: list is the user's, newest first then id desc, optionally one application's, paged",
          "[contract][activity]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        const auto a1 = make_application(1, owner.id);
        const auto a2 = make_application(2, owner.id);
        const auto foreign_app = make_application(3, other.id);
        auto entry = [&](int n, const domain::id& user, std::optional<domain::id> app, long long second,
                         long long micros = 0) {
            auto e = make_activity(n, user, std::move(app));
            e.created_at = at(second, micros);
            return e;
        };
        const auto e1 = entry(1, owner.id, a1.id, 10);
        const auto e2 = entry(2, owner.id, std::nullopt, 30);
        const auto e3 = entry(3, owner.id, a2.id, 30);  // ties e2: id desc puts e3 first
        const auto e4 = entry(4, owner.id, a1.id, 30, 1);
        const auto e5 = entry(5, owner.id, a1.id, 20);
        const auto e6 = entry(6, other.id, foreign_app.id, 25);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            for (const auto& a : {a1, a2, foreign_app}) uow.applications().insert(a);
            for (const auto& e : {e5, e2, e6, e1, e4, e3}) uow.activity().append(e);
        });
        auto list = [&](const domain::id& user, std::optional<domain::id> app, ports::page p = {}) {
            return read(*store, [&](auto& uow) { return ids_of(uow.activity().list(user, app, p)); });
        };
        using ids = std::vector<domain::id>;
        CHECK(list(owner.id, std::nullopt) == ids{e4.id, e3.id, e2.id, e5.id, e1.id});
        CHECK(list(owner.id, a1.id) == ids{e4.id, e5.id, e1.id});
        CHECK(list(owner.id, a2.id) == ids{e3.id});
        CHECK(list(owner.id, foreign_app.id).empty());  // another user's application
        CHECK(list(other.id, std::nullopt) == ids{e6.id});
        CHECK(list(uuid(table::user, 99), std::nullopt).empty());
        CHECK(list(owner.id, std::nullopt, {1, 3}) == ids{e3.id, e2.id, e5.id});
        CHECK(list(owner.id, std::nullopt, {4, 3}) == ids{e1.id});
        CHECK(list(owner.id, std::nullopt, {5, 3}).empty());
        CHECK(list(owner.id, std::nullopt, {0, 0}).empty());
        CHECK(list(owner.id, a1.id, {1, 1}) == ids{e5.id});  // paged after filtering
    }
}

TEST_CASE("activity: a taken id throws unique_violation", "[contract][activity]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto first = make_activity(1, owner.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.activity().append(first);
        });
        auto twin = make_activity(2, owner.id);
        twin.id = first.id;
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->activity().append(twin), ports::unique_violation);
        }
        const auto rows = read(*store, [&](auto& uow) { return uow.activity().list(owner.id, std::nullopt, {}); });
        CHECK(rows == std::vector{first});
    }
}
