// A second surface built from the kit alone (no OfferTracker header): its own error envelope, a mount filter
// that marks every response (the router's 404/405 and the server's 413 included), a per-route body limit
// declared in the route table, bearer authentication, and the kit's body reader with this dialect's own wording
// of neutral field errors — over a real server and real sockets.
#include <offertracker/http/filters.hpp>
#include <offertracker/http/kit/authenticator.hpp>
#include <offertracker/http/kit/body_reader.hpp>
#include <offertracker/http/kit/reply.hpp>
#include <offertracker/http/router.hpp>
#include <offertracker/http/server.hpp>
#include <offertracker/testing/test_client.hpp>

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>

using namespace offertracker::adapters::http;
using offertracker::testing::test_client;
using namespace std::chrono_literals;

namespace {

// Tokens "token-<subject>"; anything else fails verification.
struct prefix_tokens final : offertracker::ports::token_service {
    std::string issue(const std::string& subject) override { return "token-" + subject; }
    std::optional<std::string> verify(std::string_view token) override {
        if (token.rfind("token-", 0) != 0 || token.size() == 6) return std::nullopt;
        return std::string{token.substr(6)};
    }
};

// The second dialect's envelope: {"error": {"code", "message"}}, with a code per status.
response envelope(unsigned status, std::string_view message) {
    const std::string code = status == 404 ? "NOT_FOUND" : status == 405 ? "METHOD_NOT_ALLOWED"
                           : status == 413 ? "PAYLOAD_TOO_LARGE" : status == 401 ? "UNAUTHORIZED" : "ERROR";
    return response::json(status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + std::string{message} + "\"}}");
}

// This dialect's words for a neutral field error: {"field": "a.b", "message": ...}.
boost::json::object detail_of(const offertracker::domain::field_error& f) {
    using offertracker::domain::field_code;
    std::string field;
    for (const auto& part : f.path) field += (field.empty() ? "" : ".") + part;
    std::string message;
    switch (f.code) {
        case field_code::missing: message = "is required"; break;
        case field_code::wrong_type: message = "must be of type " + f.expected; break;
        case field_code::too_long: message = "must be at most " + std::to_string(*f.limit) + " characters"; break;
        default: message = "is invalid"; break;
    }
    return {{"field", field.empty() ? "body" : field}, {"message", message}};
}

response validation_envelope(const offertracker::domain::error& e) {
    boost::json::array details;
    for (const auto& f : e.field_errors) details.push_back(detail_of(f));
    return kit::json_reply(400, boost::json::object{
        {"error", {{"code", "VALIDATION_ERROR"}, {"message", "Invalid input"}, {"details", std::move(details)}}}});
}

class second_surface {
public:
    second_surface() : auth_(tokens_) {
        filters::add_standard_filters(router_, {});
        auto& m = router_.mount_at("/v2", [this](const request& req, unsigned status, std::string_view message) {
            ++rendered_;
            // The renderer sees the request: it can tell a browser from an API client.
            auto res = envelope(status, message);
            if (req.header("Accept") == std::optional<std::string_view>{"text/html"})
                res = response::html(status, "<h1>" + std::string{message} + "</h1>");
            return res;
        });
        m.add_filter([](request& req, const next_step& next) {
            auto res = next(req);
            res.set_header("X-RateLimit-Limit", "100");
            return res;
        });
        // A filter may refuse on its own; the refusal is still in the mount's shape and still decorated.
        m.add_filter([](request& req, const next_step& next) {
            if (req.header("X-Over-Limit")) return next.error(req, 429, "Too many requests");
            return next(req);
        });
        m.get("/health", [](const request&, const path_params&) { return response::json(200, R"({"data":"ok"})"); });
        m.post("/notes", [](const request& req, const path_params&) {
            return response::json(201, "{\"data\":{\"bytes\":" + std::to_string(req.body.size()) + "}}");
        }, {.body_limit = 256});
        m.post("/labels", [](const request& req, const path_params&) {
            kit::body_reader body(req.body);
            auto name = body.required_string("name");
            auto rank = body.optional_int("rank");
            auto read = std::move(body).finish();
            if (!read && name.size() > 8) {
                read = offertracker::domain::error::validation({{.path = {"name"},
                                                                  .code = offertracker::domain::field_code::too_long,
                                                                  .limit = 8}});
            }
            if (read) return validation_envelope(*read);
            return kit::json_reply(201, boost::json::object{{"data", {{"name", name}, {"rank", rank.value_or(0)}}}});
        });
        m.get("/me", [this](const request& req, const path_params&) {
            auto who = auth_.authenticate(req);
            if (!who) {
                auto res = envelope(401, who.error().message);
                res.set_header("WWW-Authenticate", std::string{auth_.challenge()});
                return res;
            }
            return response::json(200, "{\"data\":{\"id\":\"" + *who + "\"}}");
        });
        server_options options;
        options.port = 0;
        options.read_timeout = 5s;
        options.idle_timeout = 5s;
        server_ = std::make_unique<server>(options, router_, server::log_sink{});
        server_->start();
    }
    ~second_surface() { server_->stop(); }

    [[nodiscard]] unsigned short port() const { return server_->port(); }
    [[nodiscard]] int rendered() const { return rendered_.load(); }

private:
    prefix_tokens tokens_;
    kit::bearer_authenticator auth_;
    std::atomic<int> rendered_{0};
    router router_;
    std::unique_ptr<server> server_;
};

}  // namespace

TEST_CASE("a second mount built from the kit wraps every response in its filters and its shape", "[http][kit]") {
    second_surface s;
    test_client client{s.port()};

    SECTION("a route's response carries the mount filter and the standard headers") {
        const auto res = client.get("/v2/health");
        CHECK(res.status == 200);
        CHECK(res.header("X-RateLimit-Limit") == std::optional<std::string>{"100"});
        CHECK(res.header("X-Request-ID"));
        CHECK(res.header("X-Content-Type-Options") == std::optional<std::string>{"nosniff"});
    }
    SECTION("the router's 404 and 405 are in the mount's envelope, with the filter") {
        const auto missing = client.get("/v2/nothing");
        CHECK(missing.status == 404);
        CHECK(missing.body == R"({"error":{"code":"NOT_FOUND","message":"Not Found"}})");
        CHECK(missing.header("X-RateLimit-Limit") == std::optional<std::string>{"100"});
        const auto wrong = client.request("DELETE", "/v2/health");
        CHECK(wrong.status == 405);
        CHECK(wrong.body == R"({"error":{"code":"METHOD_NOT_ALLOWED","message":"Method Not Allowed"}})");
        CHECK(wrong.header("Allow") == std::optional<std::string>{"GET, HEAD"});
        CHECK(wrong.header("X-RateLimit-Limit") == std::optional<std::string>{"100"});
    }
    SECTION("the route's own body limit is checked before the body is read, and the 413 is the mount's") {
        CHECK(client.post("/v2/notes", std::string(200, 'n')).status == 201);
        test_client big{s.port()};
        const auto res = big.post("/v2/notes", std::string(300, 'n'));
        CHECK(res.status == 413);
        CHECK(res.body == R"({"error":{"code":"PAYLOAD_TOO_LARGE","message":"Request body too large"}})");
        CHECK(res.header("X-RateLimit-Limit") == std::optional<std::string>{"100"});
        CHECK(res.header("X-Request-ID"));
    }
    SECTION("a filter's own refusal is rendered by the mount and decorated by the filters around it") {
        const auto res = client.get("/v2/health", {{"X-Over-Limit", "1"}});
        CHECK(res.status == 429);
        CHECK(res.body == R"({"error":{"code":"ERROR","message":"Too many requests"}})");
        CHECK(res.header("X-RateLimit-Limit") == std::optional<std::string>{"100"});
    }
    SECTION("the renderer sees the request") {
        const auto res = client.get("/v2/nothing", {{"Accept", "text/html"}});
        CHECK(res.status == 404);
        CHECK(res.body == "<h1>Not Found</h1>");
        CHECK(res.header("Content-Type") == std::optional<std::string>{"text/html; charset=utf-8"});
    }
    SECTION("bearer authentication: missing, wrong and valid tokens") {
        const auto none = client.get("/v2/me");
        CHECK(none.status == 401);
        CHECK(none.body == R"({"error":{"code":"UNAUTHORIZED","message":"Not authenticated"}})");
        CHECK(none.header("WWW-Authenticate") == std::optional<std::string>{"Bearer"});
        CHECK(client.get("/v2/me", {{"Authorization", "Basic dXNlcjpwdw=="}}).status == 401);
        const auto forged = client.get("/v2/me", {{"Authorization", "Bearer forged"}});
        CHECK(forged.body == R"({"error":{"code":"UNAUTHORIZED","message":"Invalid or expired token"}})");
        const auto ok = client.get("/v2/me", {{"Authorization", "bearer token-u1"}});
        CHECK(ok.status == 200);
        CHECK(ok.body == R"({"data":{"id":"u1"}})");
        CHECK(client.get("/v2/me", {{"Authorization", "Bearer token-a\xC3("}}).status == 401);  // not UTF-8
    }
    SECTION("the kit's body reader reports neutral field errors that this dialect words itself") {
        const auto ok = client.post_json("/v2/labels", R"({"name":"urgent","rank":2})");
        CHECK(ok.status == 201);
        CHECK(ok.body == R"({"data":{"name":"urgent","rank":2}})");
        const auto wrong = client.post_json("/v2/labels", R"({"rank":"high"})");
        CHECK(wrong.status == 400);
        CHECK(wrong.body == R"({"error":{"code":"VALIDATION_ERROR","message":"Invalid input","details":[)"
                            R"({"field":"name","message":"is required"},{"field":"rank","message":"must be of type integer"}]}})");
        const auto long_name = client.post_json("/v2/labels", R"({"name":"much too long"})");
        CHECK(long_name.body.find(R"({"field":"name","message":"must be at most 8 characters"})") != std::string::npos);
        const auto broken = client.post_json("/v2/labels", "{not json");
        CHECK(broken.status == 400);
        CHECK(broken.body.find(R"({"field":"body","message":"is invalid"})") != std::string::npos);
    }
    SECTION("paths outside the mount are not its: no filter, and not its renderer") {
        const int before = s.rendered();
        const auto res = client.get("/elsewhere");
        CHECK(res.status == 404);
        CHECK_FALSE(res.header("X-RateLimit-Limit"));
        CHECK(res.header("X-Request-ID"));  // the router's own filters still apply
        CHECK(s.rendered() == before);
    }
}
