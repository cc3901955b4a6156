// deliver_due_webhooks with real parts: the Recruiting store (memory, a SQLite file, PostgreSQL when configured),
// the real guarded fetcher (its policy allowing loopback, as the operator's setting does) and HMAC signer, a
// manual clock, and receivers this test serves on 127.0.0.1 that fail, time out, recover or redirect.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <string>

#include "loopback_fetcher.hpp"
#include "loopback_server.hpp"
#include "webhook_world.hpp"

using namespace offertracker;
using namespace std::chrono_literals;
using recruiting::delivery_state;
using recruiting::webhook_event;
using testing::http_response;
using testing::loopback_fetcher;
using testing::loopback_server;
using testing::received_request;
using testing::webhook_world;

namespace {

const std::string secret = "whsec_test_0123456789abcdef";

// The check a receiver makes: the header is "sha256=" + HMAC-SHA256(secret, the exact body), in lower-case hex.
void check_signed(const received_request& r, const std::string& key) {
    const adapters::crypto::hmac_keyed_hasher hmac;
    CHECK(r.header("X-OfferTracker-Signature") == "sha256=" + hmac.hmac_sha256_hex(key, r.body));
    CHECK(r.header("X-OfferTracker-Signature") != "sha256=" + hmac.hmac_sha256_hex("another secret", r.body));
}

}  // namespace

TEST_CASE("webhooks: a receiver that fails, then times out, then recovers gets the delivery, every attempt logged",
          "[webhooks][delivery]") {
    for (auto& f : testing::store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        webhook_world w(*store, {.max_attempts = 6, .first_retry = 30s, .max_retry_delay = 1h, .lease = 60s,
                                 .timeout = 500ms});
        std::atomic<int> calls{0};
        // Each answer moves the manual clock first, so the recorded duration is the clock's, not the wall's.
        loopback_server receiver([&](const received_request&, loopback_server& self) {
            switch (++calls) {
                case 1: w.clock.advance(250ms); return http_response(500, "boom");
                case 2: self.hold(); return http_response(200, "too late");  // held past the 500 ms timeout
                default: w.clock.advance(120ms); return http_response(200, "ok");
            }
        });
        loopback_fetcher net;
        const auto org = w.add_org();
        const auto hook = w.add_endpoint(org, receiver.url("/hooks/offertracker"), secret);
        const auto payload = testing::job_created_payload(org, 7);
        const auto id = w.enqueue(org, hook, payload);

        // 1: 500. Retried first_retry after the attempt ended.
        CHECK(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 10) == 1);
        auto d = w.delivery(org, hook, id);
        REQUIRE(d);
        CHECK(d->state == delivery_state::pending);
        CHECK(d->attempts == 1);
        CHECK(d->next_attempt_at == testing::t0() + 250ms + 30s);
        // Not due yet: nothing is claimed, nothing is sent.
        w.clock.set(d->next_attempt_at - 1us);
        CHECK(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 10) == 0);
        CHECK(calls == 1);

        // 2: the receiver holds its answer; the fetch times out and the retry waits twice as long.
        w.clock.set(d->next_attempt_at);
        const auto second_at = w.clock.now();
        CHECK(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 10) == 1);
        d = w.delivery(org, hook, id);
        REQUIRE(d);
        CHECK(d->state == delivery_state::pending);
        CHECK(d->attempts == 2);
        CHECK(d->next_attempt_at == second_at + 60s);

        // 3: 200. Delivered when the attempt ended.
        w.clock.set(d->next_attempt_at);
        const auto third_at = w.clock.now();
        CHECK(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 10) == 1);
        d = w.delivery(org, hook, id);
        REQUIRE(d);
        CHECK(d->state == delivery_state::delivered);
        CHECK(d->attempts == 3);
        REQUIRE(d->delivered_at);
        CHECK(*d->delivered_at == third_at + 120ms);
        CHECK(d->payload == payload);

        const auto attempts = w.attempts(org, id);
        REQUIRE(attempts.size() == 3);
        CHECK(attempts[0].attempt == 1);
        CHECK(attempts[0].at == testing::t0());
        CHECK(attempts[0].status_code == 500);
        CHECK(attempts[0].error == "The receiver answered HTTP 500.");
        CHECK(attempts[0].duration_ms == 250);
        CHECK(attempts[1].attempt == 2);
        CHECK(attempts[1].at == second_at);
        CHECK_FALSE(attempts[1].status_code);
        CHECK(attempts[1].error.rfind("timeout: ", 0) == 0);
        CHECK(attempts[2].attempt == 3);
        CHECK(attempts[2].at == third_at);
        CHECK(attempts[2].status_code == 200);
        CHECK(attempts[2].error.empty());
        CHECK(attempts[2].duration_ms == 120);

        // Delivered is final.
        w.clock.advance(std::chrono::hours(48));
        CHECK(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 10) == 0);

        const auto seen = receiver.requests();
        REQUIRE(seen.size() == 3);
        for (const auto& r : seen) {
            CHECK(r.method == "POST");
            CHECK(r.target == "/hooks/offertracker");
            CHECK(r.body == payload);  // the stored body, byte for byte: what was signed is what arrives
            CHECK(r.header("Content-Type") == "application/json");
            CHECK(r.header("X-OfferTracker-Event") == "job.created");
            CHECK(r.header("X-OfferTracker-Delivery") == std::to_string(id));
            check_signed(r, secret);
        }
    }
}

TEST_CASE("webhooks: retries double up to max_retry_delay; after max_attempts the delivery is failed",
          "[webhooks][delivery]") {
    for (auto& f : testing::store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        webhook_world w(*store, {.max_attempts = 4, .first_retry = 30s, .max_retry_delay = 100s, .lease = 60s,
                                 .timeout = 2s});
        loopback_server receiver([](const received_request&, loopback_server&) {
            return http_response(503, "down for maintenance");
        });
        loopback_fetcher net;
        const auto org = w.add_org();
        const auto hook = w.add_endpoint(org, receiver.url("/"), secret);
        const auto id = w.enqueue(org, hook, testing::job_created_payload(org, 1));

        // 30 s, 60 s, then 100 s (120 s capped); the fourth failure is the last.
        const std::chrono::seconds expected_delays[] = {30s, 60s, 100s};
        for (auto delay : expected_delays) {
            const auto now = w.clock.now();
            REQUIRE(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 10) == 1);
            auto d = w.delivery(org, hook, id);
            REQUIRE(d);
            CHECK(d->state == delivery_state::pending);
            CHECK(d->next_attempt_at == now + delay);
            w.clock.set(d->next_attempt_at);
        }
        CHECK(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 10) == 1);
        auto d = w.delivery(org, hook, id);
        REQUIRE(d);
        CHECK(d->state == delivery_state::failed);
        CHECK(d->attempts == 4);
        CHECK_FALSE(d->delivered_at);

        w.clock.advance(std::chrono::hours(24 * 30));
        CHECK(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 10) == 0);
        CHECK(receiver.requests().size() == 4);
        const auto attempts = w.attempts(org, id);
        REQUIRE(attempts.size() == 4);
        for (int i = 0; i < 4; ++i) {
            CHECK(attempts[i].attempt == i + 1);
            CHECK(attempts[i].status_code == 503);
        }
    }
}

TEST_CASE("webhooks: a refused address is a failed attempt and no connection", "[webhooks][delivery][guard]") {
    for (auto& f : testing::store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        webhook_world w(*store);
        loopback_server receiver([](const received_request&, loopback_server&) { return http_response(200, ""); });
        loopback_fetcher strict(false);  // the production policy: public unicast only
        const auto org = w.add_org();
        const auto hook = w.add_endpoint(org, receiver.url("/"), secret);
        const auto id = w.enqueue(org, hook, testing::job_created_payload(org, 1));

        CHECK(recruiting::deliver_due_webhooks(w.services, strict.fetcher, w.signer, 10) == 1);
        CHECK(*strict.connection_attempts == 0);
        CHECK(receiver.accepts() == 0);
        const auto attempts = w.attempts(org, id);
        REQUIRE(attempts.size() == 1);
        CHECK_FALSE(attempts[0].status_code);
        CHECK(attempts[0].error.rfind("refused_address: ", 0) == 0);
        auto d = w.delivery(org, hook, id);
        REQUIRE(d);
        CHECK(d->state == delivery_state::pending);  // the operator may yet allow the address: retried as usual
        CHECK(d->next_attempt_at == testing::t0() + 30s);
    }
}

TEST_CASE("webhooks: a redirect is a failed attempt, never followed", "[webhooks][delivery]") {
    for (auto& f : testing::store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        webhook_world w(*store);
        loopback_server receiver([](const received_request& r, loopback_server&) {
            if (r.target == "/moved") return http_response(302, "", "Location: /new-home\r\n");
            if (r.target == "/moved-nowhere") return http_response(301, "");  // no Location: only a status
            return http_response(200, "");
        });
        loopback_fetcher net;
        const auto org = w.add_org();
        const auto moved = w.add_endpoint(org, receiver.url("/moved"), secret);
        const auto nowhere = w.add_endpoint(org, receiver.url("/moved-nowhere"), secret);
        const auto a = w.enqueue(org, moved, testing::job_created_payload(org, 1));
        const auto b = w.enqueue(org, nowhere, testing::job_created_payload(org, 1));

        CHECK(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 10) == 2);
        const auto redirected = w.attempts(org, a);
        REQUIRE(redirected.size() == 1);
        CHECK_FALSE(redirected[0].status_code);
        CHECK(redirected[0].error.rfind("too_many_redirects: ", 0) == 0);
        const auto bare = w.attempts(org, b);
        REQUIRE(bare.size() == 1);
        CHECK(bare[0].status_code == 301);
        CHECK(bare[0].error == "The receiver answered HTTP 301.");
        CHECK(w.delivery(org, moved, a)->state == delivery_state::pending);
        CHECK(w.delivery(org, nowhere, b)->state == delivery_state::pending);
        const auto seen = receiver.requests();
        REQUIRE(seen.size() == 2);  // /new-home is never asked
        for (const auto& r : seen) CHECK(r.target != "/new-home");
    }
}

TEST_CASE("webhooks: an inactive endpoint fails its delivery without a request", "[webhooks][delivery]") {
    for (auto& f : testing::store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        webhook_world w(*store);
        loopback_server receiver([](const received_request&, loopback_server&) { return http_response(200, ""); });
        loopback_fetcher net;
        const auto org = w.add_org();
        const auto hook = w.add_endpoint(org, receiver.url("/"), secret, /*active=*/false);
        const auto id = w.enqueue(org, hook, testing::job_created_payload(org, 1));

        CHECK(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 10) == 1);
        CHECK(receiver.accepts() == 0);
        auto d = w.delivery(org, hook, id);
        REQUIRE(d);
        CHECK(d->state == delivery_state::failed);
        const auto attempts = w.attempts(org, id);
        REQUIRE(attempts.size() == 1);
        CHECK(attempts[0].error == "The endpoint is inactive.");
        CHECK_FALSE(attempts[0].status_code);
    }
}

namespace {

// Removes the endpoint in the window between the pass's claim and its reading of the endpoint: the first
// read_only unit begun (the endpoint's load) finds it already deleted, as when an admin deletes it mid-pass.
class deleting_store final : public ports::recruiting_store {
public:
    deleting_store(ports::recruiting_store& inner, recruiting::record_id org, recruiting::record_id hook)
        : inner_(inner), org_(org), hook_(hook) {}
    std::unique_ptr<ports::recruiting_unit_of_work> begin(ports::access mode) override {
        if (mode == ports::access::read_only && !deleted_) {
            deleted_ = true;
            auto unit = inner_.begin(ports::access::read_write);
            REQUIRE(unit->webhooks().remove(org_, hook_));
            unit->commit();
        }
        return inner_.begin(mode);
    }
    void pause_before_rerun(int rerun) override { inner_.pause_before_rerun(rerun); }

private:
    ports::recruiting_store& inner_;
    recruiting::record_id org_, hook_;
    bool deleted_ = false;
};

}  // namespace

TEST_CASE("webhooks: an endpoint deleted after its delivery was claimed gets no request, and nothing is left",
          "[webhooks][delivery]") {
    // Deleting an endpoint removes its deliveries with it (the port's cascade), so this window is the only
    // place a claimed delivery can lose its endpoint: the pass marks it failed, which finds nothing to write.
    for (auto& f : testing::store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        webhook_world setup(*store);
        loopback_server receiver([](const received_request&, loopback_server&) { return http_response(200, ""); });
        loopback_fetcher net;
        const auto org = setup.add_org();
        const auto hook = setup.add_endpoint(org, receiver.url("/"), secret);
        const auto kept = setup.add_endpoint(org, receiver.url("/kept"), secret);
        setup.enqueue(org, hook, testing::job_created_payload(org, 1));
        const auto other = setup.enqueue(org, kept, testing::job_created_payload(org, 2));

        deleting_store racing(*store, org, hook);
        webhook_world w(racing);
        CHECK(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 10) == 2);
        const auto seen = receiver.requests();
        REQUIRE(seen.size() == 1);
        CHECK(seen[0].target == "/kept");  // the other endpoint's delivery went ahead in the same pass
        CHECK(w.delivery(org, kept, other)->state == delivery_state::delivered);
        w.clock.advance(std::chrono::hours(24));
        CHECK(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 10) == 0);
        auto unit = store->begin(ports::access::read_only);
        CHECK_FALSE(unit->webhooks().get(org, hook));
    }
}

TEST_CASE("webhooks: a pass claims at most `batch`, oldest due first, and sends each event's own headers",
          "[webhooks][delivery]") {
    for (auto& f : testing::store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        webhook_world w(*store);
        loopback_server receiver([](const received_request&, loopback_server&) { return http_response(204, ""); });
        loopback_fetcher net;
        const auto org = w.add_org();
        const std::string other_secret = "whsec_second_endpoint_secret";
        const auto one = w.add_endpoint(org, receiver.url("/one"), secret);
        const auto two = w.add_endpoint(org, receiver.url("/two"), other_secret);
        const auto first = w.enqueue(org, one, R"({"event":"candidate.created"})", webhook_event::candidate_created);
        w.clock.advance(1s);
        const auto second = w.enqueue(org, two, R"({"event":"match.created"})", webhook_event::match_created);
        w.clock.advance(1s);
        const auto third =
            w.enqueue(org, one, R"({"event":"application.status_changed"})", webhook_event::application_status_changed);

        CHECK(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 2) == 2);
        auto seen = receiver.requests();
        REQUIRE(seen.size() == 2);
        CHECK(seen[0].header("X-OfferTracker-Delivery") == std::to_string(first));
        CHECK(seen[0].header("X-OfferTracker-Event") == "candidate.created");
        check_signed(seen[0], secret);
        CHECK(seen[1].header("X-OfferTracker-Delivery") == std::to_string(second));
        CHECK(seen[1].header("X-OfferTracker-Event") == "match.created");
        check_signed(seen[1], other_secret);  // each endpoint signs with its own secret

        CHECK(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 2) == 1);
        seen = receiver.requests();
        REQUIRE(seen.size() == 3);
        CHECK(seen[2].header("X-OfferTracker-Delivery") == std::to_string(third));
        CHECK(seen[2].header("X-OfferTracker-Event") == "application.status_changed");
        CHECK(w.delivery(org, one, third)->state == delivery_state::delivered);  // 204 is a 2xx
        CHECK(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 0) == 0);
    }
}

TEST_CASE("webhooks: a pass leaves what it cannot finish within the lease to the next claim", "[webhooks][delivery]") {
    for (auto& f : testing::store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        webhook_world w(*store, {.lease = 60s, .timeout = 10s});
        // Each answer takes 55 s of the manual clock: after the first, another could outlast the 60 s lease,
        // when a second dispatcher may claim the rest.
        loopback_server receiver([&](const received_request&, loopback_server&) {
            w.clock.advance(55s);
            return http_response(200, "");
        });
        loopback_fetcher net;
        const auto org = w.add_org();
        const auto hook = w.add_endpoint(org, receiver.url("/"), secret);
        const auto first = w.enqueue(org, hook, testing::job_created_payload(org, 1));
        const auto second = w.enqueue(org, hook, testing::job_created_payload(org, 2));

        CHECK(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 10) == 1);
        CHECK(w.delivery(org, hook, first)->state == delivery_state::delivered);
        auto left = w.delivery(org, hook, second);
        REQUIRE(left);
        CHECK(left->state == delivery_state::pending);
        CHECK(left->attempts == 0);  // not tried: no attempt recorded
        CHECK(left->next_attempt_at == testing::t0() + 60s);  // hidden until the lease ends
        CHECK(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 10) == 0);

        w.clock.set(testing::t0() + 60s);
        CHECK(recruiting::deliver_due_webhooks(w.services, net.fetcher, w.signer, 10) == 1);
        CHECK(w.delivery(org, hook, second)->state == delivery_state::delivered);
        CHECK(receiver.requests().size() == 2);
    }
}
