// The webhook events the use cases announce: each record as the API shows it (JSON text), and the enqueueing of
// one pending delivery per subscribed endpoint in the unit of work of the change itself (the durable outbox).
#pragma once

#include <offertracker/ports/recruiting_store.hpp>
#include <offertracker/recruiting/records.hpp>
#include <optional>
#include <string>
#include <vector>

namespace offertracker::recruiting::detail {

// JobOut: the seed's fields plus min_years.
std::string job_json(const job& j);
// CandidateOut: the seed's fields plus email, phone and skills (not resume_text).
std::string candidate_json(const candidate& c);
// ApplicationOut.
std::string application_json(const application& a);
// application.status_changed: ApplicationOut plus "from_status", the status it left.
std::string status_changed_json(const application& a, application_status from);
// One returned match: {job_id, candidate_id, score, strategy, reason, requested_by_user_id}.
std::string match_json(const match_log& m);

// {"event", "org_id", "occurred_at", "data"}: the exact body a delivery sends and signs.
std::string webhook_payload(webhook_event event, record_id org_id, domain::timestamp occurred_at,
                            const std::string& data_json);

// Enqueues one event per data_json for every active endpoint of the org subscribed to it (next attempt: now),
// reading the org's endpoints once however many events there are. Returns how many deliveries it queued.
std::size_t announce(ports::recruiting_unit_of_work& uow, record_id org_id, webhook_event event, domain::timestamp now,
                     const std::vector<std::string>& data_jsons);
inline std::size_t announce(ports::recruiting_unit_of_work& uow, record_id org_id, webhook_event event,
                            domain::timestamp now, const std::string& data_json) {
    return announce(uow, org_id, event, now, std::vector<std::string>{data_json});
}

}  // namespace offertracker::recruiting::detail
