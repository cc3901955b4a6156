// The Recruiting store: units of work on the shared pool.
#include "sql_recruiting_store.hpp"

#include "../rerun_pause.hpp"
#include "sql_recruiting_unit_of_work.hpp"

namespace offertracker::adapters::sql {

std::unique_ptr<ports::recruiting_unit_of_work> sql_recruiting_store::begin(ports::access mode) {
    return std::make_unique<sql_recruiting_unit_of_work>(pool_.acquire(), mode);
}

void sql_recruiting_store::pause_before_rerun(int rerun) { pause_after_conflict(rerun); }

}  // namespace offertracker::adapters::sql
