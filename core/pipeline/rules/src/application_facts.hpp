// What the dashboard and the insights both ask of one application, so the two never disagree on a rate.
#pragma once

#include <optional>

#include <offertracker/domain/application.hpp>

namespace offertracker::pipeline::facts {

using domain::application_status;

// Applied or later: any status but Saved.
inline bool applied(const domain::application& a) noexcept { return a.status != application_status::saved; }

// Reached Interviewing or later: the stamp, or a status at or past it (Rejected and Withdrawn only with the stamp).
inline bool interviewed(const domain::application& a) noexcept {
    return a.interview_at.has_value() || a.status == application_status::interviewing ||
           a.status == application_status::offer || a.status == application_status::accepted;
}

inline bool offered(const domain::application& a) noexcept {
    return a.offer_at.has_value() || a.status == application_status::offer ||
           a.status == application_status::accepted;
}

inline bool rejected(const domain::application& a) noexcept {
    return a.rejected_at.has_value() || a.status == application_status::rejected;
}

// Any answer from the employer: an interview, an offer, an acceptance or a rejection.
inline bool responded(const domain::application& a) noexcept {
    return interviewed(a) || offered(a) || a.status == application_status::rejected || a.rejected_at.has_value();
}

// Nothing more will happen: Accepted, Rejected, Withdrawn.
inline bool final_status(application_status s) noexcept {
    return s == application_status::accepted || s == application_status::rejected ||
           s == application_status::withdrawn;
}

// When it was applied: applied_at, else applied_date at midnight UTC.
inline std::optional<domain::timestamp> applied_time(const domain::application& a) {
    if (a.applied_at) return a.applied_at;
    if (a.applied_date) return domain::timestamp{std::chrono::sys_days{*a.applied_date}};
    return std::nullopt;
}

}  // namespace offertracker::pipeline::facts
