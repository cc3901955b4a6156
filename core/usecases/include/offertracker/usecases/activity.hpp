// Reading the activity log (writing it is done by the other use cases).
#pragma once

#include <vector>

#include <offertracker/domain/activity.hpp>
#include <offertracker/domain/error.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases {

// The actor's entries, newest first; with an application id, 404/403 as for the application.
domain::result<std::vector<domain::activity_entry>> list_activity(services& s, const actor& who,
                                                                  const std::optional<domain::id>& application_id,
                                                                  ports::page p);

}  // namespace offertracker::usecases
