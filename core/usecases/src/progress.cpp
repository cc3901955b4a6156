// Milestone lists and the progress summary: reads only, in one read-only transaction each.
#include <offertracker/usecases/progress.hpp>

#include "support.hpp"

namespace offertracker::usecases {

domain::result<std::vector<domain::milestone>> list_milestones(services& s, const actor&) {
    auto uow = s.store.begin(ports::access::read_only);
    return uow->progress().milestones();
}

domain::result<std::vector<reached_milestone>> list_my_milestones(services& s, const actor& who) {
    auto uow = s.store.begin(ports::access::read_only);
    return uow->progress().reached(who.user_id);
}

domain::result<domain::progress_stats> get_progress_stats(services& s, const actor& who) {
    auto uow = s.store.begin(ports::access::read_only);
    auto u = uow->users().find(who.user_id);
    if (!u) return domain::error::unauthenticated("Not authenticated");
    const auto counts = uow->progress().counts(who.user_id);
    const auto applications = uow->applications().list_all(who.user_id);
    const auto outcomes = uow->outcomes().list_for_user(who.user_id);
    return domain::compute_progress_stats(counts, u->streak_days, applications, outcomes);
}

}  // namespace offertracker::usecases
