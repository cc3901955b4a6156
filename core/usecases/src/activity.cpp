// Reading the activity log.
#include <offertracker/usecases/activity.hpp>

#include "support.hpp"

namespace offertracker::usecases {

domain::result<std::vector<domain::activity_entry>> list_activity(services& s, const actor& who,
                                                                  const std::optional<domain::id>& application_id,
                                                                  ports::page p) {
    auto uow = s.store.begin(ports::access::read_only);
    if (application_id) {
        auto app = detail::owned_application(*uow, who, *application_id);
        if (!app) return std::move(app).error();
    }
    return uow->activity().list(who.user_id, application_id, p);
}

}  // namespace offertracker::usecases
