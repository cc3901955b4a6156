// Webhooks: org_admins register endpoints for events; changes enqueue deliveries in the same transaction (the
// durable outbox); a dispatcher delivers them off the request path, signed, retried with backoff, every attempt
// logged.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/ports/http_fetcher.hpp>
#include <offertracker/ports/keyed_hasher.hpp>
#include <offertracker/recruiting/services.hpp>

namespace offertracker::recruiting {

// The body of every delivery: {"event": "job.created", "org_id": 1, "occurred_at": "2026-03-15T10:00:00.000000Z",
// "data": {...}} where data is the record as the API shows it: job.created a JobOut (the seed's fields plus
// min_years), candidate.created a CandidateOut (plus email, phone, skills; never resume_text),
// application.status_changed an ApplicationOut plus "from_status", match.created {job_id, candidate_id, score,
// strategy, reason, requested_by_user_id}. A change enqueues one pending delivery (next_attempt_at: now) per active
// endpoint of the org subscribed to the event, in the change's own unit of work: a refused or rolled-back change
// enqueues nothing.

// 422: url not an http(s) URL ("not_a_url") or over 2,000 characters, events empty ("missing"), secret outside
// 16..200 characters.
struct create_webhook_command {
    std::string url;                  // absolute http(s) URL, at most 2,000 characters
    std::vector<webhook_event> events;  // at least one; duplicates dropped
    std::optional<std::string> secret;  // 16..200 characters; default "whsec_" + 64 random hex digits (services::ids)
};

// org_admin only (403). The secret is shown by create only; lists show the endpoint without it.
domain::result<webhook_endpoint> create_webhook(services& s, const recruiter& who, const create_webhook_command& cmd);
domain::result<std::vector<webhook_endpoint>> list_webhooks(services& s, const recruiter& who);
domain::result<domain::done> delete_webhook(services& s, const recruiter& who, record_id id);

struct delivery_with_attempts {
    webhook_delivery delivery;
    std::vector<delivery_attempt> attempts;
};
// 404 "Webhook not found".
domain::result<ports::counted<delivery_with_attempts>> list_deliveries(services& s, const recruiter& who,
                                                                       record_id endpoint_id, ports::page p);

// The header the signature travels in: "sha256=" + lower-case hex HMAC-SHA256(secret, body).
inline constexpr std::string_view signature_header = "X-OfferTracker-Signature";

// One dispatcher pass: claims up to `batch` due deliveries, POSTs each (JSON body, signature header, event and
// delivery id headers) through the fetcher (which guards the address), records the attempt, and schedules a retry
// (services::webhooks) or marks it delivered/failed. Returns how many it tried. Blocking: run it on a background
// thread (app/), never in a request.
std::size_t deliver_due_webhooks(services& s, ports::http_fetcher& fetcher, const ports::keyed_hasher& signer,
                                 std::size_t batch);

}  // namespace offertracker::recruiting
