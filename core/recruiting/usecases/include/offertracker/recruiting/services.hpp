// The ports every Recruiting use case may call, and who is acting. Built once by the composition root.
#pragma once

#include <offertracker/ports/clock.hpp>
#include <offertracker/ports/embedding_provider.hpp>
#include <offertracker/ports/event_log.hpp>
#include <offertracker/ports/id_generator.hpp>
#include <offertracker/ports/password_hasher.hpp>
#include <offertracker/ports/recruiting_store.hpp>
#include <offertracker/ports/text_extractor.hpp>
#include <offertracker/ports/throttle.hpp>
#include <offertracker/ports/token_service.hpp>
#include <offertracker/recruiting/records.hpp>

namespace offertracker::recruiting {

// Failed logins tolerated per account and per client address (as for seeker accounts).
struct login_limits {
    ports::throttle_limit per_account{10, std::chrono::minutes{15}};
    ports::throttle_limit per_address{100, std::chrono::minutes{15}};
};

// How webhook deliveries are retried: attempt n (1-based) that fails is tried again after
// first_retry * 2^(n-1), capped at max_retry_delay, until max_attempts have failed (then the delivery is failed).
struct webhook_policy {
    int max_attempts = 6;
    std::chrono::seconds first_retry{30};
    std::chrono::seconds max_retry_delay{std::chrono::hours{1}};
    std::chrono::seconds lease{60};  // how long a claimed delivery is hidden from other dispatchers
    std::chrono::milliseconds timeout{10'000};  // one attempt's whole POST; a slower receiver is a failed attempt
};

struct services {
    ports::recruiting_store& store;
    ports::clock& clock;
    ports::id_generator& ids;  // randomness for webhook secrets
    ports::password_hasher& hasher;
    ports::token_service& tokens;  // the Recruiting audience: a seeker token does not verify here
    ports::event_log& log;
    ports::throttle& throttle;
    ports::text_extractor& extractor;
    ports::embedding_provider* embeddings = nullptr;  // none: the "openai" strategy answers with naive
    login_limits login{};
    webhook_policy webhooks{};
};

// The member on whose behalf a use case runs: the subject of a verified Recruiting token. Every use case loads
// the member first (401 "Could not validate credentials" when it no longer exists or was deactivated), then
// works inside the member's org only, and refuses writes to a viewer (403 "Not enough permissions").
struct recruiter {
    record_id member_id = 0;
};

}  // namespace offertracker::recruiting
