// Graceful shutdown: SIGTERM while clients are busy. The server exits cleanly and in time, every response it sends
// is a 2xx, and no request it accepted (i.e. whose write reached the database) was answered with a reset or EOF.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "support/api_client.hpp"
#include "support/server_process.hpp"

namespace offertracker::crash_test {
namespace {

using namespace std::chrono_literals;

struct outcome_log {
    std::mutex mutex;
    std::set<std::string> answered;    // tags whose request got a complete response
    std::set<std::string> unanswered;  // tags whose request got a reset, EOF or timeout instead
    std::atomic<int> non_2xx{0};
    std::atomic<int> answered_after_term{0};
    std::string first_non_2xx;
};

}  // namespace

TEST_CASE("SIGTERM during load drains in-flight requests and resets none it accepted", "[crash][shutdown]") {
    temp_dir dir;
    const auto url = "sqlite://" + (dir.path() / "offertracker.db").string();
    outcome_log log;
    std::atomic<bool> terminated{false};
    std::string token;
    {
        server_process server({dir.path(), url, 4, {}});
        token = register_user(server.port(), "graceful");
        std::atomic<bool> stop{false};
        std::vector<std::thread> clients;
        for (int t = 0; t < 8; ++t) {
            clients.emplace_back([&, t] {
                std::unique_ptr<testing::test_client> c;
                for (int i = 0; !stop.load(); ++i) {
                    const std::string tag = "term-" + std::to_string(t) + "-" + std::to_string(i);
                    try {
                        if (!c) c = std::make_unique<testing::test_client>(authed_client(server.port(), token));
                    } catch (const std::exception&) {
                        if (terminated.load()) return;  // the listener is gone: no new connection is expected
                        std::this_thread::sleep_for(5ms);
                        continue;
                    }
                    try {
                        // A login every few requests keeps slow (Argon2) work in flight when SIGTERM lands.
                        if (i % 4 == 3) {
                            const auto r = c->post_json("/api/v1/auth/login",
                                                        R"({"email":"graceful@example.com","password":"secret-graceful"})");
                            if (r.status != 200) {
                                std::lock_guard lock(log.mutex);
                                if (log.non_2xx++ == 0) log.first_non_2xx = std::to_string(r.status) + " " + r.body;
                            }
                            if (terminated.load()) ++log.answered_after_term;
                            if (!r.keep_alive) c.reset();
                            continue;
                        }
                        const auto r = c->post_json("/api/v1/applications/",
                                                    R"({"company_name":")" + tag + R"(","role_title":"Engineer"})");
                        std::lock_guard lock(log.mutex);
                        log.answered.insert(tag);
                        if (r.status != 201 && log.non_2xx++ == 0)
                            log.first_non_2xx = std::to_string(r.status) + " " + r.body;
                        if (terminated.load()) ++log.answered_after_term;
                        if (!r.keep_alive) c.reset();
                    } catch (const std::exception&) {
                        std::lock_guard lock(log.mutex);
                        log.unanswered.insert(tag);
                        c.reset();
                    }
                }
            });
        }
        std::this_thread::sleep_for(1500ms);
        terminated = true;
        server.signal(SIGTERM);
        const auto status = server.wait_exit(scaled(20s));  // shutdown_grace is 10 s
        stop = true;
        for (auto& t : clients) t.join();
        INFO("server log:\n" << server.log_tail());
        REQUIRE(status.has_value());
        CHECK(WIFEXITED(*status));
        CHECK(WEXITSTATUS(*status) == 0);
    }
    INFO("answered: " << log.answered.size() << ", unanswered: " << log.unanswered.size()
                      << ", answered after SIGTERM: " << log.answered_after_term.load());
    INFO("first non-2xx: " << log.first_non_2xx);
    CHECK(log.non_2xx.load() == 0);
    REQUIRE(log.answered.size() > 20);

    // Every application in the database was created by a request whose client got the response.
    server_process restarted({dir.path(), url, 2, {}});
    token = login(restarted.port(), "graceful");
    std::vector<std::string> accepted_but_reset;
    for (const auto& a : all_applications(restarted.port(), token)) {
        const std::string tag(a.at("company_name").as_string());
        if (log.answered.count(tag) == 0) accepted_but_reset.push_back(tag);
    }
    CHECK(accepted_but_reset.empty());
}

}  // namespace offertracker::crash_test
