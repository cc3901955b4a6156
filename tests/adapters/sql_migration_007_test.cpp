// Migration 007 (the Pipeline) on a database at version 006 with applications in it: their rows keep their data,
// gain the Pipeline columns empty, and those with a url get its url_key (the migrator's C++ data step), so
// find_by_url finds jobs stored before the Pipeline existed.
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

domain::user seeker() {
    domain::user u;
    u.id = "00000001-0000-4000-8000-000000000001";
    u.email = "seeker@example.com";
    u.username = "seeker";
    u.password_hash = "hash";
    u.created_at = domain::timestamp{std::chrono::sys_days{std::chrono::year{2026} / 3 / 1}};
    u.updated_at = u.created_at;
    return u;
}

std::string app_id(int n) { return "00000003-0000-4000-8000-00000000000" + std::to_string(n); }

}  // namespace

TEST_CASE("migration 007: applies on top of 006 and fills the url_key of existing applications",
          "[sql][migrations][pipeline]") {
    for (auto& e : sql_test::engines()) DYNAMIC_SECTION(e.name) {
        auto store = e.make(false, 1);
        REQUIRE(store->sql().migrate(6).size() == 6);
        const auto user = seeker();
        {
            auto uow = store->begin(ports::access::read_write);
            uow->users().insert(user);
            uow->commit();
        }
        {  // Version 006 rows, written as the 006 schema has them (the repository writes 007's columns).
            auto raw = raw_session(*store);
            const std::vector<std::pair<std::string, std::optional<std::string>>> rows{
                {app_id(1), "https://Jobs.Example.com/a/?utm_source=x&b=2&a=1#top"},
                {app_id(2), std::nullopt},
                {app_id(3), "not a url at all"},
            };
            for (const auto& [id, url] : rows) {
                std::string id_text = id, user_id = user.id, url_text = url.value_or("");
                soci::indicator url_ind = url ? soci::i_ok : soci::i_null;
                *raw << "INSERT INTO applications (id, user_id, company_name, role_title, url, created_at, updated_at) "
                        "SELECT :id, id, 'Acme', 'Engineer', :url, created_at, updated_at FROM users WHERE id = :uid",
                    soci::use(id_text, "id"), soci::use(url_text, url_ind, "url"), soci::use(user_id, "uid");
            }
        }
        const auto applied = store->sql().migrate(7);
        REQUIRE(applied.size() == 1);
        CHECK(applied[0].version == 7);
        CHECK(store->sql().migrate(7).empty());

        auto raw = raw_session(*store);
        auto key_of = [&](const std::string& id) {
            std::string key;
            soci::indicator ind = soci::i_null;
            *raw << "SELECT url_key FROM applications WHERE id = :id", soci::into(key, ind), soci::use(id, "id");
            return ind == soci::i_ok ? std::optional{key} : std::nullopt;
        };
        CHECK(key_of(app_id(1)) == std::optional<std::string>{"https://jobs.example.com/a?a=1&b=2"});
        CHECK(key_of(app_id(2)) == std::nullopt);
        CHECK(key_of(app_id(3)) == std::nullopt);

        auto uow = store->begin(ports::access::read_only);
        const auto found = uow->applications().find_by_url(user.id, "https://jobs.example.com/a?b=2&a=1");
        REQUIRE(found.has_value());
        CHECK(found->id == app_id(1));
        CHECK(found->url == "https://Jobs.Example.com/a/?utm_source=x&b=2&a=1#top");
        CHECK(found->company_name == "Acme");
        CHECK_FALSE(found->deleted_at.has_value());
        CHECK_FALSE(found->ai_match_score.has_value());
        CHECK(uow->applications().list_all(user.id).size() == 3);
    }
}
