// The site as a whole: GET / for browsers and API clients, the stylesheet, security headers, the root's error shape,
// cross-site refusals and the route documentation.
#include "web_fixture.hpp"

using namespace offertracker::web_test;

TEST_CASE("web root: the landing page for browsers, the welcome JSON for everyone else", "[web][site]") {
    for_each_engine([](web_server& s) {
        auto r = s.page("/");
        CHECK(r.status == 200);
        CHECK(r.header("Content-Type") == "text/html; charset=utf-8");
        CHECK(contains(r.raw, "<html lang=\"en\">"));
        CHECK(contains(r.raw, "<title>"));
        CHECK(contains(r.raw, "href=\"#main\""));
        CHECK(contains(r.raw, "<main id=\"main\""));
        CHECK(contains(r.raw, "href=\"/signup\""));
        CHECK_FALSE(contains(r.raw, "<script"));

        const json::value welcome = json::object{{"message", "Welcome to OfferTracker API"}};
        CHECK(s.send("GET", "/").body == welcome);  // curl without Accept
        CHECK(s.get_json("/").body == welcome);
        CHECK(s.send("GET", "/", {}, {{"Accept", "*/*"}}).body == welcome);
    });
}

TEST_CASE("web pages: one h1, a title, CSP and no-store; the stylesheet with Cache-Control", "[web][site]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        const auto id = std::to_string(s.create_session(ada));
        const std::vector<std::string> paths{"/",         "/login",       "/signup",
                                             "/dashboard", "/sessions",    "/session/new",
                                             "/session/" + id + "/upload", "/session/" + id + "/interview"};
        for (const auto& path : paths) {
            INFO(path);
            const auto r = s.page(path, &ada);
            CHECK(r.status == 200);
            CHECK(r.header("Content-Security-Policy") ==
                  "default-src 'self'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
            CHECK(r.header("X-Content-Type-Options") == "nosniff");
            CHECK(r.header("X-Frame-Options") == "DENY");
            std::size_t h1 = 0;
            for (auto at = r.raw.find("<h1"); at != std::string::npos; at = r.raw.find("<h1", at + 1)) ++h1;
            CHECK(h1 == 1);
            CHECK(contains(r.raw, "<title>"));
            CHECK_FALSE(contains(r.raw, "<script"));
            CHECK_FALSE(contains(r.raw, " style=\""));
        }
        CHECK(s.page("/dashboard", &ada).header("Cache-Control") == "no-store");

        const auto css = s.send("GET", "/static/site.css");
        CHECK(css.status == 200);
        CHECK(css.header("Content-Type") == "text/css; charset=utf-8");
        CHECK(css.header("Cache-Control") == "public, max-age=86400");
        CHECK(contains(css.raw, ":focus"));
        CHECK(contains(css.raw, "@media"));
    });
}

TEST_CASE("web errors: the root's 404 and 405 as a page for browsers and {error, type} for others", "[web][site]") {
    for_each_engine([](web_server& s) {
        auto r = s.page("/no-such-page");
        CHECK(r.status == 404);
        CHECK(r.header("Content-Type") == "text/html; charset=utf-8");
        CHECK(contains(r.raw, "<h1>404 Not Found</h1>"));
        CHECK(r.header("Content-Security-Policy").has_value());
        check_error(s.send("GET", "/no-such-page"), 404, "Not Found", "NotFoundError");
        check_error(s.get_json("/no-such-page"), 404, "Not Found", "NotFoundError");

        r = s.send("PUT", "/dashboard", "", {{"Accept", "application/json"}});
        check_error(r, 405, "Method Not Allowed", "MethodNotAllowedError");
        CHECK(r.header("Allow") == "GET, HEAD");
        r = s.send("PUT", "/dashboard", "", {{"Accept", std::string(html)}});
        CHECK(r.status == 405);
        CHECK(contains(r.raw, "<h1>405 Method Not Allowed</h1>"));

        // The API's own mount keeps its shape.
        r = s.send("GET", "/api/v1/no-such-route");
        CHECK(r.status == 404);
        CHECK(r.body == json::value(json::object{{"detail", "Not Found"}}));
    });
}

TEST_CASE("web cross-site: a foreign Origin or Referer is 403; the site's own, a trusted one, or neither is served",
          "[web][site]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        const std::vector<std::pair<std::string, std::string>> fields{{"job_title", "Engineer"}, {"company_name", "Acme"}};
        const auto post = [&](const test_headers& headers) {
            return s.form("/session/create", fields, &ada, "application/json", headers);
        };
        for (const test_headers& refused : std::vector<test_headers>{
                 {{"Origin", "https://evil.example.com"}},
                 {{"Origin", "null"}},
                 {{"Origin", "http://127.0.0.1:1"}},
                 {{"Origin", s.origin() + ".evil.example.com"}},
                 {{"Referer", "https://evil.example.com/form"}},
                 {{"Referer", "not a url"}},
                 {{"Origin", "https://evil.example.com"}, {"Referer", s.origin() + "/dashboard"}},
             }) {
            INFO(refused.front().first << ": " << refused.front().second);
            check_error(post(refused), 403, "Cross-site request refused", "PermissionError");
        }
        // Refused before any handler: login and logout too, and a page for browsers.
        auto r = s.form("/login", {{"email", ada.email}, {"password", ada.password}}, nullptr, html,
                        {{"Origin", "https://evil.example.com"}});
        CHECK(r.status == 403);
        CHECK(set_cookie_of(r).empty());
        CHECK(contains(r.raw, "Cross-site request refused"));
        r = s.form("/logout", {}, &ada, "application/json", {{"Origin", "null"}});
        CHECK(r.status == 403);
        CHECK(s.get_json("/dashboard", &ada).status == 200);  // still signed in

        for (const test_headers& served : std::vector<test_headers>{
                 {},
                 {{"Origin", s.origin()}},
                 {{"Origin", std::string(trusted_origin)}},
                 {{"Referer", s.origin() + "/dashboard?x=1"}},
             }) {
            r = post(served);
            INFO(r.raw);
            CHECK(r.status == 200);
        }
        // A GET with a foreign Origin is not state-changing: served.
        r = s.send("GET", "/dashboard", {}, {{"Accept", "application/json"}, {"Origin", "https://evil.example.com"}}, &ada);
        CHECK(r.status == 200);
    });
}

TEST_CASE("web docs: /openapi.json lists the routes under the Interview prep tag", "[web][site]") {
    for_each_engine([](web_server& s) {
        const auto r = s.get_json("/openapi.json");
        REQUIRE(r.status == 200);
        const auto& paths = r.body.at("paths").as_object();
        for (const auto* path : {"/", "/login", "/signup", "/logout", "/dashboard", "/sessions", "/session/new",
                                 "/session/create", "/session/{id}", "/session/{id}/upload", "/session/{id}/upload-cv",
                                 "/session/{id}/upload-job", "/session/{id}/interview", "/session/{id}/message",
                                 "/session/{id}/complete", "/session/{id}/feedback", "/session/{id}/retry",
                                 "/session/{id}/save-questions", "/session/{id}/delete", "/static/site.css"}) {
            INFO(path);
            REQUIRE(paths.contains(path));
            for (const auto& [method, op] : paths.at(path).as_object()) {
                if (!op.is_object() || !op.as_object().contains("tags")) continue;
                CHECK(op.at("tags") == json::value(json::array{"Interview prep"}));
            }
        }
        CHECK(r.body.at_pointer("/components/schemas/WebError").is_object());
    });
}
