// Milestones and the personal summary (GET /progress/milestones, /progress/milestones/mine, /progress/stats).
// Awarding happens in every tracked write (support.hpp: track_progress) and at registration.
#pragma once

#include <utility>
#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/milestone.hpp>
#include <offertracker/domain/progress_stats.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases {

// A milestone the actor reached, with its definition.
using reached_milestone = std::pair<domain::user_milestone, domain::milestone>;

// Every milestone, in seed order.
domain::result<std::vector<domain::milestone>> list_milestones(services& s, const actor& who);

// The milestones the actor reached, most recent first.
domain::result<std::vector<reached_milestone>> list_my_milestones(services& s, const actor& who);

// The actor's summary (docs/behaviour.md §16); 401 "Not authenticated" when the account no longer exists.
domain::result<domain::progress_stats> get_progress_stats(services& s, const actor& who);

}  // namespace offertracker::usecases
