// Overload and bad clients against the real executable (1,000 keep-alive connections, an over-large body, malformed
// request lines, clients that vanish mid-response) and, with short timeouts, the in-process server (slow clients
// trickling headers or bodies). Throughout, other clients are answered promptly and memory stays bounded.
#include <catch2/catch.hpp>

#include <sys/resource.h>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "support/api_client.hpp"
#include "support/server_process.hpp"

namespace offertracker::crash_test {
namespace {

using namespace std::chrono_literals;
using clock_type = std::chrono::steady_clock;

const std::string get_root = "GET / HTTP/1.1\r\nHost: t\r\n\r\n";

// A well-behaved client's request must be answered within this, whatever the others are doing. Generous: the
// machine running the tests may be loaded (2 cores, parallel builds), and this catches starvation, not slowness.
const auto prompt = scaled(2000ms);

void check_prompt_answer(unsigned short port) {
    const auto start = clock_type::now();
    testing::test_client c(port);
    c.set_timeout(5s);
    CHECK(c.get("/").status == 200);
    CHECK(clock_type::now() - start < prompt);
}

std::size_t open_file_limit() {
    rlimit l{};
    ::getrlimit(RLIMIT_NOFILE, &l);
    if (l.rlim_cur < 2200 && l.rlim_max >= 2200) {
        l.rlim_cur = 2200;
        ::setrlimit(RLIMIT_NOFILE, &l);
    }
    ::getrlimit(RLIMIT_NOFILE, &l);
    return l.rlim_cur;
}

}  // namespace

TEST_CASE("1,000 concurrent keep-alive connections are all served and memory stays bounded", "[crash][overload]") {
    // The server (a child) inherits this limit: 1,000 client sockets here, 1,000 accepted sockets there.
    REQUIRE(open_file_limit() >= 2100);
    temp_dir dir;
    server_process server({dir.path(), "sqlite://" + (dir.path() / "o.db").string(), 2, {}});
    check_prompt_answer(server.port());
    const auto baseline_kib = server.rss_kib();

    std::vector<std::unique_ptr<raw_socket>> connections;
    for (int i = 0; i < 1000; ++i) connections.push_back(std::make_unique<raw_socket>(server.port()));
    // Two rounds on every connection: the second proves each one stayed open (keep-alive) under the load.
    for (int round = 0; round < 2; ++round) {
        for (auto& s : connections) REQUIRE(s->send_all(get_root));
        int answered = 0;
        for (auto& s : connections) {
            const auto reply = s->read_until("Welcome to OfferTracker API\"}", scaled(10s));
            answered += reply.rfind("HTTP/1.1 200", 0) == 0 ? 1 : 0;
        }
        CHECK(answered == 1000);
        check_prompt_answer(server.port());
    }
    const auto loaded_kib = server.rss_kib();
    INFO("RSS baseline " << baseline_kib << " KiB, with 1,000 connections " << loaded_kib << " KiB");
    // Each connection may cost a session, a 4 KiB read buffer and a parser: bounded well below 100 KiB apiece.
    CHECK(loaded_kib < baseline_kib + 100 * 1024);
    connections.clear();
    check_prompt_answer(server.port());
}

TEST_CASE("Bad clients get their error and the server keeps serving others", "[crash][overload]") {
    temp_dir dir;
    server_process server({dir.path(), "sqlite://" + (dir.path() / "o.db").string(), 2, {}});
    const auto token = register_user(server.port(), "badclients");
    const auto baseline_kib = server.rss_kib();

    SECTION("an over-large declared body is refused with 413 before any of it is sent") {
        raw_socket s(server.port());
        const auto start = clock_type::now();
        REQUIRE(s.send_all("POST /api/v1/applications/ HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + token +
                           "\r\nContent-Type: application/json\r\nContent-Length: 500000000\r\n\r\n"));
        const auto reply = s.read_until("\r\n\r\n", 5s);
        CHECK(reply.rfind("HTTP/1.1 413", 0) == 0);
        CHECK(clock_type::now() - start < prompt);
        CHECK(s.closed_within(5s));
    }
    SECTION("an over-large chunked body is cut off at the limit with 413") {
        raw_socket s(server.port());
        REQUIRE(s.send_all("POST /api/v1/applications/ HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + token +
                           "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
        const std::string chunk = "10000\r\n" + std::string(0x10000, 'x') + "\r\n";
        std::size_t sent = 0;
        while (sent < 1536 * 1024 && s.send_all(chunk)) sent += 0x10000;  // 1.5 MiB against a 1 MiB limit
        const auto reply = s.read_until("\r\n\r\n", 5s);
        CHECK(reply.rfind("HTTP/1.1 413", 0) == 0);
    }
    SECTION("malformed request lines get 400 and a closed connection") {
        for (const std::string& bad : {std::string("GARBAGE\r\n\r\n"), std::string("GET / HTTP/9.9\r\nHost: t\r\n\r\n"),
                                      std::string("GET  / HTTP/1.1\r\n\r\n"), std::string("\x16\x03\x01\x02\x00\x01\x00", 7),
                                      std::string("GET / HTTP/1.1\r\nHost: t\r\nContent-Length: -1\r\n\r\n"),
                                      std::string("GET / HTTP/1.1\r\nBad Header\r\n\r\n")}) {
            raw_socket s(server.port());
            REQUIRE(s.send_all(bad + "\r\n\r\n"));
            const auto reply = s.read_until("\r\n\r\n", 5s);
            INFO("request: " << bad);
            CHECK(reply.rfind("HTTP/1.1 400", 0) == 0);
            CHECK(s.closed_within(5s));
        }
    }
    SECTION("clients that vanish mid-response, with pipelined requests unread") {
        std::string burst;
        for (int i = 0; i < 300; ++i)
            burst += "GET /api/v1/applications/?limit=100 HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + token + "\r\n\r\n";
        for (int i = 0; i < 20; ++i) {
            raw_socket s(server.port());
            REQUIRE(s.send_all(burst));
            (void)s.read_until("HTTP/1.1 200", 2s);  // the first response has started
            s.abort();                                // reset: the server's writes now fail
        }
    }
    SECTION("headers over the limit get 431") {
        raw_socket s(server.port());
        REQUIRE(s.send_all("GET / HTTP/1.1\r\nHost: t\r\nX-Big: " + std::string(64 * 1024, 'a') + "\r\n\r\n"));
        CHECK(s.read_until("\r\n\r\n", 5s).rfind("HTTP/1.1 431", 0) == 0);
    }

    // Whatever happened above, the server is up, prompt, still correct, and its memory did not run away.
    REQUIRE(server.running());
    check_prompt_answer(server.port());
    auto c = authed_client(server.port(), token);
    CHECK(c.get("/api/v1/users/me").status == 200);
    INFO("RSS baseline " << baseline_kib << " KiB, after " << server.rss_kib() << " KiB");
    CHECK(server.rss_kib() < baseline_kib + 64 * 1024);
}

}  // namespace offertracker::crash_test
