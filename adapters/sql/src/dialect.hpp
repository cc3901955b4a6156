// The few things SQLite and PostgreSQL do differently, in one place; the repositories share everything else.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include <offertracker/adapters/sql/database_url.hpp>
#include <offertracker/ports/unit_of_work.hpp>
#include <offertracker/schema/migrations.hpp>

namespace soci {
class session;
}

namespace offertracker::adapters::sql {

class dialect {
public:
    explicit dialect(engine e) : engine_(e) {}
    engine kind() const noexcept { return engine_; }

    // Opens a session to target (as database_url gives it) and applies the per-connection settings.
    // Throws soci::soci_error or std::exception on failure.
    void open(soci::session& s, const std::string& target) const;
    // The statement that starts a unit of work.
    std::string_view begin_statement(ports::access mode) const;
    // Appended to the SELECT of the owner's user row that serialises one owner's writers: PostgreSQL locks the
    // row without blocking foreign keys that point at it; SQLite needs nothing (BEGIN IMMEDIATE already
    // admits one writer at a time).
    std::string_view owner_lock() const;
    // Appended to a SELECT of queue rows a worker is about to claim: PostgreSQL locks them and skips rows another
    // transaction has locked (a concurrent claimer takes other rows instead of waiting for these); SQLite needs
    // nothing (one writer at a time).
    std::string_view skip_locked() const;
    // Runs a script of several statements (a migration) on the session's connection.
    // Throws ports::storage_error with the engine's message on failure.
    void execute_script(soci::session& s, std::string_view sql) const;
    // True when the connection is usable and no transaction is left open on it.
    bool healthy(soci::session& s) const noexcept;
    // Serialises migrators within the current transaction (PostgreSQL advisory lock; SQLite already
    // holds the write lock from BEGIN IMMEDIATE).
    void lock_migrations(soci::session& s) const;
    std::string_view create_migrations_table() const;
    // A query returning one row with one column: 1 if schema_migrations exists (in the current schema), else 0.
    std::string_view migrations_table_exists() const;
    std::span<const schema::migration> migrations() const;
    // The clause appended to "INSERT ... VALUES (...)" so that a row clashing with an existing one on the
    // unique key key_columns is skipped (0 rows affected) instead of failing. Other constraint failures,
    // including a clash on a different key, still throw.
    std::string ignore_duplicate(std::string_view key_columns) const;
    // expr lower-cased in ASCII only (A-Z), whatever the database locale.
    std::string ascii_lower(std::string_view expr) const;

private:
    engine engine_;
};

}  // namespace offertracker::adapters::sql
