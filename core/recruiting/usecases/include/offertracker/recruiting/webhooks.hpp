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
