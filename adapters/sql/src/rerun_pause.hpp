// The pause before a write unit that lost a race runs again, shared by the seeker and Recruiting stores.
#pragma once

namespace offertracker::adapters::sql {

// Sleeps a random 0.1 ms up to 2 ms << rerun (capped), off any unit, so racing writers fall out of step.
void pause_after_conflict(int rerun);

}  // namespace offertracker::adapters::sql
