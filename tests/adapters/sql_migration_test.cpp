// Migrations: applied in order, recorded, idempotent, and applied once when several processes race.
#include <catch2/catch.hpp>

#include <future>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>
#include <thread>

#include <offertracker/schema/migrations.hpp>

#include "sql_engines.hpp"

using namespace offertracker;
using adapters::sql::applied_migration;

namespace {

std::vector<applied_migration> compiled(adapters::sql::engine e) {
    std::vector<applied_migration> out;
    const auto all = e == adapters::sql::engine::sqlite ? schema::sqlite_migrations() : schema::postgresql_migrations();
    for (const auto& m : all) out.push_back({m.version, std::string{m.name}});
    return out;
}

}  // namespace

TEST_CASE("schema: both engines carry the same numbered migrations, in order", "[sql][migrations]") {
    const auto sqlite = compiled(adapters::sql::engine::sqlite);
    CHECK(sqlite == compiled(adapters::sql::engine::postgresql));
    REQUIRE_FALSE(sqlite.empty());
    CHECK(sqlite.front() == applied_migration{1, "accounts_and_applications"});
    for (std::size_t i = 1; i < sqlite.size(); ++i) CHECK(sqlite[i - 1].version < sqlite[i].version);
}

TEST_CASE("migrate: applies everything once, records it, and is idempotent", "[sql][migrations]") {
    for (auto& e : sql_test::engines()) DYNAMIC_SECTION(e.name) {
        auto store = e.make(false, 2);
        CHECK(store->sql().applied_migrations().empty());
        const auto expected = compiled(store->sql().kind());
        CHECK(store->sql().migrate() == expected);
        CHECK(store->sql().applied_migrations() == expected);
        CHECK(store->sql().migrate().empty());
        CHECK(store->sql().applied_migrations() == expected);
        // A second store on the same database finds nothing to do.
        adapters::sql::sql_store again(store->url(), 1);
        CHECK(again.migrate().empty());
        // And the schema is usable.
        auto uow = store->begin(ports::access::read_only);
        CHECK(uow->users().search_public("", {}).empty());
    }
}

TEST_CASE("migrate: concurrent migrators apply each migration exactly once", "[sql][migrations]") {
    for (auto& e : sql_test::engines()) DYNAMIC_SECTION(e.name) {
        auto store = e.make(false, 1);
        constexpr int racers = 4;
        std::vector<std::unique_ptr<adapters::sql::sql_store>> stores;
        for (int i = 0; i < racers; ++i) stores.push_back(std::make_unique<adapters::sql::sql_store>(store->url(), 1));
        std::vector<std::future<std::vector<applied_migration>>> results;
        for (auto& s : stores) results.push_back(std::async(std::launch::async, [&s] { return s->migrate(); }));
        std::vector<applied_migration> all;
        for (auto& r : results) {
            auto applied = r.get();
            all.insert(all.end(), applied.begin(), applied.end());
        }
        std::ranges::sort(all, {}, &applied_migration::version);
        CHECK(all == compiled(store->sql().kind()));
        CHECK(store->sql().applied_migrations() == compiled(store->sql().kind()));
    }
}

TEST_CASE("sqlite: the file is in WAL mode with the pragmas the store promises", "[sql][sqlite]") {
    auto store = sql_test::temporary_sqlite_store();
    const std::string path = store->url().substr(std::string{"sqlite://"}.size());
    // journal_mode=WAL is persistent in the file, so a separate connection sees it.
    soci::session s(soci::sqlite3, path);
    std::string mode;
    s << "PRAGMA journal_mode", soci::into(mode);
    CHECK(mode == "wal");
    std::string applied_at;
    s << "SELECT applied_at FROM schema_migrations WHERE version = 1", soci::into(applied_at);
    CHECK(domain::parse_timestamp(applied_at).has_value());
}
