// database_url parsing and the sql_store constructor's failures.
#include <catch2/catch.hpp>

#include <filesystem>
#include <stdexcept>

#include <offertracker/adapters/sql/database_url.hpp>
#include <offertracker/adapters/sql/sql_store.hpp>
#include <offertracker/ports/storage_error.hpp>

#include "sql_test_databases.hpp"

using namespace offertracker;
using adapters::sql::engine;
using adapters::sql::parse_database_url;

TEST_CASE("database_url: sqlite paths, relative and absolute", "[sql][url]") {
    auto relative = parse_database_url("sqlite://data/offertracker.db");
    CHECK(relative.kind == engine::sqlite);
    CHECK(relative.target == "data/offertracker.db");
    auto absolute = parse_database_url("sqlite:///var/lib/offertracker/app.db");
    CHECK(absolute.kind == engine::sqlite);
    CHECK(absolute.target == "/var/lib/offertracker/app.db");
}

TEST_CASE("database_url: postgresql URLs pass through unchanged", "[sql][url]") {
    const std::string url = "postgresql://user:secret@db.example:5433/offers?sslmode=require";
    auto parsed = parse_database_url(url);
    CHECK(parsed.kind == engine::postgresql);
    CHECK(parsed.target == url);
    CHECK(parse_database_url("postgres://localhost/db").kind == engine::postgresql);
}

TEST_CASE("database_url: malformed URLs are refused without echoing them", "[sql][url]") {
    for (const char* bad : {"", "sqlite://", "sqlite://:memory:", "sqlite://a=b.db", "mysql://user:secret@h/db",
                            "SQLITE://x.db", "file.db", "postgresql:/missing-slash"}) {
        INFO(bad);
        try {
            parse_database_url(bad);
            FAIL("accepted");
        } catch (const std::invalid_argument& e) {
            CHECK(std::string{e.what()}.find("secret") == std::string::npos);
        }
    }
}

TEST_CASE("sql_store: bad settings fail at construction", "[sql][url]") {
    CHECK_THROWS_AS(adapters::sql::sql_store("mysql://x", 1), std::invalid_argument);
    const std::string dir = sql_test::fresh_temp_dir();
    CHECK_THROWS_AS(adapters::sql::sql_store("sqlite://" + dir + "/x.db", 0), std::invalid_argument);
    // Nothing listens on port 1: a clear storage_error, and the password is not in the message.
    try {
        adapters::sql::sql_store store("postgresql://user:hunter2@127.0.0.1:1/db?connect_timeout=2", 1);
        FAIL("connected");
    } catch (const ports::storage_error& e) {
        CHECK(std::string{e.what()}.find("hunter2") == std::string::npos);
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("sql_store: the SQLite file and its parent directories are created", "[sql][url]") {
    const std::string dir = sql_test::fresh_temp_dir();
    const std::string file = dir + "/nested/deeper/with space.db";
    {
        adapters::sql::sql_store store("sqlite://" + file, 2);
        CHECK(store.kind() == engine::sqlite);
        CHECK(store.migrate().size() >= 1);
    }
    CHECK(std::filesystem::exists(file));
    std::filesystem::remove_all(dir);
}

TEST_CASE("sql_store: a relative SQLite path is relative to the working directory", "[sql][url]") {
    const std::string dir = sql_test::fresh_temp_dir();
    const auto previous = std::filesystem::current_path();
    std::filesystem::current_path(dir);
    {
        adapters::sql::sql_store store("sqlite://data/rel.db", 1);
    }
    std::filesystem::current_path(previous);
    CHECK(std::filesystem::exists(std::filesystem::path{dir} / "data" / "rel.db"));
    std::filesystem::remove_all(dir);
}
