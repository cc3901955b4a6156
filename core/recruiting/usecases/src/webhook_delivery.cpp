// One dispatcher pass over the webhook outbox: claim due deliveries, POST each signed, record the attempt, and
// schedule the retry (or mark the delivery delivered or failed).
#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <variant>

#include <offertracker/ports/in_write_unit.hpp>
#include <offertracker/recruiting/webhooks.hpp>

namespace offertracker::recruiting {

namespace {

// What one attempt came to, before it is written.
struct attempt_outcome {
    std::optional<int> status_code;
    std::string error;  // "" when delivered
    bool delivered = false;
    bool final = false;  // no retry whatever the attempt count (the endpoint is gone or inactive)
};

// first_retry * 2^(failed - 1), capped at max_retry_delay; doubled step by step so no power overflows.
std::chrono::seconds retry_delay(const webhook_policy& policy, int failed) {
    auto delay = std::max(policy.first_retry, std::chrono::seconds{0});
    for (int n = 1; n < failed && delay < policy.max_retry_delay; ++n) delay *= 2;
    return std::min(delay, policy.max_retry_delay);
}

std::optional<webhook_endpoint> load_endpoint(services& s, const webhook_delivery& d) {
    auto unit = s.store.begin(ports::access::read_only);
    return unit->webhooks().get(d.org_id, d.endpoint_id);
}

attempt_outcome post(ports::http_fetcher& fetcher, const ports::keyed_hasher& signer, const webhook_policy& policy,
                     const webhook_endpoint& endpoint, const webhook_delivery& d) {
    ports::fetch_request request{
        .method = ports::http_method::post,
        .url = endpoint.url,
        .headers = {{"Content-Type", "application/json"},
                    {std::string(signature_header), "sha256=" + signer.hmac_sha256_hex(endpoint.secret, d.payload)},
                    {"X-OfferTracker-Event", std::string(domain::to_string(d.event))},
                    {"X-OfferTracker-Delivery", std::to_string(d.id)}},
        .body = d.payload};
    // No redirect is followed: a receiver that moved must be registered again (a redirect is a failed attempt,
    // and the signed body never goes to an address the endpoint does not name). The answer's body is not kept,
    // so a small limit is enough.
    const ports::fetch_options options{.max_bytes = 64 * 1024, .timeout = policy.timeout, .max_redirects = 0};
    auto fetched = fetcher.fetch(request, options);
    if (const auto* e = std::get_if<ports::fetch_error>(&fetched)) {
        if (e->kind == ports::fetch_error_kind::too_many_redirects)
            return {.error = std::string(to_string(e->kind)) + ": the receiver answered with a redirect, which "
                                                               "webhook deliveries do not follow."};
        return {.error = std::string(to_string(e->kind)) + ": " + e->message};
    }
    const int status = std::get<ports::fetch_response>(fetched).status;
    if (status >= 200 && status <= 299) return {.status_code = status, .delivered = true};
    return {.status_code = status, .error = "The receiver answered HTTP " + std::to_string(status) + "."};
}

// Writes the attempt and the delivery's next state in one write unit.
void record(services& s, webhook_delivery d, const attempt_outcome& outcome, domain::timestamp started,
            domain::timestamp finished) {
    d.attempts += 1;
    if (outcome.delivered) {
        d.state = delivery_state::delivered;
        d.delivered_at = finished;
    } else if (outcome.final || d.attempts >= s.webhooks.max_attempts) {
        d.state = delivery_state::failed;
    } else {
        d.state = delivery_state::pending;
        d.next_attempt_at = finished + retry_delay(s.webhooks, d.attempts);
    }
    const delivery_attempt attempt{
        .org_id = d.org_id,
        .delivery_id = d.id,
        .attempt = d.attempts,
        .at = started,
        .status_code = outcome.status_code,
        .error = outcome.error,
        .duration_ms = std::chrono::duration_cast<std::chrono::milliseconds>(finished - started).count()};
    ports::in_write_unit(s.store, [&](ports::recruiting_unit_of_work& unit) {
        unit.webhooks().record_attempt(d, attempt);
        unit.commit();
    });
}

}  // namespace

std::size_t deliver_due_webhooks(services& s, ports::http_fetcher& fetcher, const ports::keyed_hasher& signer,
                                 std::size_t batch) {
    if (batch == 0) return 0;
    const auto now = s.clock.now();
    const auto lease_until = now + s.webhooks.lease;
    // Claimed and committed before any request goes out: no transaction stays open across the network, and
    // another dispatcher skips these rows until the lease ends.
    const auto due = ports::in_write_unit(s.store, [&](ports::recruiting_unit_of_work& unit) {
        auto claimed = unit.webhooks().claim_due(now, lease_until, batch);
        unit.commit();
        return claimed;
    });

    std::size_t tried = 0;
    for (const auto& d : due) {
        // A pass that ran long (slow receivers) leaves what it could not finish within the lease to be claimed
        // again, rather than delivering it while another dispatcher may have claimed it too.
        if (tried > 0 && s.clock.now() + s.webhooks.timeout > lease_until) break;
        ++tried;
        const auto started = s.clock.now();
        const auto endpoint = load_endpoint(s, d);
        attempt_outcome outcome;
        if (!endpoint) outcome = {.error = "The endpoint was deleted.", .final = true};
        else if (!endpoint->active) outcome = {.error = "The endpoint is inactive.", .final = true};
        else outcome = post(fetcher, signer, s.webhooks, *endpoint, d);
        // A storage failure from here on propagates: the delivery stays claimed until its lease ends and is
        // then tried again (at least once, never lost).
        record(s, d, outcome, started, s.clock.now());
    }
    return tried;
}

}  // namespace offertracker::recruiting
