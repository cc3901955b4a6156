// The interview-prep web over real sockets, wired as production mounts it: the web surface at the server root
// (first, so the root's errors take its shape), the OfferTracker API at /api/v1 (its welcome JSON answering
// GET / for non-browser clients), one migrated SQL store per engine, Argon2 with cheap parameters, the real text
// extractor and HMAC session keys, no model provider. Plus helpers for browsers, sessions and files.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "api_fixture.hpp"

namespace offertracker::web_test {

namespace json = boost::json;
using api_test::engine;
using api_test::reply;
using api_test::str;
using testing::multipart_field;
using testing::test_headers;

inline constexpr std::string_view trusted_origin = "https://app.example.com";
inline constexpr std::string_view html = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
inline constexpr std::string_view json_type = "application/json";
inline constexpr std::string_view pdf_type = "application/pdf";
inline constexpr std::string_view docx_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// A job description and a CV long enough for the use cases' minimums.
inline constexpr std::string_view job_description =
    "We are hiring a backend engineer to build reliable services in C++ and PostgreSQL on Kubernetes, "
    "working with product teams on APIs.";
inline constexpr std::string_view cv_text =
    "Ada Lovelace. Backend engineer with six years of C++ and PostgreSQL, shipping payment services at scale.";

// What a test may change in the wiring.
struct web_setup {
    bool secure_cookies = false;
};

// A signed-in browser: its session cookie and the account behind it.
struct browser {
    std::string cookie;  // the `session` cookie's value
    std::string user_id;
    std::string email;
    std::string username;
    std::string password;
};

class web_server {
public:
    explicit web_server(const engine& e, const web_setup& setup = {});
    ~web_server();
    web_server(const web_server&) = delete;
    web_server& operator=(const web_server&) = delete;

    [[nodiscard]] unsigned short port() const;
    // The site's own origin as a browser names it ("http://127.0.0.1:<port>").
    [[nodiscard]] std::string origin() const;

    // A new connection to the server (for requests written by hand).
    [[nodiscard]] testing::test_client connect() const;
    // One request on the fixture's keep-alive connection, with `headers` (and the browser's cookie when given).
    reply send(std::string_view method, std::string_view target, std::string_view body = {},
               const test_headers& headers = {}, const browser* who = nullptr);
    // GET with a browser's Accept header, or with Accept: application/json.
    reply page(std::string_view target, const browser* who = nullptr);
    reply get_json(std::string_view target, const browser* who = nullptr);
    // POST application/x-www-form-urlencoded (percent-encoded here), with `accept` and extra headers.
    reply form(std::string_view target, const std::vector<std::pair<std::string, std::string>>& fields,
               const browser* who = nullptr, std::string_view accept = html, const test_headers& extra = {});
    // POST a JSON body with Accept: application/json.
    reply post_json(std::string_view target, std::string_view body, const browser* who = nullptr);
    // POST multipart/form-data.
    reply upload(std::string_view target, const std::vector<multipart_field>& fields, const browser* who = nullptr,
                 std::string_view accept = json_type);

    // POST /signup as JSON (email <name>@example.com, password "secret-<name>"); requires a 200 and a cookie.
    browser sign_up(const std::string& name);
    // POST /session/create as JSON; requires a 200 and returns the session id.
    long long create_session(const browser& who, std::string_view title = "Backend Engineer",
                             std::string_view company = "Acme");
    // The OfferTracker API's bearer token for the browser's account (POST /api/v1/auth/login).
    std::string api_token(const browser& who);
    // POST a JSON body under /api/v1 with a bearer token; requires `expected` and returns the body.
    json::value api_post(std::string_view path, std::string_view body, const std::string& token, unsigned expected = 201);
    reply api_get(std::string_view path, const std::string& token);

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

// Runs body once per engine, each in its own DYNAMIC_SECTION with a fresh server and database.
void for_each_engine(const std::function<void(web_server&)>& body);
void for_each_engine(const web_setup& setup, const std::function<void(web_server&)>& body);

// The `session` value a response's Set-Cookie sets (empty when it sets none), and the whole header.
std::string session_cookie_of(const reply& r);
std::string set_cookie_of(const reply& r);
// Does the text hold needle (case-sensitive)?
bool contains(std::string_view text, std::string_view needle);
// A 400/401/403/404/... in the surface's JSON shape, exactly {"error": message, "type": type}.
void check_error(const reply& r, unsigned status, std::string_view message, std::string_view type);
// The session paths every session route answers at, for the 403/404 matrix: {method, path suffix}.
struct session_route {
    std::string method;
    std::string suffix;  // after /session/{id}
};
const std::vector<session_route>& session_routes();

}  // namespace offertracker::web_test
