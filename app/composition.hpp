// The two commands of the executable, each building what it needs from the settings.
#pragma once

#include "config.hpp"

namespace offertracker::app {

// Applies pending migrations, then serves every mounted surface until SIGINT/SIGTERM. Returns the exit code.
int serve(const settings& config);
// Applies pending migrations and reports them. Returns the exit code.
int migrate(const settings& config);

}  // namespace offertracker::app
