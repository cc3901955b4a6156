// app::webhook_dispatcher with real parts: it delivers on its own thread after a wake(), survives a store that
// fails, stops promptly in its destructor, and a delivery enqueued before a restart (a new store and dispatcher
// over the same SQLite file) is delivered after it.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

#include <offertracker/adapters/sql/sql_store.hpp>
#include <offertracker/ports/storage_error.hpp>

#include "loopback_fetcher.hpp"
#include "loopback_server.hpp"
#include "webhook_dispatcher.hpp"
#include "webhook_world.hpp"

using namespace offertracker;
using namespace std::chrono_literals;
using app::webhook_dispatcher;
using recruiting::delivery_state;
using testing::http_response;
using testing::loopback_fetcher;
using testing::loopback_server;
using testing::received_request;
using testing::webhook_world;

namespace {

const std::string secret = "whsec_dispatcher_test_secret";

// Waits (polling) until `done` holds or a generous limit passes; the caller REQUIREs the result. A bound on how
// long to wait, not an assertion on how long it took.
template <class Condition>
bool eventually(Condition done, std::chrono::seconds limit = 30s) {
    const auto give_up = std::chrono::steady_clock::now() + limit;
    while (!done()) {
        if (std::chrono::steady_clock::now() > give_up) return false;
        std::this_thread::sleep_for(5ms);
    }
    return true;
}

// A store whose units cannot be begun while `failing` is set, as when the database is unreachable.
class failing_store final : public ports::recruiting_store {
public:
    explicit failing_store(ports::recruiting_store& inner) : inner_(inner) {}
    std::atomic<bool> failing{true};
    std::unique_ptr<ports::recruiting_unit_of_work> begin(ports::access mode) override {
        if (failing) throw ports::storage_error("the database is unreachable");
        return inner_.begin(mode);
    }

private:
    ports::recruiting_store& inner_;
};

}  // namespace

TEST_CASE("dispatcher: wake() runs a pass long before the interval; the destructor stops the wait",
          "[webhooks][dispatcher]") {
    adapters::memory::in_memory_recruiting_store store;
    webhook_world w(store);
    loopback_server receiver([](const received_request&, loopback_server&) { return http_response(200, ""); });
    loopback_fetcher net;
    const auto org = w.add_org();
    const auto hook = w.add_endpoint(org, receiver.url("/hook"), secret);

    std::optional<webhook_dispatcher> dispatcher;
    // An hour between passes: only the first pass (at start) and wake() can deliver within this test.
    dispatcher.emplace(w.services, net.fetcher, w.signer, w.log, app::webhook_dispatcher_options{.interval = 1h});
    REQUIRE(eventually([&] { return dispatcher->passes() >= 1; }));
    const auto id = w.enqueue(org, hook, testing::job_created_payload(org, 3));
    dispatcher->wake();
    REQUIRE(eventually([&] { return w.delivery(org, hook, id)->state == delivery_state::delivered; }));
    CHECK(dispatcher->passes() >= 2);
    const auto seen = receiver.requests();
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].header("X-OfferTracker-Delivery") == std::to_string(id));
    // Destroying it while it waits out the hour returns (the stop ends the wait) and stops the passes.
    dispatcher.reset();
    CHECK(w.log.warnings().empty());
}

TEST_CASE("dispatcher: a backlog larger than a batch drains without waiting for intervals", "[webhooks][dispatcher]") {
    adapters::memory::in_memory_recruiting_store store;
    webhook_world w(store);
    loopback_server receiver([](const received_request&, loopback_server&) { return http_response(200, ""); });
    loopback_fetcher net;
    const auto org = w.add_org();
    const auto hook = w.add_endpoint(org, receiver.url("/hook"), secret);
    std::vector<recruiting::record_id> ids;
    for (int i = 0; i < 5; ++i) ids.push_back(w.enqueue(org, hook, testing::job_created_payload(org, i)));

    webhook_dispatcher dispatcher(w.services, net.fetcher, w.signer, w.log, {.interval = 1h, .batch = 2});
    REQUIRE(eventually([&] { return receiver.requests().size() == 5; }));
    for (auto id : ids) {
        REQUIRE(eventually([&] { return w.delivery(org, hook, id)->state == delivery_state::delivered; }));
    }
    const auto seen = receiver.requests();
    for (std::size_t i = 0; i < ids.size(); ++i) CHECK(seen[i].header("X-OfferTracker-Delivery") == std::to_string(ids[i]));
}

TEST_CASE("dispatcher: a pass that throws is logged and the loop goes on", "[webhooks][dispatcher]") {
    adapters::memory::in_memory_recruiting_store store;
    webhook_world setup(store);
    loopback_server receiver([](const received_request&, loopback_server&) { return http_response(200, ""); });
    loopback_fetcher net;
    const auto org = setup.add_org();
    const auto hook = setup.add_endpoint(org, receiver.url("/hook"), secret);
    const auto id = setup.enqueue(org, hook, testing::job_created_payload(org, 1));

    failing_store broken(store);
    webhook_world w(broken);
    webhook_dispatcher dispatcher(w.services, net.fetcher, w.signer, w.log, {.interval = 10ms});
    REQUIRE(eventually([&] { return w.log.warnings().size() >= 2; }));
    CHECK(w.log.warnings()[0] == "webhook dispatcher: a delivery pass failed: the database is unreachable");
    CHECK(receiver.accepts() == 0);

    broken.failing = false;  // the database is back
    REQUIRE(eventually([&] { return setup.delivery(org, hook, id)->state == delivery_state::delivered; }));
    CHECK(receiver.requests().size() == 1);
}

TEST_CASE("dispatcher: a delivery enqueued before a restart is delivered after it (SQLite file)",
          "[webhooks][dispatcher][restart]") {
    const std::filesystem::path dir = sql_test::fresh_temp_dir();
    const std::string url = "sqlite://" + (dir / "offertracker.db").string();
    std::atomic<int> calls{0};
    loopback_server receiver([&](const received_request&, loopback_server&) {
        return ++calls == 1 ? http_response(500, "not yet") : http_response(200, "");
    });
    loopback_fetcher net;
    recruiting::record_id org = 0, hook = 0, id = 0;
    const std::string payload = testing::job_created_payload(1, 42);

    {  // First run: enqueue, one failed attempt, then the process "stops" (dispatcher and store destroyed).
        adapters::sql::sql_store sql(url);
        sql.migrate();
        webhook_world w(sql.recruiting());
        org = w.add_org();
        hook = w.add_endpoint(org, receiver.url("/hook"), secret);
        id = w.enqueue(org, hook, payload);
        webhook_dispatcher dispatcher(w.services, net.fetcher, w.signer, w.log, {.interval = 1h});
        REQUIRE(eventually([&] { return w.attempts(org, id).size() == 1; }));
        CHECK(w.delivery(org, hook, id)->state == delivery_state::pending);
    }

    {  // Second run, a new store over the same file, later: the outbox still holds the delivery and its attempt.
        adapters::sql::sql_store sql(url);
        CHECK(sql.migrate().empty());
        webhook_world w(sql.recruiting());
        w.clock.set(testing::t0() + 31s);  // past the 30 s retry
        auto before = w.delivery(org, hook, id);
        REQUIRE(before);
        CHECK(before->state == delivery_state::pending);
        CHECK(before->attempts == 1);

        webhook_dispatcher dispatcher(w.services, net.fetcher, w.signer, w.log, {.interval = 1h});
        REQUIRE(eventually([&] { return w.delivery(org, hook, id)->state == delivery_state::delivered; }));
        const auto attempts = w.attempts(org, id);
        REQUIRE(attempts.size() == 2);
        CHECK(attempts[0].status_code == 500);
        CHECK(attempts[1].status_code == 200);
        CHECK(attempts[1].at == testing::t0() + 31s);
    }
    const auto seen = receiver.requests();
    REQUIRE(seen.size() == 2);
    for (const auto& r : seen) CHECK(r.body == payload);
    std::filesystem::remove_all(dir);
}
