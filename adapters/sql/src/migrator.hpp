// Applies the compiled-in migrations of the pool's engine and reads what schema_migrations records.
#pragma once

#include <optional>
#include <vector>

#include <offertracker/adapters/sql/sql_store.hpp>

#include "session_pool.hpp"

namespace offertracker::adapters::sql {

// See sql_store::migrate for the contract.
std::vector<applied_migration> apply_pending_migrations(session_pool& pool, std::optional<int> up_to);
// See sql_store::applied_migrations.
std::vector<applied_migration> read_applied_migrations(session_pool& pool);

}  // namespace offertracker::adapters::sql
