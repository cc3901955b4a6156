// One place decides what a driver failure means to the core and what its message may reveal.
#include "errors.hpp"

#include <exception>
#include <string>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <offertracker/ports/storage_error.hpp>

namespace offertracker::adapters::sql {
namespace {

std::string first_line(std::string text) {
    const auto end = text.find('\n');
    if (end != std::string::npos) text.resize(end);
    while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) text.pop_back();
    return text;
}

bool is_unique_violation(const soci::soci_error& e) {
    if (const auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&e)) return pg->sqlstate() == "23505";
    // SOCI 4.0 keeps only SQLite's primary result code (SQLITE_CONSTRAINT covers every kind of constraint),
    // so the kind is read from SQLite's fixed message text.
    if (dynamic_cast<const soci::sqlite3_soci_error*>(&e))
        return e.get_error_message().find("UNIQUE constraint failed") != std::string::npos;
    return false;
}

// A lost race: retrying the whole transaction can succeed.
bool is_transaction_conflict(const soci::soci_error& e) {
    if (const auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&e))
        // Serialization failure, deadlock, or a row this one refers to deleted by a concurrent transaction
        // (another user's group gone while joining it): a rerun answers from the committed state.
        return pg->sqlstate() == "40001" || pg->sqlstate() == "40P01" || pg->sqlstate() == "23503";
    if (dynamic_cast<const soci::sqlite3_soci_error*>(&e))
        return e.get_error_message().find("database is locked") != std::string::npos;
    return false;
}

}  // namespace

void rethrow_as_storage_error(std::string_view context) {
    const std::string where{context};
    try {
        throw;
    } catch (const ports::storage_error&) {
        throw;
    } catch (const soci::soci_error& e) {
        std::string message = where + ": " + first_line(e.get_error_message());
        if (is_unique_violation(e)) throw ports::unique_violation(message);
        if (is_transaction_conflict(e)) throw ports::transaction_conflict(message);
        throw ports::storage_error(message);
    } catch (const std::exception& e) {
        throw ports::storage_error(where + ": " + first_line(e.what()));
    } catch (...) {
        throw ports::storage_error(where + ": unknown error");
    }
}

}  // namespace offertracker::adapters::sql
