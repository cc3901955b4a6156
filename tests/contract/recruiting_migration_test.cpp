// Migration 005 on a database at version 004 with seeker data in it, and the indexes its queries rely on.
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <offertracker/domain/user.hpp>

#include "recruiting_fixtures.hpp"
#include "sql_engines.hpp"

using namespace recruiting_contract;

namespace {

const std::vector<std::string> recruiting_tables{
    "recruiting_organizations", "recruiting_members",        "recruiting_jobs",
    "recruiting_candidates",    "recruiting_applications",   "recruiting_status_changes",
    "recruiting_match_logs",    "recruiting_webhooks",       "recruiting_webhook_deliveries",
    "recruiting_delivery_attempts"};

domain::user seeker(int n) {
    domain::user u;
    u.id = "00000001-0000-4000-8000-00000000000" + std::to_string(n);
    u.email = "seeker" + std::to_string(n) + "@example.com";
    u.username = "seeker" + std::to_string(n);
    u.password_hash = "hash";
    u.created_at = at(n);
    u.updated_at = at(n);
    return u;
}

}  // namespace

TEST_CASE("migration 005: applies on top of 004, keeps the seeker's data, and the Recruiting store works on it",
          "[contract][recruiting][migrations]") {
    for (auto& e : sql_test::engines()) DYNAMIC_SECTION(e.name) {
        auto store = e.make(false, 2);
        REQUIRE(store->sql().migrate(4).size() == 4);
        const auto user = seeker(1);
        {
            auto uow = store->begin(ports::access::read_write);
            uow->users().insert(user);
            uow->commit();
        }
        // Before 005 there is nothing to store Recruiting data in.
        {
            auto uow = store->sql().recruiting().begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->organizations().create(make_org(1)), ports::storage_error);
        }

        // Up to 005 only: later migrations have their own tests.
        const auto applied = store->sql().migrate(5);
        REQUIRE(applied.size() == 1);
        CHECK(applied[0] == adapters::sql::applied_migration{5, "recruiting"});
        CHECK(store->sql().applied_migrations().back() == adapters::sql::applied_migration{5, "recruiting"});
        CHECK(store->sql().migrate(5).empty());

        {
            auto uow = store->begin(ports::access::read_only);
            CHECK(uow->users().find(user.id) == user);
        }
        auto& recruiting = store->sql().recruiting();
        const auto org = write(recruiting, [](auto& uow) {
            const auto id = uow.organizations().create(make_org(1));
            CHECK(uow.lock_org(id));
            const auto job = uow.jobs().create(make_job(1, id));
            const auto cand = uow.candidates().create(make_candidate(1, id));
            uow.pipeline().create(make_application(id, job, cand));
            return id;
        });
        CHECK(org == 1);
        read(recruiting, [&](auto& uow) {
            CHECK(uow.pipeline().list(org, {}, {}).total == 1);
            return 0;
        });
        // Both surfaces on one pool: the seeker's units still work alongside.
        {
            auto uow = store->begin(ports::access::read_write);
            uow->users().insert(seeker(2));
            uow->commit();
        }
        // Every Recruiting table exists and holds what was written above, nothing else.
        soci::session raw;
        if (store->sql().kind() == adapters::sql::engine::sqlite)
            raw.open(soci::sqlite3, store->url().substr(std::string{"sqlite://"}.size()));
        else
            raw.open(soci::postgresql, sql_test::soci_postgresql_target(store->url()));
        for (const auto& table : recruiting_tables) {
            long long rows = -1;
            raw << "SELECT COUNT(*) FROM " + table, soci::into(rows);
            INFO(table);
            const bool written = table == "recruiting_organizations" || table == "recruiting_jobs" ||
                                 table == "recruiting_candidates" || table == "recruiting_applications";
            CHECK(rows == (written ? 1 : 0));
        }
    }
}

TEST_CASE("migration 005 (SQLite): the repositories' look-ups and lists use its indexes", "[recruiting][sqlite]") {
    auto store = sql_test::temporary_sqlite_store();
    soci::session raw(soci::sqlite3, store->url().substr(std::string{"sqlite://"}.size()));
    auto plan = [&](const std::string& sql) {
        std::string out;
        soci::rowset<soci::row> rows = (raw.prepare << "EXPLAIN QUERY PLAN " + sql);
        for (const auto& row : rows) out += row.get<std::string>(3) + "\n";
        return out;
    };
    const std::vector<std::pair<std::string, std::string>> cases{
        {"SELECT id FROM recruiting_members WHERE lower(email) = 'a@example.com'", "recruiting_members_email_idx"},
        {"SELECT id FROM recruiting_jobs WHERE org_id = 1 ORDER BY id DESC LIMIT 10", "INDEX"},
        {"SELECT id FROM recruiting_candidates WHERE org_id = 1 AND id <> 0 AND (lower(email) = 'a@b.c') ORDER BY id",
         "recruiting_candidates_email_idx"},
        {"SELECT id FROM recruiting_applications WHERE org_id = 1 AND candidate_id = 2 ORDER BY id DESC",
         "recruiting_applications_candidate_idx"},
        {"SELECT id FROM recruiting_webhook_deliveries WHERE state = 'pending' AND "
         "next_attempt_at <= '2026-01-01T00:00:00.000000Z' ORDER BY next_attempt_at, id LIMIT 10",
         "recruiting_webhook_deliveries_due_idx"},
        {"SELECT id FROM recruiting_delivery_attempts WHERE org_id = 1 AND delivery_id = 2 ORDER BY id",
         "recruiting_delivery_attempts_delivery_idx"},
    };
    for (const auto& [sql, index] : cases) {
        const auto text = plan(sql);
        INFO(sql << "\n" << text);
        CHECK(text.find(index) != std::string::npos);
        CHECK(text.find("USE TEMP B-TREE") == std::string::npos);
    }
}
