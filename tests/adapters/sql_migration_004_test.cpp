// Migration 004 against data written before it: post audiences back-filled from their groups, username keys
// filled by the migrator, and existing look-alike accounts kept (the oldest holds the key) without failing.
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

std::optional<std::string> key_of(soci::session& s, const std::string& id) {
    std::string key;
    soci::indicator ind = soci::i_null;
    s << "SELECT username_key FROM users WHERE id = :id", soci::use(id), soci::into(key, ind);
    if (ind == soci::i_null) return std::nullopt;
    return key;
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
        CHECK(key_of(*s, "u-bob") == "bob");
        CHECK(key_of(*s, "u-alice") == "alice");
        CHECK(key_of(*s, "u-alice-2") == std::nullopt);
        CHECK(key_of(*s, "u-alice-3") == std::nullopt);
        CHECK(key_of(*s, "u-strasse-early") == "strasse");
        CHECK(key_of(*s, "u-strasse-late") == std::nullopt);

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

        // The key holder is the name; a look-alike without a key still updates its profile, and gets a key
        // when it renames itself.
        {
            auto uow = store->begin(ports::access::read_write);
            auto holder = uow->users().find_by_username("ALICE");
            REQUIRE(holder.has_value());
            CHECK(holder->id == "u-alice");
            auto late = uow->users().find("u-alice-2");
            REQUIRE(late.has_value());
            late->bio = "still here";
            uow->users().update(*late);
            uow->commit();
        }
        CHECK(key_of(*s, "u-alice-2") == std::nullopt);
        {
            auto uow = store->begin(ports::access::read_write);
            auto late = uow->users().find("u-alice-2");
            REQUIRE(late.has_value());
            CHECK(late->bio == "still here");
            late->username = "alice-two";
            uow->users().update(*late);
            uow->commit();
        }
        CHECK(key_of(*s, "u-alice-2") == "alice-two");
        // New accounts cannot take a look-alike of a kept name.
        domain::user newcomer;
        newcomer.id = "u-new";
        newcomer.email = "new@example.com";
        newcomer.username = "aLiCe";
        newcomer.password_hash = "hash";
        auto uow = store->begin(ports::access::read_write);
        CHECK_THROWS_AS(uow->users().insert(newcomer), ports::unique_violation);
    }
}
