// The server's overload bounds over real sockets: past max_queued_requests or max_connections a client gets a
// prompt 503 with Retry-After from the error renderer instead of an unbounded wait. Mechanism only, no timing.
#include <offertracker/http/router.hpp>
#include <offertracker/http/server.hpp>
#include <offertracker/testing/test_client.hpp>

#include <catch2/catch.hpp>

#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

using namespace offertracker::adapters::http;
using offertracker::testing::test_client;
using offertracker::testing::test_response;
using namespace std::chrono_literals;

namespace {

// Requests to /gate block until open(); /fast answers at once.
class gated_server {
public:
    explicit gated_server(server_options options) {
        auto& api = router_.mount_at("/api", [](const request&, unsigned status, std::string_view message) {
            return response::json(status, "{\"detail\":\"" + std::string{message} + "\"}");
        });
        api.get("/gate", [this](const request&, const path_params&) {
            std::unique_lock lock{mutex_};
            ++inside_;
            changed_.notify_all();
            changed_.wait(lock, [&] { return open_; });
            return response::text(200, "passed");
        });
        api.get("/fast", [](const request&, const path_params&) { return response::text(200, "fast"); });
        router_.mount_at("", [](const request&, unsigned status, std::string_view message) {
            return response::text(status, "root: " + std::string{message});
        });
        options.port = 0;
        options.read_timeout = 10s;
        options.idle_timeout = 10s;
        options.shutdown_grace = 5s;
        server_ = std::make_unique<server>(std::move(options), router_, server::log_sink{});
        server_->start();
    }
    ~gated_server() {
        open();
        server_->stop();
    }

    [[nodiscard]] unsigned short port() const { return server_->port(); }
    void open() {
        {
            const std::lock_guard lock{mutex_};
            open_ = true;
        }
        changed_.notify_all();
    }
    void wait_inside(int n) {
        std::unique_lock lock{mutex_};
        changed_.wait(lock, [&] { return inside_ >= n; });
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    bool open_ = false;
    int inside_ = 0;
    router router_;
    std::unique_ptr<server> server_;
};

test_client client_of(unsigned short port) {
    test_client c{port};
    c.set_timeout(20s);
    return c;
}

}  // namespace

TEST_CASE("server answers 503 with Retry-After past the queue bound, and the connection stays usable",
          "[http][server][overload]") {
    server_options options;
    options.worker_threads = 1;
    options.max_queued_requests = 1;
    options.overload_retry_after = 7s;
    gated_server srv{options};

    auto a = client_of(srv.port());
    a.send_raw("GET /api/gate HTTP/1.1\r\nHost: t\r\n\r\n");
    srv.wait_inside(1);  // the only worker is busy

    // Of two more requests one waits in the queue (its bound is 1) and the other is refused at once.
    auto b = client_of(srv.port());
    auto c = client_of(srv.port());
    auto fb = std::async(std::launch::async, [&] { return b.get("/api/gate"); });
    auto fc = std::async(std::launch::async, [&] { return c.get("/api/gate"); });
    std::future<test_response>* refused = nullptr;
    std::future<test_response>* waiting = nullptr;
    for (int polls = 0; !refused; ++polls) {
        if (fb.wait_for(10ms) == std::future_status::ready) refused = &fb, waiting = &fc;
        else if (fc.wait_for(10ms) == std::future_status::ready) refused = &fc, waiting = &fb;
        if (!refused && polls == 1000) {
            srv.open();  // let the requests finish so the failure is reported instead of hanging
            FAIL("neither request was answered while the worker was busy");
        }
    }
    const auto r = refused->get();
    CHECK(r.status == 503);
    CHECK(r.header("Retry-After") == std::optional<std::string>{"7"});
    CHECK(r.body == "{\"detail\":\"Service Unavailable\"}");  // the mount's error renderer
    CHECK(r.keep_alive);
    CHECK(waiting->wait_for(0s) == std::future_status::timeout);  // the queued one is still waiting for the worker

    srv.open();
    CHECK(waiting->get().status == 200);
    CHECK(a.read_response().status == 200);
    auto& again = refused == &fb ? b : c;
    CHECK(again.get("/api/fast").status == 200);  // same connection, now that there is room
}

TEST_CASE("server answers a connection past the connection bound with 503 at once and closes it",
          "[http][server][overload]") {
    server_options options;
    options.worker_threads = 2;
    options.max_connections = 2;
    gated_server srv{options};

    auto a = client_of(srv.port());
    auto b = client_of(srv.port());
    REQUIRE(a.get("/api/fast").status == 200);  // both are accepted and open
    REQUIRE(b.get("/api/fast").status == 200);

    auto c = client_of(srv.port());
    const auto r = c.read_response();  // sent before any request was written
    CHECK(r.status == 503);
    CHECK(r.header("Retry-After") == std::optional<std::string>{"1"});
    CHECK(r.body == "root: Service Unavailable");
    CHECK_FALSE(r.keep_alive);
    CHECK(c.wait_closed(5s));

    CHECK(a.get("/api/fast").status == 200);  // the open ones are unaffected
    a.close();
    // Once a connection has gone, a new one is served (its session may take a moment to unregister).
    for (int attempt = 0;; ++attempt) {
        auto d = client_of(srv.port());
        const auto first = d.get("/api/fast");
        if (first.status == 200) break;
        REQUIRE(first.status == 503);
        REQUIRE(attempt < 500);
        std::this_thread::sleep_for(10ms);
    }
}
