// Migration 006 (interview prep) on a database at version 005 with data in it; deleting an account takes its practice
// sessions, their turns and its browser sessions (the ports cannot delete a user, so plain SQL does); and the
// repositories' queries use the migration's indexes.
#include <catch2/catch.hpp>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <offertracker/ports/storage_error.hpp>

#include "sql_engines.hpp"

using namespace offertracker;

namespace {

std::unique_ptr<soci::session> raw_session(sql_test::temporary_store& store) {
    if (store.sql().kind() == adapters::sql::engine::sqlite) {
        auto s = std::make_unique<soci::session>(soci::sqlite3, store.url().substr(std::string{"sqlite://"}.size()));
        *s << "PRAGMA foreign_keys = ON";
        return s;
    }
    return std::make_unique<soci::session>(soci::postgresql, sql_test::soci_postgresql_target(store.url()));
}

domain::timestamp at(int seconds) {
    using namespace std::chrono;
    return domain::timestamp{sys_days{2026y / March / 1} + std::chrono::seconds{seconds}};
}

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

prep::practice_session practice(const domain::id& user_id, int n) {
    prep::practice_session s;
    s.user_id = user_id;
    s.job_title = "Engineer";
    s.company_name = "Co " + std::to_string(n);
    s.created_at = at(100 + n);
    return s;
}

prep::turn turn_of(prep::session_id id, int position) {
    prep::turn t;
    t.session = id;
    t.position = position;
    t.question = "Why?";
    t.topic = "ownership";
    t.asked_at = at(200 + position);
    return t;
}

long long rows_in(soci::session& s, const std::string& table) {
    long long n = -1;
    s << "SELECT COUNT(*) FROM " + table, soci::into(n);
    return n;
}

}  // namespace

TEST_CASE("migration 006: applies on top of 005 and keeps the seeker's data", "[sql][migrations][prep]") {
    for (auto& e : sql_test::engines()) DYNAMIC_SECTION(e.name) {
        auto store = e.make(false, 1);
        REQUIRE(store->sql().migrate(5).size() == 5);
        const auto user = seeker(1);
        {
            auto uow = store->begin(ports::access::read_write);
            uow->users().insert(user);
            uow->commit();
        }
        {  // Before 006 there is nothing to store a practice session in.
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->prep().create(practice(user.id, 1)), ports::storage_error);
        }
        const auto applied = store->sql().migrate(6);
        REQUIRE(applied.size() == 1);
        CHECK(applied[0] == adapters::sql::applied_migration{6, "interview_prep"});
        CHECK(store->sql().migrate(6).empty());

        auto uow = store->begin(ports::access::read_write);
        CHECK(uow->users().find(user.id) == user);
        CHECK(uow->prep().create(practice(user.id, 1)) == 1);
    }
}

TEST_CASE("prep on SQL: deleting the account deletes its practice sessions, their turns and its browser sessions",
          "[sql][prep]") {
    for (auto& e : sql_test::engines()) DYNAMIC_SECTION(e.name) {
        auto store = e.make(true, 1);
        const auto gone = seeker(1);
        const auto kept = seeker(2);
        {
            auto uow = store->begin(ports::access::read_write);
            uow->users().insert(gone);
            uow->users().insert(kept);
            const auto a = uow->prep().create(practice(gone.id, 1));
            const auto b = uow->prep().create(practice(kept.id, 2));
            for (int i = 0; i < 3; ++i) uow->prep().put_turn(turn_of(a, i));
            uow->prep().put_turn(turn_of(b, 0));
            uow->browser_sessions().insert({std::string(64, 'a'), gone.id, at(1), at(1000)});
            uow->browser_sessions().insert({std::string(64, 'b'), kept.id, at(1), at(1000)});
            uow->commit();
        }
        auto raw = raw_session(*store);
        const std::string id = gone.id;
        *raw << "DELETE FROM users WHERE id = :id", soci::use(id, "id");
        CHECK(rows_in(*raw, "prep_sessions") == 1);
        CHECK(rows_in(*raw, "prep_turns") == 1);
        CHECK(rows_in(*raw, "browser_sessions") == 1);
        auto uow = store->begin(ports::access::read_only);
        CHECK_FALSE(uow->prep().owner_of(1).has_value());
        CHECK(uow->prep().owner_of(2) == kept.id);
        CHECK(uow->prep().turns(2).size() == 1);
        CHECK(uow->browser_sessions().find(std::string(64, 'b')).has_value());
    }
}

TEST_CASE("migration 006 (SQLite): the repositories' look-ups and lists use its indexes", "[sql][prep][sqlite]") {
    auto store = sql_test::temporary_sqlite_store();
    soci::session raw(soci::sqlite3, store->url().substr(std::string{"sqlite://"}.size()));
    auto plan = [&](const std::string& sql) {
        std::string out;
        soci::rowset<soci::row> rows = (raw.prepare << "EXPLAIN QUERY PLAN " + sql);
        for (const auto& row : rows) out += row.get<std::string>(3) + "\n";
        return out;
    };
    const std::vector<std::pair<std::string, std::string>> cases{
        {"SELECT id FROM prep_sessions WHERE user_id = 'u' ORDER BY created_at DESC, id DESC LIMIT 5 OFFSET 0",
         "prep_sessions_user_created_idx"},
        {"SELECT COUNT(*) FROM prep_sessions WHERE user_id = 'u'", "prep_sessions_user_created_idx"},
        {"SELECT id FROM prep_sessions WHERE application_id = 'a'", "prep_sessions_application_idx"},
        {"SELECT question FROM prep_turns WHERE session_id = 1 ORDER BY position", "INDEX"},
        {"SELECT key_digest FROM browser_sessions WHERE user_id = 'u'", "browser_sessions_user_idx"},
        {"SELECT key_digest FROM browser_sessions WHERE expires_at <= '2026-01-01T00:00:00.000000Z'",
         "browser_sessions_expires_idx"},
    };
    for (const auto& c : cases) {
        const auto text = plan(c.first);
        INFO(c.first << "\n" << text);
        CHECK(text.find(c.second) != std::string::npos);
        CHECK(text.find("USE TEMP B-TREE") == std::string::npos);
    }
}
