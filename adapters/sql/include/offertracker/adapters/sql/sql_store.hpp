// ports::store over SQLite or PostgreSQL through SOCI: a pool of sessions, one transaction per unit of work.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <offertracker/adapters/sql/database_url.hpp>
#include <offertracker/ports/recruiting_store.hpp>
#include <offertracker/ports/unit_of_work.hpp>

namespace offertracker::adapters::sql {

class session_pool;
class sql_recruiting_store;

// One row of schema_migrations.
struct applied_migration {
    int version;
    std::string name;

    friend bool operator==(const applied_migration&, const applied_migration&) = default;
};

// Thread-safe: begin() may be called from any number of threads; each unit of work holds one pooled session
// until it is destroyed. A unit of work destroyed without commit() rolls back; a session whose connection
// broke (or that could not roll back) is replaced by a fresh connection the next time it is handed out.
// SQLite sessions run with journal_mode=WAL, foreign_keys=ON, busy_timeout=5000 ms, synchronous=NORMAL;
// read_write units start with BEGIN IMMEDIATE, read_only ones with BEGIN. PostgreSQL sessions run with
// TimeZone UTC and ISO dates; units start with BEGIN (READ COMMITTED).
// The constructor does not migrate: call migrate() (or run `offertracker migrate`) first.
class sql_store final : public ports::store {
public:
    // url as parse_database_url takes it; opens pool_size (>= 1) sessions now, creating the SQLite file (0600,
    // as its -wal and -shm files then are) and its parent directories (0700) if missing. Throws std::invalid_argument for a bad URL or pool size, and
    // ports::storage_error when the database cannot be opened.
    explicit sql_store(std::string_view url, std::size_t pool_size = 4);
    ~sql_store() override;
    sql_store(const sql_store&) = delete;
    sql_store& operator=(const sql_store&) = delete;

    // Blocks (up to 30 s) while every session is in use, then throws ports::storage_error.
    std::unique_ptr<ports::unit_of_work> begin(ports::access mode) override;
    // Sleeps a random 0.1 ms up to 2 ms << rerun (capped), off any unit, so racing writers fall out of step.
    void pause_before_rerun(int rerun) override;

    // Creates schema_migrations if missing and applies every pending migration in version order, each in
    // its own transaction together with its record. Returns what it applied (empty when up to date).
    // Idempotent, and safe when several processes start at once (SQLite: BEGIN IMMEDIATE; PostgreSQL: a
    // transaction-scoped advisory lock). Throws ports::storage_error if a migration fails; earlier ones stay.
    // With up_to_version, stops after that version (to test a migration against data written before it).
    std::vector<applied_migration> migrate(std::optional<int> up_to_version = std::nullopt);
    // The migrations recorded in schema_migrations, by version (empty if the table does not exist yet).
    std::vector<applied_migration> applied_migrations();

    // The Recruiting aggregate's store (migration 005's tables) on this store's pool: its units of work take
    // sessions from the same pool, start with the same statements and pause the same way before a rerun. It
    // lives as long as this store; the rules above (thread safety, rollback, waiting for a session) apply.
    ports::recruiting_store& recruiting();

    engine kind() const noexcept { return kind_; }

private:
    engine kind_;
    std::unique_ptr<session_pool> pool_;
    std::unique_ptr<sql_recruiting_store> recruiting_;
};

}  // namespace offertracker::adapters::sql
