// The kit's cookie reading and Set-Cookie building, and its same-origin filter on a small router (no socket).
#include <offertracker/http/kit/cookies.hpp>
#include <offertracker/http/kit/same_origin.hpp>
#include <offertracker/http/router.hpp>

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace offertracker::adapters::http;
using namespace std::chrono_literals;

namespace {

request with_headers(std::string method, header_list headers) {
    request r;
    r.method = std::move(method);
    r.set_target("/things");
    r.headers = std::move(headers);
    return r;
}

}  // namespace

TEST_CASE("kit cookies: the first cookie of that name across Cookie headers", "[kit][cookies]") {
    auto r = with_headers("GET", {{"Cookie", "a=1; session=abc; b=2"}, {"cookie", "session=later"}});
    CHECK(kit::cookie_value(r, "session") == "abc");
    CHECK(kit::cookie_value(r, "b") == "2");
    CHECK_FALSE(kit::cookie_value(r, "Session"));  // names are case-sensitive
    CHECK_FALSE(kit::cookie_value(r, "missing"));
    r = with_headers("GET", {{"Cookie", "x=1"}, {"Cookie", " session = \"quoted\" ;y"}});
    CHECK(kit::cookie_value(r, "session") == "quoted");
    r = with_headers("GET", {{"Cookie", "session="}});
    CHECK(kit::cookie_value(r, "session") == "");
    r = with_headers("GET", {{"Cookie", "sessionx=1; xsession=2; session"}});
    CHECK_FALSE(kit::cookie_value(r, "session"));
    CHECK_FALSE(kit::cookie_value(with_headers("GET", {}), "session"));
}

TEST_CASE("kit cookies: Set-Cookie with its flags, and refusals of what the grammar forbids", "[kit][cookies]") {
    CHECK(kit::set_cookie_header({.name = "session", .value = "abc.DEF-_1", .max_age = 3600s}) ==
          "session=abc.DEF-_1; Path=/; Max-Age=3600; HttpOnly; SameSite=Lax");
    CHECK(kit::set_cookie_header({.name = "s", .value = "v", .secure = true}) == "s=v; Path=/; HttpOnly; Secure; SameSite=Lax");
    CHECK(kit::set_cookie_header({.name = "s", .value = "v", .max_age = -5s}) == "s=v; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    CHECK(kit::clear_cookie_header("session", false) == "session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    CHECK(kit::clear_cookie_header("session", true) == "session=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax");
    CHECK_THROWS_AS(kit::set_cookie_header({.name = "bad name", .value = "v"}), std::invalid_argument);
    CHECK_THROWS_AS(kit::set_cookie_header({.name = "", .value = "v"}), std::invalid_argument);
    for (const std::string value : {"a;b", "a b", "a\"b", "a,b", "a\\b", "a\r\nSet-Cookie: x=1"}) {
        INFO(value);
        CHECK_THROWS_AS(kit::set_cookie_header({.name = "s", .value = value}), std::invalid_argument);
    }
    CHECK_THROWS_AS(kit::set_cookie_header({.name = "s", .value = "v", .path = "/a;b"}), std::invalid_argument);
    CHECK_THROWS_AS(kit::set_cookie_header({.name = "s", .value = "v", .same_site = "None"}), std::invalid_argument);
    CHECK_THROWS_AS(kit::set_cookie_header({.name = "s", .value = "v", .same_site = "lax"}), std::invalid_argument);
}

TEST_CASE("kit same_origin: foreign Origin or Referer refused on state-changing methods", "[kit][same-origin]") {
    router r;
    auto& m = r.mount_at("", [](const request&, unsigned status, std::string_view message) {
        return response::text(status, "refused: " + std::string{message});
    });
    m.add_filter(kit::same_origin({"https://trusted.example.com"}));
    const auto ok = [](const request&, const path_params&) { return response::text(200, "ok"); };
    m.post("/things", ok).get("/things", ok).del("/things", ok).put("/things", ok);

    const auto status = [&](std::string method, header_list headers) {
        headers.emplace_back("Host", "site.example.com:8080");
        return r.dispatch(with_headers(std::move(method), std::move(headers))).status;
    };
    CHECK(status("POST", {}) == 200);
    CHECK(status("POST", {{"Origin", "http://site.example.com:8080"}}) == 200);
    CHECK(status("POST", {{"Origin", "https://SITE.example.com:8080"}}) == 200);
    CHECK(status("POST", {{"Origin", "https://trusted.example.com"}}) == 200);
    CHECK(status("POST", {{"Referer", "http://site.example.com:8080/form?x=1"}}) == 200);
    CHECK(status("POST", {{"Origin", "https://evil.example.com"}}) == 403);
    CHECK(status("POST", {{"Origin", "null"}}) == 403);
    CHECK(status("POST", {{"Origin", "http://site.example.com"}}) == 403);  // another port
    CHECK(status("POST", {{"Origin", "http://site.example.com:8080/path"}}) == 403);
    CHECK(status("POST", {{"Origin", "http://user@site.example.com:8080"}}) == 403);
    CHECK(status("POST", {{"Referer", "https://evil.example.com/"}}) == 403);
    CHECK(status("POST", {{"Referer", "/relative"}}) == 403);
    CHECK(status("DELETE", {{"Origin", "https://evil.example.com"}}) == 403);
    CHECK(status("PUT", {{"Origin", "https://evil.example.com"}}) == 403);
    CHECK(status("GET", {{"Origin", "https://evil.example.com"}}) == 200);
    // The Origin decides when both are present.
    CHECK(status("POST", {{"Origin", "https://evil.example.com"}, {"Referer", "http://site.example.com:8080/"}}) == 403);
    CHECK(status("POST", {{"Origin", "http://site.example.com:8080"}, {"Referer", "https://evil.example.com/"}}) == 200);
    // Refused in the mount's shape.
    auto refused = r.dispatch(with_headers("POST", {{"Host", "site.example.com:8080"}, {"Origin", "null"}}));
    CHECK(refused.body == "refused: Cross-site request refused");
    // No Host: only trusted origins pass.
    CHECK(r.dispatch(with_headers("POST", {{"Origin", "http://site.example.com:8080"}})).status == 403);
}
