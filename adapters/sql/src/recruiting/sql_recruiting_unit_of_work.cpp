// Transaction control as sql_unit_of_work does it (plain SQL, so SQLite can BEGIN IMMEDIATE); lock_org is the
// Recruiting counterpart of lock_owner.
#include "sql_recruiting_unit_of_work.hpp"

#include <soci/soci.h>

#include <offertracker/ports/storage_error.hpp>

#include "../errors.hpp"
#include "../query.hpp"

namespace offertracker::adapters::sql {

sql_recruiting_unit_of_work::sql_recruiting_unit_of_work(session_pool::lease lease, ports::access mode)
    : lease_(std::move(lease)),
      organizations_(lease_.session(), lease_.dialect()),
      members_(lease_.session(), lease_.dialect()),
      jobs_(lease_.session(), lease_.dialect()),
      candidates_(lease_.session(), lease_.dialect()),
      pipeline_(lease_.session(), lease_.dialect()),
      match_logs_(lease_.session(), lease_.dialect()),
      webhooks_(lease_.session(), lease_.dialect()) {
    guarded("begin transaction", [&] { lease_.session() << std::string{lease_.dialect().begin_statement(mode)}; });
    open_ = true;
}

bool sql_recruiting_unit_of_work::lock_org(record_id org_id) {
    return guarded("recruiting_organizations.lock_org", [&] {
        // PostgreSQL: FOR NO KEY UPDATE, so the org's writers queue here while rows of the org that refer to it
        // may still be written by others. SQLite: BEGIN IMMEDIATE already admits one writer.
        return any_row(std::move(query(lease_.session(), "SELECT id FROM recruiting_organizations WHERE id = :id" +
                                                             std::string{lease_.dialect().owner_lock()})
                                     .bind("id", static_cast<long long>(org_id))));
    });
}

sql_recruiting_unit_of_work::~sql_recruiting_unit_of_work() {
    if (!open_) return;
    try {
        lease_.session() << "ROLLBACK";
    } catch (...) {
        // The lease's health check sees the transaction still open or the connection gone, and the pool
        // replaces the session instead of handing it out again.
    }
}

void sql_recruiting_unit_of_work::commit() {
    if (!open_) throw ports::storage_error("commit: the unit of work is no longer open");
    guarded("commit", [&] { lease_.session() << "COMMIT"; });
    open_ = false;
}

}  // namespace offertracker::adapters::sql
