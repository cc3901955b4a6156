// Migration 004 against data written before it: post audiences back-filled from their groups, username keys
// filled by the migrator, and existing look-alike accounts kept (ranked, oldest first) without failing.
#include <catch2/catch.hpp>

#include <optional>
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

std::string at(int second) {
    return "2026-01-01T00:00:" + std::string(second < 10 ? "0" : "") + std::to_string(second) + ".000000Z";
}

// Bound values are locals: SOCI runs the statement when the expression ends, after temporaries are gone.
void add_user(soci::session& s, const std::string& id, const std::string& username, int created) {
    const std::string email = id + "@example.com";
    const std::string when = at(created);
    s << "INSERT INTO users (id, email, username, password_hash, created_at, updated_at) "
         "VALUES (:id, :email, :username, 'hash', :c, :u)",
        soci::use(id, "id"), soci::use(email, "email"), soci::use(username, "username"), soci::use(when, "c"),
        soci::use(when, "u");
}

// is_public as '0'/'1': SQLite's INTEGER column and PostgreSQL's boolean both take it.
void add_group(soci::session& s, const std::string& id, bool is_public, int created, int updated) {
    const std::string flag = is_public ? "1" : "0";
    const std::string c = at(created), u = at(updated);
    s << "INSERT INTO groups (id, name, created_by, is_public, created_at, updated_at) "
         "VALUES (:id, 'g', 'u-bob', :flag, :c, :u)",
        soci::use(id, "id"), soci::use(flag, "flag"), soci::use(c, "c"), soci::use(u, "u");
}

void add_post(soci::session& s, const std::string& id, std::optional<std::string> group_id, int created) {
    soci::indicator ind = group_id ? soci::i_ok : soci::i_null;
    std::string group = group_id.value_or("");
    const std::string when = at(created);
    s << "INSERT INTO shared_posts (id, user_id, group_id, content, created_at, updated_at) "
         "VALUES (:id, 'u-bob', :g, 'c', :c, :u)",
        soci::use(id, "id"), soci::use(group, ind, "g"), soci::use(when, "c"), soci::use(when, "u");
}

// username_key and username_key_rank of one user.
std::pair<std::string, long long> key_of(soci::session& s, const std::string& id) {
    std::string key;
    long long rank = -1;
    s << "SELECT username_key, username_key_rank FROM users WHERE id = :id", soci::use(id), soci::into(key),
        soci::into(rank);
    return {key, rank};
}

domain::user newcomer(const std::string& username) {
    domain::user u;
    u.id = "u-new-" + username;
    u.email = u.id + "@example.com";
    u.username = username;
    u.password_hash = "hash";
    return u;
}

}  // namespace

TEST_CASE("migration 004: back-fills post audiences and username keys; look-alikes keep their accounts",
          "[sql][migrations]") {
    for (auto& e : sql_test::engines()) DYNAMIC_SECTION(e.name) {
        auto store = e.make(false, 1);
        REQUIRE(store->sql().migrate(3).size() == 3);
        {
            auto s = raw_session(*store);
            add_user(*s, "u-bob", "bob", 1);
            add_user(*s, "u-alice", "Alice", 2);
            add_user(*s, "u-alice-2", "alice", 3);          // a look-alike registered before 004
            add_user(*s, "u-alice-3", "ALICE\u200b", 4);    // and one with an invisible tail
            add_user(*s, "u-strasse-late", "Stra\u00dfe", 6);
            add_user(*s, "u-strasse-early", "STRASSE", 5);  // older, though inserted later: it keeps the name
            add_group(*s, "g-private", false, 10, 10);
            add_group(*s, "g-public", true, 10, 10);       // never changed: public when every post was written
            add_group(*s, "g-changed", true, 10, 30);      // changed after p-changed: may have been private then
            add_post(*s, "p-plain", std::nullopt, 20);
            add_post(*s, "p-private", "g-private", 20);
            add_post(*s, "p-public", "g-public", 20);
            add_post(*s, "p-changed", "g-changed", 20);
            add_post(*s, "p-after-change", "g-changed", 40);
        }
        REQUIRE(store->sql().migrate().size() >= 1);

        auto s = raw_session(*store);
        using key = std::pair<std::string, long long>;
        CHECK(key_of(*s, "u-bob") == key{"bob", 0});
        CHECK(key_of(*s, "u-alice") == key{"alice", 0});
        CHECK(key_of(*s, "u-alice-2") == key{"alice", 1});
        CHECK(key_of(*s, "u-alice-3") == key{"alice", 2});
        CHECK(key_of(*s, "u-strasse-early") == key{"strasse", 0});
        CHECK(key_of(*s, "u-strasse-late") == key{"strasse", 1});

        using domain::post_audience;
        auto audience = [&](const std::string& id) {
            auto uow = store->begin(ports::access::read_only);
            auto p = uow->social().find_post(id);
            REQUIRE(p.has_value());
            return p->post.audience;
        };
        CHECK(audience("p-plain") == post_audience::anyone);
        CHECK(audience("p-private") == post_audience::group_members);
        CHECK(audience("p-public") == post_audience::anyone);
        CHECK(audience("p-changed") == post_audience::group_members);
        CHECK(audience("p-after-change") == post_audience::anyone);

        // The oldest is found by the name; a ranked look-alike still edits its profile, and a new case of its
        // own name keeps its rank.
        {
            auto uow = store->begin(ports::access::read_write);
            auto holder = uow->users().find_by_username("ALICE");
            REQUIRE(holder.has_value());
            CHECK(holder->id == "u-alice");
            auto late = uow->users().find("u-alice-2");
            REQUIRE(late.has_value());
            late->bio = "still here";
            late->username = "ALICE";
            uow->users().update(*late);
            uow->commit();
        }
        CHECK(key_of(*s, "u-alice-2") == key{"alice", 1});
        // New accounts cannot take the name, neither while its oldest holder has it (the index) nor after the
        // holder renamed itself (the look-up by key still finds the ranked look-alikes).
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->users().insert(newcomer("aLiCe")), ports::unique_violation);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            auto holder = uow->users().find("u-alice");
            REQUIRE(holder.has_value());
            holder->username = "alicia";
            uow->users().update(*holder);
            uow->commit();
        }
        CHECK(key_of(*s, "u-alice") == key{"alicia", 0});
        {
            auto uow = store->begin(ports::access::read_only);
            auto found = uow->users().find_by_username("alice");
            REQUIRE(found.has_value());
            CHECK(found->id == "u-alice-2");
            CHECK(found->bio == "still here");
        }
        // A ranked look-alike renaming to a new name takes rank 0 of that key.
        {
            auto uow = store->begin(ports::access::read_write);
            auto late = uow->users().find("u-alice-3");
            REQUIRE(late.has_value());
            late->username = "alice-three";
            uow->users().update(*late);
            uow->commit();
        }
        CHECK(key_of(*s, "u-alice-3") == key{"alice-three", 0});
        auto uow = store->begin(ports::access::read_write);
        CHECK_THROWS_AS(uow->users().insert(newcomer("Alice-Three")), ports::unique_violation);
    }
}
