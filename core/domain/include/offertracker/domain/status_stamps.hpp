// When an application's status first reached Applied, Interviewing, Offer and Rejected: the Pipeline dialect's
// applied_at / interview_at / offer_at / rejected_at. Every status write of either dialect (a manual change, a
// stage's or an outcome's auto-transition) stamps through this one function; a later move keeps the first stamp.
#pragma once

#include <offertracker/domain/application.hpp>

namespace offertracker::domain {

inline void stamp_status(application& a, timestamp at) {
    auto stamp = [&](std::optional<timestamp>& field) {
        if (!field) field = at;
    };
    switch (a.status) {
        case application_status::applied: stamp(a.applied_at); break;
        case application_status::interviewing: stamp(a.interview_at); break;
        case application_status::offer: stamp(a.offer_at); break;
        case application_status::rejected: stamp(a.rejected_at); break;
        default: break;
    }
}

}  // namespace offertracker::domain
