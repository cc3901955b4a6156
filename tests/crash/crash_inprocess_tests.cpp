// In-process tests: the production Beast server, router and OfferTracker surface over in-memory adapters, with
// short timeouts. Slow clients that trickle headers or bodies are cut off without starving others, and many threads
// issuing requests at once get consistent answers. No executable and no database: these are the concurrency tests
// scripts/hardening runs under ThreadSanitizer.
#include <catch2/catch.hpp>

#include <atomic>
#include <memory>
#include <set>
#include <mutex>
#include <thread>
#include <vector>

#include "inprocess_server.hpp"
#include "support/api_client.hpp"
#include "support/server_process.hpp"

namespace offertracker::crash_test {
namespace {

using namespace std::chrono_literals;
using clock_type = std::chrono::steady_clock;

}  // namespace

TEST_CASE("Slow clients time out without starving others", "[crash][slow]") {
    // read timeout 2 s (from a request's first byte), idle timeout 3 s.
    inprocess_server server(2s, 3s);
    std::atomic<bool> stop{false};
    std::atomic<int> slow_closed{0}, slow_total{0};
    std::vector<std::thread> slow;
    // 40 clients trickle a request line and headers, 40 trickle a declared body, 40 connect and say nothing:
    // one byte every 250 ms would keep them alive forever if only idle time counted.
    for (int kind = 0; kind < 3; ++kind) {
        for (int i = 0; i < 40; ++i) {
            slow.emplace_back([&, kind] {
                ++slow_total;
                std::unique_ptr<raw_socket> connection;
                try {
                    connection = std::make_unique<raw_socket>(server.port(), 1s);
                } catch (const std::exception&) {
                    return;  // not even accepted: counts as a failure below (slow_closed stays short)
                }
                raw_socket& s = *connection;
                std::string payload;
                if (kind == 0) payload = "GET / HTTP/1.1\r\nHost: t\r\nX-Slow: " + std::string(200, 's');
                if (kind == 1) {
                    // (no Catch assertion here: Catch is not thread-safe; a failed send just ends the loop)
                    (void)s.send_all("POST /api/v1/auth/login HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                                     "Content-Length: 400\r\n\r\n");
                    payload = std::string(400, ' ');
                }
                const auto start = clock_type::now();
                std::size_t at = 0;
                while (!stop.load() && clock_type::now() - start < scaled(12s)) {
                    if (kind != 2 && at < payload.size()) {
                        if (!s.send_all(payload.substr(at++, 1))) break;  // reset by the server
                    }
                    if (s.closed_within(250ms)) break;
                }
                if (clock_type::now() - start < scaled(10s)) ++slow_closed;
            });
        }
    }
    // Meanwhile a well-behaved client is answered promptly, again and again.
    const auto start = clock_type::now();
    int prompt_answers = 0;
    while (clock_type::now() - start < 4s) {
        const auto t0 = clock_type::now();
        testing::test_client c(server.port());
        if (c.get("/").status == 200 && clock_type::now() - t0 < scaled(500ms)) ++prompt_answers;
        std::this_thread::sleep_for(50ms);
    }
    for (auto& t : slow) t.join();
    stop = true;
    CHECK(prompt_answers >= 10);
    // Every slow client was cut off by a timeout (2 s, or 3 s idle, plus scheduling), long before 10 s.
    CHECK(slow_closed.load() == slow_total.load());
}

TEST_CASE("Concurrent requests from many threads get consistent answers", "[crash][concurrent]") {
    inprocess_server server(10s, 10s, 4);
    const auto token = register_user(server.port(), "concurrent");
    constexpr int threads = 8;
    constexpr int per_thread = 40;
    std::atomic<int> failures{0};
    std::mutex ids_mutex;
    std::set<std::string> created;
    std::vector<std::thread> clients;
    for (int t = 0; t < threads; ++t) {
        clients.emplace_back([&, t] {
            try {
                auto c = authed_client(server.port(), token);
                for (int i = 0; i < per_thread; ++i) {
                    const auto r = c.post_json("/api/v1/applications/", R"({"company_name":"c)" + std::to_string(t) + "-" +
                                                                             std::to_string(i) +
                                                                             R"(","role_title":"Engineer","status":"Applied"})");
                    if (r.status != 201) { ++failures; continue; }
                    const std::string id(parse(r.body).at("id").as_string());
                    if (c.post_json("/api/v1/applications/" + id + "/stages", R"({"stage_name":"Screen"})").status != 201)
                        ++failures;
                    const auto got = c.get("/api/v1/applications/" + id);
                    if (got.status != 200 || parse(got.body).at("status").as_string() != "Interviewing") ++failures;
                    if (c.get("/api/v1/applications/?limit=5").status != 200) ++failures;
                    std::lock_guard lock(ids_mutex);
                    created.insert(id);
                }
            } catch (const std::exception&) {
                ++failures;
            }
        });
    }
    for (auto& t : clients) t.join();
    CHECK(failures.load() == 0);
    CHECK(created.size() == threads * per_thread);
    CHECK(all_applications(server.port(), token).size() == created.size());
}

}  // namespace offertracker::crash_test
