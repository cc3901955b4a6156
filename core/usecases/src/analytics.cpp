// Analytics reads: a bounded number of list queries, then the pure aggregations of the domain.
#include <offertracker/usecases/analytics.hpp>

#include "support.hpp"

namespace offertracker::usecases {

domain::result<domain::dashboard> get_dashboard(services& s, const actor& who) {
    auto uow = s.store.begin(ports::access::read_only);
    const auto applications = uow->applications().list_all(who.user_id);
    const auto stages = uow->stages().list_for_user(who.user_id);
    const auto outcomes = uow->outcomes().list_for_user(who.user_id);
    return domain::compute_dashboard(applications, stages, outcomes, detail::today(s));
}

domain::result<domain::question_bank> list_questions(services& s, const actor& who) {
    auto uow = s.store.begin(ports::access::read_only);
    const auto applications = uow->applications().list_all(who.user_id);
    const auto stages = uow->stages().list_for_user(who.user_id);
    return domain::collect_questions(applications, stages);
}

}  // namespace offertracker::usecases
