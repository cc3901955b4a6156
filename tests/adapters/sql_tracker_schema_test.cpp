// Migration 002 beyond the port contracts: deleting a user removes every issue-3 row (no port deletes users,
// so this is checked with plain SQL), and unique violations on the new keys reveal no bound values.
#include <catch2/catch.hpp>

#include <chrono>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <offertracker/ports/storage_error.hpp>

#include "sql_engines.hpp"

using namespace offertracker;
using namespace std::chrono_literals;

namespace {

domain::timestamp at(int seconds) {
    return domain::timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 22} + 10h + std::chrono::seconds{seconds}};
}

domain::user user_n(int n) {
    domain::user u;
    u.id = "u" + std::to_string(n);
    u.email = "u" + std::to_string(n) + "@example.com";
    u.username = "u" + std::to_string(n);
    u.password_hash = "hash";
    u.created_at = u.updated_at = at(n);
    return u;
}

// A second connection to the store's database, outside the port (SQLite: with foreign keys on, which is
// per connection).
std::unique_ptr<soci::session> raw_session(sql_test::temporary_store& store) {
    if (store.sql().kind() == adapters::sql::engine::sqlite) {
        auto s = std::make_unique<soci::session>(soci::sqlite3, store.url().substr(std::string{"sqlite://"}.size()));
        *s << "PRAGMA foreign_keys = ON";
        return s;
    }
    return std::make_unique<soci::session>(soci::postgresql, sql_test::soci_postgresql_target(store.url()));
}

long long rows_of(soci::session& s, const std::string& table, const std::string& user_id) {
    long long n = -1;
    s << "SELECT COUNT(*) FROM " + table + " WHERE user_id = :u", soci::use(user_id), soci::into(n);
    return n;
}

}  // namespace

TEST_CASE("sql_store: deleting a user deletes their rows in every issue-3 table, and only theirs", "[sql][store]") {
    for (auto& e : sql_test::engines()) DYNAMIC_SECTION(e.name) {
        auto store = e.make(true, 1);
        const auto doomed = user_n(1);
        const auto kept = user_n(2);
        {
            auto uow = store->begin(ports::access::read_write);
            for (const auto& u : {doomed, kept}) {
                uow->users().insert(u);
                domain::application a;
                a.id = "a-" + u.id;
                a.user_id = u.id;
                a.company_name = "C";
                a.role_title = "R";
                a.created_at = a.updated_at = at(1);
                uow->applications().insert(a);
                domain::contact c;
                c.id = "c-" + u.id;
                c.user_id = u.id;
                c.application_id = a.id;
                c.name = "N";
                c.created_at = c.updated_at = at(1);
                uow->contacts().insert(c);
                domain::document d;
                d.id = "d-" + u.id;
                d.user_id = u.id;
                d.application_id = a.id;
                d.name = "D";
                d.created_at = d.updated_at = at(1);
                uow->documents().insert(d);
                domain::reminder r;
                r.id = "r-" + u.id;
                r.user_id = u.id;
                r.title = "T";
                r.remind_at = r.created_at = r.updated_at = at(1);
                uow->reminders().insert(r);
                domain::tag t;
                t.id = "t-" + u.id;
                t.user_id = u.id;
                t.name = "tag";
                t.created_at = at(1);
                uow->tags().insert(t);
                uow->tags().assign({"l-" + u.id, u.id, a.id, t.id, at(1)});
                domain::saved_job j;
                j.id = "j-" + u.id;
                j.user_id = u.id;
                j.company_name = "C";
                j.created_at = j.updated_at = at(1);
                uow->saved_jobs().insert(j);
                uow->progress().award(
                    {"m-" + u.id, u.id, std::string{domain::milestone_definitions[0].id}, at(1)});
            }
            uow->commit();
        }
        const std::vector<std::string> tables{"contacts", "application_documents", "reminders", "tags",
                                              "application_tags", "saved_jobs", "user_milestones"};
        auto raw = raw_session(*store);
        for (const auto& table : tables) {
            INFO(table);
            CHECK(rows_of(*raw, table, doomed.id) == 1);
        }
        *raw << "DELETE FROM users WHERE id = :id", soci::use(doomed.id);
        for (const auto& table : tables) {
            INFO(table);
            CHECK(rows_of(*raw, table, doomed.id) == 0);
            CHECK(rows_of(*raw, table, kept.id) == 1);
        }
        long long milestones = 0;
        *raw << "SELECT COUNT(*) FROM milestones", soci::into(milestones);
        CHECK(milestones == 12);  // the catalogue is nobody's
    }
}

TEST_CASE("sql_store: a duplicate tag name or assignment is a unique_violation naming no value", "[sql][store]") {
    for (auto& e : sql_test::engines()) DYNAMIC_SECTION(e.name) {
        auto store = e.make(true, 1);
        const auto u = user_n(1);
        domain::application a;
        a.id = "a1";
        a.user_id = u.id;
        a.company_name = "C";
        a.role_title = "R";
        a.created_at = a.updated_at = at(1);
        domain::tag t;
        t.id = "t1";
        t.user_id = u.id;
        t.name = "SECRET-TAG-NAME";
        t.created_at = at(1);
        {
            auto uow = store->begin(ports::access::read_write);
            uow->users().insert(u);
            uow->applications().insert(a);
            uow->tags().insert(t);
            uow->tags().assign({"l1", u.id, a.id, t.id, at(1)});
            uow->commit();
        }
        {
            auto uow = store->begin(ports::access::read_write);
            auto twin = t;
            twin.id = "t2";
            try {
                uow->tags().insert(twin);
                FAIL("duplicate tag name accepted");
            } catch (const ports::unique_violation& err) {
                const std::string what = err.what();
                CHECK(what.find("tags.insert") != std::string::npos);
                CHECK(what.find(t.name) == std::string::npos);
            }
        }
        {
            auto uow = store->begin(ports::access::read_write);
            try {
                uow->tags().assign({"l2", u.id, a.id, t.id, at(2)});
                FAIL("second assignment accepted");
            } catch (const ports::unique_violation& err) {
                CHECK(std::string{err.what()}.find("application_tags.assign") != std::string::npos);
            }
        }
    }
}
