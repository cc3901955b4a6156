// Transaction control is plain SQL rather than soci::transaction, so SQLite can use BEGIN IMMEDIATE.
#include "sql_unit_of_work.hpp"

#include <soci/soci.h>

#include <offertracker/ports/storage_error.hpp>

#include "errors.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {

sql_unit_of_work::sql_unit_of_work(session_pool::lease lease, ports::access mode)
    : lease_(std::move(lease)),
      users_(lease_.session(), lease_.dialect()),
      resumes_(lease_.session()),
      applications_(lease_.session(), lease_.dialect()),
      stages_(lease_.session()),
      outcomes_(lease_.session()),
      reflections_(lease_.session()),
      activity_(lease_.session()),
      contacts_(lease_.session()),
      documents_(lease_.session()),
      reminders_(lease_.session()),
      tags_(lease_.session()),
      saved_jobs_(lease_.session()),
      progress_(lease_.session(), lease_.dialect()),
      social_(lease_.session(), lease_.dialect()),
      prep_(lease_.session()),
      browser_sessions_(lease_.session()),
      scraper_runs_(lease_.session()) {
    guarded("begin transaction", [&] { lease_.session() << std::string{lease_.dialect().begin_statement(mode)}; });
    open_ = true;
}

bool sql_unit_of_work::lock_owner(const domain::id& owner_id) {
    return guarded("users.lock_owner", [&] {
        bool found = false;
        query(lease_.session(), "SELECT id FROM users WHERE id = :id" + std::string{lease_.dialect().owner_lock()})
            .bind("id", owner_id)
            .each(1, [&](const text_row&) { found = true; });
        return found;
    });
}

sql_unit_of_work::~sql_unit_of_work() {
    if (!open_) return;
    try {
        lease_.session() << "ROLLBACK";
    } catch (...) {
        // Nothing to report to: the lease's health check sees the transaction still open or the connection
        // gone, and the pool replaces the session instead of handing it out again.
    }
}

void sql_unit_of_work::commit() {
    if (!open_) throw ports::storage_error("commit: the unit of work is no longer open");
    guarded("commit", [&] { lease_.session() << "COMMIT"; });
    open_ = false;
}

}  // namespace offertracker::adapters::sql
