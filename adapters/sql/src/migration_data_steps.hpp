// The part of a migration that SQL cannot write: data computed by the core, run right after the migration's
// script in its transaction.
#pragma once

#include <soci/soci.h>

namespace offertracker::adapters::sql {

// Runs the data step of migration `version`, if it has one (004: users.username_key). Throws what SOCI throws.
void run_migration_data_step(soci::session& s, int version);

}  // namespace offertracker::adapters::sql
