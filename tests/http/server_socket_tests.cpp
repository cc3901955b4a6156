// Server behaviour over real sockets: keep-alive, limits, timeouts, CORS, request ids, failures, shutdown, load.
#include <offertracker/http/filters.hpp>
#include <offertracker/http/router.hpp>
#include <offertracker/http/server.hpp>
#include <offertracker/testing/test_client.hpp>

#include <catch2/catch.hpp>

#include <atomic>
#include <future>
#include <mutex>
#include <stdexcept>
#include <thread>

using namespace offertracker::adapters::http;
using offertracker::testing::test_client;
using offertracker::testing::test_client_error;
using namespace std::chrono_literals;

namespace {

server_options test_options() {
    server_options options;
    options.port = 0;
    options.io_threads = 1;
    options.worker_threads = 4;
    options.read_timeout = 2s;
    options.idle_timeout = 2s;
    options.shutdown_grace = 5s;
    return options;
}

error_renderer detail_shape() {
    return [](const request&, unsigned status, std::string_view message) {
        return response::json(status, "{\"detail\":\"" + std::string{message} + "\"}");
    };
}

// A started server over a router with a few test routes; collects log lines.
class running_server {
public:
    explicit running_server(server_options options = test_options(), std::vector<std::string> cors_origins = {}) {
        auto& api = router_.mount_at("/api/v1", detail_shape());
        api.get("/echo/{id}", [](const request&, const path_params& p) {
            return response::text(200, std::string{p.get("id")});
        });
        api.get("/tags/", [](const request&, const path_params&) { return response::json(200, "[]"); });
        api.get("/users/{user_id}", [](const request&, const path_params& p) {
            return response::text(200, "user " + std::string{p.get("user_id")});
        });
        api.get("/users/me", [](const request&, const path_params&) { return response::text(200, "me"); });
        api.post("/echo", [](const request& req, const path_params&) { return response::text(200, req.body); });
        // The route table declares the upload's own body limit; the server asks it once the head is read.
        api.post("/upload", [](const request& req, const path_params&) {
            return response::text(200, std::to_string(req.body.size()));
        }, {.body_limit = 64 * 1024});
        api.get("/request-id", [](const request& req, const path_params&) { return response::text(200, req.request_id); });
        api.get("/boom", [](const request&, const path_params&) -> response { throw std::runtime_error("kaboom"); });
        api.get("/slow", [](const request&, const path_params&) {
            std::this_thread::sleep_for(500ms);
            return response::text(200, "slow done");
        });
        api.get("/count", [this](const request&, const path_params&) {
            ++calls;
            return response::text(200, "counted");
        });
        router_.mount_at("", [](const request&, unsigned status, std::string_view message) {
            return response::text(status, "root: " + std::string{message});
        });

        const auto keep = [this](std::string_view line) {
            const std::lock_guard lock{log_mutex_};
            log_.emplace_back(line);
        };
        filters::add_standard_filters(router_, {.cors_origins = std::move(cors_origins), .access_log = keep});
        server_ = std::make_unique<server>(std::move(options), router_, keep);
        server_->start();
    }

    [[nodiscard]] unsigned short port() const { return server_->port(); }
    server& get() { return *server_; }

    [[nodiscard]] std::vector<std::string> log() const {
        const std::lock_guard lock{log_mutex_};
        return log_;
    }
    [[nodiscard]] bool logged(std::string_view needle) const {
        for (const auto& line : log()) {
            if (line.find(needle) != std::string::npos) return true;
        }
        return false;
    }

    std::atomic<int> calls{0};

private:
    // Declared before the server: its stop() (in its destructor) still logs and may still dispatch.
    mutable std::mutex log_mutex_;
    std::vector<std::string> log_;
    router router_;
    std::unique_ptr<server> server_;
};

}  // namespace

TEST_CASE("server keeps a connection alive across requests, including pipelined ones", "[http][server]") {
    running_server srv;
    test_client client{srv.port()};
    for (int i = 0; i < 5; ++i) {
        const auto res = client.get("/api/v1/echo/" + std::to_string(i));
        CHECK(res.status == 200);
        CHECK(res.body == std::to_string(i));
        CHECK(res.keep_alive);
    }
    const auto posted = client.post("/api/v1/echo", "hello body");
    CHECK(posted.body == "hello body");

    client.send_raw("GET /api/v1/echo/a HTTP/1.1\r\nHost: x\r\n\r\nGET /api/v1/echo/b HTTP/1.1\r\nHost: x\r\n\r\n");
    CHECK(client.read_response().body == "a");
    CHECK(client.read_response().body == "b");
}

TEST_CASE("server routes through the router over a socket", "[http][server]") {
    running_server srv;
    test_client client{srv.port()};
    CHECK(client.get("/api/v1/echo/a%2Fb%20c").body == "a/b c");
    CHECK(client.get("/api/v1/tags").body == "[]");
    CHECK(client.get("/api/v1/tags/").body == "[]");
    CHECK(client.get("/api/v1/users/me").body == "me");
    CHECK(client.get("/api/v1/users/42").body == "user 42");
    CHECK(client.get("/api/v1/echo/x?ignored=1").body == "x");

    const auto missing = client.get("/api/v1/nope");
    CHECK(missing.status == 404);
    CHECK(missing.body == "{\"detail\":\"Not Found\"}");
    const auto wrong = client.request("DELETE", "/api/v1/tags/");
    CHECK(wrong.status == 405);
    CHECK(wrong.header("Allow") == std::optional<std::string>{"GET, HEAD"});
    CHECK(wrong.body == "{\"detail\":\"Method Not Allowed\"}");
    const auto root = client.get("/elsewhere");
    CHECK(root.status == 404);
    CHECK(root.body == "root: Not Found");
}

TEST_CASE("server adds its own headers to every response", "[http][server]") {
    running_server srv;
    test_client client{srv.port()};
    const auto res = client.get("/api/v1/nope");
    CHECK(res.header("Server") == std::optional<std::string>{"offertracker"});
    CHECK(res.header("X-Content-Type-Options") == std::optional<std::string>{"nosniff"});
    CHECK(res.header("X-Frame-Options") == std::optional<std::string>{"DENY"});
    CHECK(res.header("X-Request-ID"));
    CHECK(res.header("Content-Length") == std::optional<std::string>{std::to_string(res.body.size())});
}

TEST_CASE("server answers HEAD from GET routes without a body", "[http][server]") {
    running_server srv;
    test_client client{srv.port()};
    const auto res = client.request("HEAD", "/api/v1/echo/abcdef");
    CHECK(res.status == 200);
    CHECK(res.body.empty());
    CHECK(res.header("Content-Length") == std::optional<std::string>{"6"});
    CHECK(client.get("/api/v1/echo/z").body == "z");  // the connection is still in sync
}

TEST_CASE("server answers 413 from Content-Length before the body is sent", "[http][server]") {
    auto options = test_options();
    options.body_limit = 1024;
    running_server srv{options};
    test_client client{srv.port()};
    client.send_raw("POST /api/v1/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10485760\r\n\r\n");
    const auto res = client.read_response();  // no body byte was sent: the server must not wait for it
    CHECK(res.status == 413);
    CHECK(res.body == "{\"detail\":\"Request body too large\"}");
    CHECK_FALSE(res.keep_alive);
    CHECK(client.wait_closed(4s));
}

TEST_CASE("server honours a per-route body limit", "[http][server]") {
    auto options = test_options();
    options.body_limit = 1024;
    running_server srv{options};
    const std::string body(10 * 1024, 'u');
    test_client upload{srv.port()};
    const auto ok = upload.post("/api/v1/upload", body);
    CHECK(ok.status == 200);
    CHECK(ok.body == std::to_string(body.size()));
    test_client echo{srv.port()};
    CHECK(echo.post("/api/v1/echo", body).status == 413);
    test_client huge{srv.port()};
    CHECK(huge.post("/api/v1/upload", std::string(65 * 1024, 'u')).status == 413);
}

TEST_CASE("server refuses a chunked body over the limit", "[http][server]") {
    auto options = test_options();
    options.body_limit = 1024;
    running_server srv{options};
    test_client client{srv.port()};
    client.send_raw("POST /api/v1/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    const std::string chunk = "200\r\n" + std::string(0x200, 'c') + "\r\n";
    std::optional<offertracker::testing::test_response> res;
    try {
        for (int i = 0; i < 4; ++i) client.send_raw(chunk);  // 2 KiB in total
        client.send_raw("0\r\n\r\n");
    } catch (const test_client_error&) {
        // The server may already have answered and closed; the response is still readable below.
    }
    res = client.read_response();
    CHECK(res->status == 413);
    CHECK(client.wait_closed(4s));

    test_client small{srv.port()};
    small.send_raw("POST /api/v1/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
    CHECK(small.read_response().body == "hello");
}

TEST_CASE("server answers 100 Continue before reading an expected body", "[http][server]") {
    running_server srv;
    test_client client{srv.port()};
    client.send_raw("POST /api/v1/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
    CHECK(client.read_response().status == 100);
    client.send_raw("ping");
    const auto res = client.read_response();
    CHECK(res.status == 200);
    CHECK(res.body == "ping");
}

TEST_CASE("server answers 400 to a malformed request and closes", "[http][server]") {
    running_server srv;
    test_client client{srv.port()};
    client.send_raw("THIS IS NOT HTTP\r\n\r\n");
    const auto res = client.read_response();
    CHECK(res.status == 400);
    CHECK(res.header("X-Request-ID"));
    CHECK(client.wait_closed(4s));

    test_client bad_header{srv.port()};
    bad_header.send_raw("GET / HTTP/1.1\r\nNo colon here\r\n\r\n");
    CHECK(bad_header.read_response().status == 400);
}

TEST_CASE("server answers 431 to oversized headers", "[http][server]") {
    auto options = test_options();
    options.header_limit = 4 * 1024;
    running_server srv{options};
    test_client client{srv.port()};
    client.send_raw("GET /api/v1/echo/a HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(8 * 1024, 'b') + "\r\n\r\n");
    CHECK(client.read_response().status == 431);
    CHECK(client.wait_closed(4s));
}

TEST_CASE("server drops a client trickling headers without starving others", "[http][server]") {
    auto options = test_options();
    options.read_timeout = 1s;
    running_server srv{options};
    test_client slow{srv.port()};
    const auto started = std::chrono::steady_clock::now();
    slow.send_raw("GET /api/v1/echo/slow HTTP/1.1\r\n");

    bool dropped = false;
    for (int i = 0; i < 10 && !dropped; ++i) {
        std::this_thread::sleep_for(200ms);
        try {
            slow.send_raw("X-Trickle: " + std::to_string(i) + "\r\n");
        } catch (const test_client_error&) {
            dropped = true;
        }
        if (i == 1) {  // meanwhile another client is served at once
            test_client fast{srv.port()};
            const auto before = std::chrono::steady_clock::now();
            CHECK(fast.get("/api/v1/echo/fast").body == "fast");
            CHECK(std::chrono::steady_clock::now() - before < 500ms);
        }
        if (std::chrono::steady_clock::now() - started > 1500ms) break;
    }
    CHECK((dropped || slow.wait_closed(2s)));
    CHECK(std::chrono::steady_clock::now() - started < 4s);
    CHECK(srv.logged("read timeout"));
}

TEST_CASE("server closes idle keep-alive connections", "[http][server]") {
    auto options = test_options();
    options.idle_timeout = 1s;
    running_server srv{options};
    test_client client{srv.port()};
    CHECK(client.get("/api/v1/echo/1").status == 200);
    const auto before = std::chrono::steady_clock::now();
    CHECK(client.wait_closed(4s));
    const auto waited = std::chrono::steady_clock::now() - before;
    CHECK(waited > 700ms);
    CHECK(waited < 3s);
}

TEST_CASE("server handles CORS for configured origins", "[http][server]") {
    running_server srv{test_options(), {"https://app.example.com"}};
    test_client client{srv.port()};

    SECTION("preflight from an allowed origin is answered without the handler") {
        const auto res = client.request("OPTIONS", "/api/v1/count", {},
                                        {{"Origin", "https://app.example.com"},
                                         {"Access-Control-Request-Method", "POST"},
                                         {"Access-Control-Request-Headers", "authorization, content-type"}});
        CHECK(res.status == 204);
        CHECK(res.header("Access-Control-Allow-Origin") == std::optional<std::string>{"https://app.example.com"});
        CHECK_FALSE(res.header("Access-Control-Allow-Credentials"));  // bearer auth needs no credentials mode
        CHECK(res.header("Access-Control-Allow-Methods") ==
              std::optional<std::string>{"GET, POST, PUT, PATCH, DELETE, OPTIONS"});
        CHECK(res.header("Access-Control-Allow-Headers") == std::optional<std::string>{"authorization, content-type"});
        CHECK(res.header("Access-Control-Max-Age"));
        CHECK(res.header("Vary") == std::optional<std::string>{"Origin"});
        CHECK(srv.calls == 0);
    }
    SECTION("preflight from another origin is refused without CORS headers") {
        const auto res = client.request("OPTIONS", "/api/v1/count", {},
                                        {{"Origin", "https://evil.example.com"}, {"Access-Control-Request-Method", "POST"}});
        CHECK(res.status == 403);
        CHECK(res.body == "{\"detail\":\"CORS origin not allowed\"}");
        CHECK_FALSE(res.header("Access-Control-Allow-Origin"));
        CHECK(srv.calls == 0);
    }
    SECTION("normal responses carry the allow-origin header only for allowed origins") {
        const auto allowed = client.get("/api/v1/count", {{"Origin", "https://app.example.com"}});
        CHECK(allowed.header("Access-Control-Allow-Origin") == std::optional<std::string>{"https://app.example.com"});
        CHECK_FALSE(allowed.header("Access-Control-Allow-Credentials"));
        CHECK(allowed.header("Vary") == std::optional<std::string>{"Origin"});
        const auto other = client.get("/api/v1/count", {{"Origin", "https://evil.example.com"}});
        CHECK(other.status == 200);
        CHECK_FALSE(other.header("Access-Control-Allow-Origin"));
        const auto none = client.get("/api/v1/count");
        CHECK_FALSE(none.header("Access-Control-Allow-Origin"));
        CHECK(srv.calls == 3);
    }
}

TEST_CASE("server echoes a valid X-Request-ID and generates one otherwise", "[http][server]") {
    running_server srv;
    test_client client{srv.port()};
    const auto echoed = client.get("/api/v1/request-id", {{"X-Request-ID", "abc-123_x.Y"}});
    CHECK(echoed.body == "abc-123_x.Y");
    CHECK(echoed.header("X-Request-ID") == std::optional<std::string>{"abc-123_x.Y"});

    const auto generated = client.get("/api/v1/request-id");
    CHECK(generated.body.size() == 32);
    CHECK(generated.header("X-Request-ID") == std::optional<std::string>{generated.body});
    CHECK(client.get("/api/v1/request-id").body != generated.body);

    for (const std::string& bad : {std::string{"has space"}, std::string(65, 'a'), std::string{"semi;colon"}}) {
        const auto res = client.get("/api/v1/request-id", {{"X-Request-ID", bad}});
        CHECK(res.body != bad);
        CHECK(res.body.size() == 32);
    }
}

TEST_CASE("server writes one access-log line per request without secrets", "[http][server]") {
    running_server srv;
    test_client client{srv.port()};
    CHECK(client.get("/api/v1/echo/logme?token=SECRET-QUERY",
                     {{"Authorization", "Bearer SECRET-TOKEN"}, {"X-Request-ID", "log-1"}})
              .status == 200);
    CHECK(client.post("/api/v1/echo", "SECRET-BODY", {{"X-Request-ID", "log-2"}}).status == 200);
    std::vector<std::string> access;
    for (const auto& line : srv.log()) {
        CHECK(line.find("SECRET") == std::string::npos);
        if (line.find("request_id=log-") != std::string::npos) access.push_back(line);
    }
    REQUIRE(access.size() == 2);
    CHECK(access[0].find("method=GET") != std::string::npos);
    CHECK(access[0].find("path=/api/v1/echo/logme ") != std::string::npos);
    CHECK(access[0].find("status=200") != std::string::npos);
    CHECK(access[0].find("bytes=5") != std::string::npos);
    CHECK(access[0].find("ms=") != std::string::npos);
    CHECK(access[0].find("remote=127.0.0.1") != std::string::npos);
}

TEST_CASE("server turns a handler exception into a 500 and keeps serving", "[http][server]") {
    running_server srv;
    test_client client{srv.port()};
    const auto res = client.get("/api/v1/boom", {{"X-Request-ID", "boom-1"}});
    CHECK(res.status == 500);
    CHECK(res.body == "{\"detail\":\"Internal Server Error\"}");
    CHECK(res.body.find("kaboom") == std::string::npos);
    CHECK(srv.logged("kaboom"));
    CHECK(client.get("/api/v1/echo/after").body == "after");
    test_client other{srv.port()};
    CHECK(other.get("/api/v1/echo/other").body == "other");
}

TEST_CASE("server stop lets an in-flight request finish", "[http][server]") {
    running_server srv;
    test_client idle{srv.port()};
    CHECK(idle.get("/api/v1/echo/idle").status == 200);
    test_client client{srv.port()};
    client.send_raw("GET /api/v1/slow HTTP/1.1\r\nHost: x\r\n\r\n");
    std::this_thread::sleep_for(100ms);  // the handler is now sleeping on a worker
    auto stopped = std::async(std::launch::async, [&] { srv.get().stop(); });
    const auto res = client.read_response();
    CHECK(res.status == 200);
    CHECK(res.body == "slow done");
    CHECK_FALSE(res.keep_alive);
    CHECK(stopped.wait_for(5s) == std::future_status::ready);
    CHECK(idle.wait_closed(1s));
    test_client late;
    CHECK_THROWS_AS(late.connect(srv.port()), test_client_error);
    srv.get().stop();  // idempotent
}

TEST_CASE("server serves 200 concurrent connections", "[http][server]") {
    auto options = test_options();
    options.io_threads = 2;
    running_server srv{options};
    std::vector<test_client> clients;
    clients.reserve(200);
    for (int i = 0; i < 200; ++i) clients.emplace_back(srv.port());
    for (int i = 0; i < 200; ++i)
        clients[i].send_raw("GET /api/v1/echo/" + std::to_string(i) + " HTTP/1.1\r\nHost: x\r\n\r\n");
    int ok = 0;
    for (int i = 0; i < 200; ++i) {
        const auto res = clients[i].read_response();
        if (res.status == 200 && res.body == std::to_string(i)) ++ok;
    }
    CHECK(ok == 200);
}

TEST_CASE("server start fails cleanly on a taken port", "[http][server]") {
    running_server srv;
    auto options = test_options();
    options.port = srv.port();
    const router nothing;
    server second{options, nothing, {}};
    // SO_REUSEADDR does not allow two listeners on one port on Linux.
    CHECK_THROWS_AS(second.start(), std::system_error);
    auto bad = test_options();
    bad.address = "not-an-address";
    server third{bad, nothing, {}};
    CHECK_THROWS_AS(third.start(), std::system_error);
}
