// Engine differences: connection setup, transaction start, multi-statement scripts, health checks.
#include "dialect.hpp"

#include <filesystem>
#include <mutex>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <offertracker/adapters/system/owner_only_paths.hpp>
#include <offertracker/ports/storage_error.hpp>

namespace offertracker::adapters::sql {
namespace {

sqlite_api::sqlite3* sqlite_handle(soci::session& s) {
    return static_cast<soci::sqlite3_session_backend*>(s.get_backend())->conn_;
}

PGconn* postgresql_handle(soci::session& s) {
    return static_cast<soci::postgresql_session_backend*>(s.get_backend())->conn_;
}

// SOCI 4.0 splits a PostgreSQL connect string into key=value pairs and joins them again, which turns a
// URI without any '=' into "...=" (an unknown database). A URI with a query parameter survives intact, so
// one is always added; it also names the program in pg_stat_activity unless the URL sets application_name.
std::string with_fallback_application_name(const std::string& url) {
    std::string out = url;
    if (out.find('?') == std::string::npos) out += '?';
    else if (out.back() != '?' && out.back() != '&') out += '&';
    return out + "fallback_application_name=offertracker";
}

// A key no other application is likely to take for pg_advisory_xact_lock ("otmigr" in ASCII).
constexpr long long migration_lock_key = 0x6f746d696772LL;

}  // namespace

void dialect::open(soci::session& s, const std::string& target) const {
    if (engine_ == engine::sqlite) {
        // A pooled session is used by one thread at a time, so SQLite's per-call connection mutex (taken for
        // every sqlite3_column_* call: a fifth of a large read's time) buys nothing. Process-wide, and only
        // possible before SQLite initialises; later calls fail harmlessly and keep the serialised default.
        static std::once_flag multithread_mode;
        std::call_once(multithread_mode, [] { sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD); });
        const std::filesystem::path file{target};
        if (file.has_parent_path()) system::create_owner_only_directories(file.parent_path());
        // The file holds password hashes. SQLite would create it 0644 (less the umask) and gives the -wal and
        // -shm files the database file's mode, so an empty 0600 file made first keeps all three owner-only.
        system::create_owner_only_file(file);
        // Without '=' SOCI takes the whole string as the file name, so paths with spaces need no quoting.
        s.open(soci::sqlite3, target);
        // busy_timeout first: switching to WAL needs a lock that a concurrently starting process may hold.
        s << "PRAGMA busy_timeout = 5000";
        s << "PRAGMA journal_mode = WAL";
        // Off by default and per connection in SQLite: without it the ON DELETE cascades never fire.
        s << "PRAGMA foreign_keys = ON";
        s << "PRAGMA synchronous = NORMAL";
        // Read pages straight from the OS page cache (shared by every connection) instead of copying each one
        // through read() into a per-connection cache: large reads (analytics) spent a sixth of their time there.
        s << "PRAGMA mmap_size = 268435456";
        return;
    }
    s.open(soci::postgresql, with_fallback_application_name(target));
    // Timestamps then come back as "2026-11-22 10:00:00.123456+00", which domain::parse_timestamp reads.
    s << "SET TimeZone TO 'UTC'";
    s << "SET DateStyle TO 'ISO, YMD'";
    s << "SET client_encoding TO 'UTF8'";
    // libpq prints notices to stderr; "relation already exists, skipping" and the like are not news.
    s << "SET client_min_messages TO warning";
}

std::string_view dialect::begin_statement(ports::access mode) const {
    if (engine_ == engine::sqlite)
        // A deferred transaction that later writes must upgrade its lock and can fail with SQLITE_BUSY
        // without waiting; taking the write lock up front makes writers queue on busy_timeout instead.
        return mode == ports::access::read_write ? "BEGIN IMMEDIATE" : "BEGIN";
    // READ COMMITTED: each statement sees what others committed before it ran, so once a writer holds its
    // owner's lock (owner_lock) it reads everything the previous writer of that owner wrote.
    return "BEGIN";
}

std::string_view dialect::owner_lock() const {
    return engine_ == engine::postgresql ? " FOR NO KEY UPDATE" : "";
}

std::string_view dialect::skip_locked() const {
    return engine_ == engine::postgresql ? " FOR UPDATE SKIP LOCKED" : "";
}

void dialect::execute_script(soci::session& s, std::string_view sql) const {
    const std::string text{sql};
    if (engine_ == engine::sqlite) {
        // SOCI prepares only the first statement of a string; sqlite3_exec runs them all.
        char* message = nullptr;
        const int rc = sqlite_api::sqlite3_exec(sqlite_handle(s), text.c_str(), nullptr, nullptr, &message);
        if (rc != SQLITE_OK) {
            std::string why = message ? message : "unknown error";
            sqlite_api::sqlite3_free(message);
            throw ports::storage_error("sql script failed: " + why);
        }
        return;
    }
    // PQexec runs a multi-statement string with the simple query protocol (PQexecParams would refuse it).
    PGresult* result = PQexec(postgresql_handle(s), text.c_str());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
        std::string why = primary ? primary : PQerrorMessage(postgresql_handle(s));
        PQclear(result);
        throw ports::storage_error("sql script failed: " + why);
    }
    PQclear(result);
}

bool dialect::healthy(soci::session& s) const noexcept {
    if (s.get_backend() == nullptr) return false;
    if (engine_ == engine::sqlite) {
        sqlite_api::sqlite3* db = sqlite_handle(s);
        return db != nullptr && sqlite_api::sqlite3_get_autocommit(db) != 0;
    }
    PGconn* conn = postgresql_handle(s);
    return conn != nullptr && PQstatus(conn) == CONNECTION_OK && PQtransactionStatus(conn) == PQTRANS_IDLE;
}

void dialect::lock_migrations(soci::session& s) const {
    if (engine_ == engine::postgresql)
        execute_script(s, "SELECT pg_advisory_xact_lock(" + std::to_string(migration_lock_key) + ")");
}

std::string_view dialect::create_migrations_table() const {
    if (engine_ == engine::sqlite)
        return "CREATE TABLE IF NOT EXISTS schema_migrations ("
               "version INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
    return "CREATE TABLE IF NOT EXISTS schema_migrations ("
           "version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)";
}

std::string_view dialect::migrations_table_exists() const {
    if (engine_ == engine::sqlite)
        return "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
    return "SELECT COUNT(*) FROM pg_catalog.pg_tables "
           "WHERE schemaname = current_schema() AND tablename = 'schema_migrations'";
}

std::span<const schema::migration> dialect::migrations() const {
    return engine_ == engine::sqlite ? schema::sqlite_migrations() : schema::postgresql_migrations();
}

std::string dialect::ignore_duplicate(std::string_view key_columns) const {
    // Both engines take the same targeted upsert clause (SQLite since 3.24). SQLite's shorter INSERT OR IGNORE
    // is avoided on purpose: it also swallows NOT NULL, CHECK and primary-key failures, which would hide bugs
    // that PostgreSQL reports, so the two engines would disagree. With a conflict target, PostgreSQL waits for
    // a concurrent uncommitted insert of the same key and then skips the row; SQLite never races here
    // because writers hold the database lock from BEGIN IMMEDIATE.
    return " ON CONFLICT (" + std::string{key_columns} + ") DO NOTHING";
}

std::string dialect::ascii_lower(std::string_view expr) const {
    // SQLite's built-in lower() folds ASCII only; PostgreSQL's lower() follows the database locale and
    // would also fold non-ASCII letters, so translate() pins it to A-Z.
    if (engine_ == engine::sqlite) return "lower(" + std::string{expr} + ")";
    return "translate(" + std::string{expr} + ", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')";
}

}  // namespace offertracker::adapters::sql
