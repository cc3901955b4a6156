// Signing up, in and out through the web: the session cookie and its flags, wrong credentials, the throttle,
// validation next to the fields, logout ending the session, forged cookies.
#include "web_fixture.hpp"

using namespace offertracker::web_test;

namespace {

// The flags of a Set-Cookie that sets the session.
void check_session_cookie(const reply& r, bool secure) {
    const auto header = set_cookie_of(r);
    INFO("Set-Cookie: " << header);
    CHECK(session_cookie_of(r).size() >= 40);
    CHECK(contains(header, "; HttpOnly"));
    CHECK(contains(header, "; SameSite=Lax"));
    CHECK(contains(header, "; Path=/"));
    CHECK(contains(header, "; Max-Age=1209"));  // two weeks: 1209600 s, less the time the request took
    CHECK(contains(header, "; Secure") == secure);
}

}  // namespace

TEST_CASE("web signup: the form, a 303 to the dashboard with the session cookie, JSON's redirect and user",
          "[web][accounts]") {
    for_each_engine([](web_server& s) {
        auto r = s.page("/signup");
        CHECK(r.status == 200);
        CHECK(contains(r.raw, "<label for=\"email\">"));
        CHECK(contains(r.raw, "<label for=\"username\">"));
        CHECK(contains(r.raw, "<label for=\"password\">"));

        r = s.form("/signup", {{"email", "ada@example.com"}, {"username", "ada"}, {"password", "secret-ada"}});
        CHECK(r.status == 303);
        CHECK(r.header("Location") == "/dashboard");
        check_session_cookie(r, false);
        CHECK(r.header("Cache-Control") == "no-store");
        browser ada{.cookie = session_cookie_of(r)};
        CHECK(s.page("/dashboard", &ada).status == 200);

        r = s.post_json("/signup", R"({"email":"grace@example.com","username":"grace","password":"secret-grace"})");
        INFO(r.raw);
        CHECK(r.status == 200);
        check_session_cookie(r, false);
        CHECK(r["redirect"] == "/dashboard");
        CHECK(r.body.at_pointer("/user/email") == "grace@example.com");
        CHECK(r.body.at_pointer("/user/username") == "grace");
        CHECK(r.body.at_pointer("/user/id").is_string());
        CHECK(r.body.at_pointer("/user").as_object().size() == 3);

        // One account, both ways: the web's account signs in to the API.
        CHECK_FALSE(s.api_token(browser{.email = "grace@example.com", .password = "secret-grace"}).empty());
    });
}

TEST_CASE("web signup: validation errors next to their fields (400), a taken email, JSON's single error",
          "[web][accounts]") {
    for_each_engine([](web_server& s) {
        auto r = s.form("/signup", {{"email", "not-an-email"}, {"username", "ada"}, {"password", "x"}});
        INFO(r.raw);
        CHECK(r.status == 400);
        CHECK(set_cookie_of(r).empty());
        CHECK(contains(r.raw, "aria-describedby=\"email-error\""));
        CHECK(contains(r.raw, "id=\"email-error\">Email must be a valid email address<"));
        CHECK(contains(r.raw, "id=\"password-error\">Password too short (min 6 characters)<"));
        CHECK(contains(r.raw, "value=\"ada\""));  // what was sent stays in the form (not the password)

        r = s.post_json("/signup", R"({"email":"not-an-email","username":"ada","password":"secret-ada"})");
        check_error(r, 400, "Email must be a valid email address", "ValidationError");
        r = s.post_json("/signup", R"({"email":42,"username":"ada","password":"secret-ada"})");
        check_error(r, 400, "Email must be a string", "ValidationError");

        s.sign_up("ada");
        r = s.post_json("/signup", R"({"email":"ada@example.com","username":"other","password":"secret-ada"})");
        INFO(r.raw);
        CHECK(r.status == 400);
        CHECK(r["type"] == "ValidationError");
        CHECK(r["error"] == "Email already taken");
        r = s.form("/signup", {{"email", "ada@example.com"}, {"username", "other"}, {"password", "secret-ada"}});
        CHECK(r.status == 400);
        CHECK(contains(r.raw, "Email already taken"));
    });
}

TEST_CASE("web login: 303 with the cookie, wrong credentials 401 with the form, JSON user", "[web][accounts]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        auto r = s.page("/login");
        CHECK(r.status == 200);
        CHECK(contains(r.raw, "<label for=\"email\">"));
        CHECK(contains(r.raw, "<label for=\"password\">"));

        r = s.form("/login", {{"email", ada.email}, {"password", ada.password}});
        CHECK(r.status == 303);
        CHECK(r.header("Location") == "/dashboard");
        check_session_cookie(r, false);
        CHECK(session_cookie_of(r) != ada.cookie);  // a new session each time

        r = s.form("/login", {{"email", ada.email}, {"password", "wrong-password"}});
        CHECK(r.status == 401);
        CHECK(set_cookie_of(r).empty());
        CHECK(contains(r.raw, "Incorrect email or password"));
        CHECK(contains(r.raw, "value=\"ada@example.com\""));
        CHECK(contains(r.raw, "<form method=\"post\" action=\"/login\""));

        r = s.post_json("/login", R"({"email":"ada@example.com","password":"wrong-password"})");
        check_error(r, 401, "Incorrect email or password", "AuthenticationError");
        r = s.post_json("/login", R"({"email":"nobody@example.com","password":"secret-ada"})");
        check_error(r, 401, "Incorrect email or password", "AuthenticationError");

        r = s.post_json("/login", R"({"email":"ada@example.com","password":"secret-ada"})");
        CHECK(r.status == 200);
        CHECK(r["redirect"] == "/dashboard");
        CHECK(str(r.body.at_pointer("/user/id")) == ada.user_id);
        check_session_cookie(r, false);
    });
}

TEST_CASE("web login: throttled after repeated failures, 429 with Retry-After", "[web][accounts]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        reply r;
        for (int i = 0; i < 12 && r.status != 429; ++i)
            r = s.form("/login", {{"email", ada.email}, {"password", "wrong-password"}});
        INFO(r.raw);
        CHECK(r.status == 429);
        CHECK(r.header("Retry-After").has_value());
        CHECK(contains(r.raw, "<form method=\"post\" action=\"/login\""));
        r = s.post_json("/login", json::serialize(json::object{{"email", ada.email}, {"password", ada.password}}));
        CHECK(r.status == 429);
        CHECK(r["type"] == "RateLimitError");
        CHECK(r.header("Retry-After").has_value());
    });
}

TEST_CASE("web cookies: Secure when configured", "[web][accounts]") {
    for_each_engine(web_setup{.secure_cookies = true}, [](web_server& s) {
        auto r = s.post_json("/signup", R"({"email":"ada@example.com","username":"ada","password":"secret-ada"})");
        CHECK(r.status == 200);
        check_session_cookie(r, true);
        r = s.form("/logout", {}, nullptr);
        CHECK(contains(set_cookie_of(r), "; Secure"));
    });
}

TEST_CASE("web logout: ends the session for good and clears the cookie", "[web][accounts]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        CHECK(s.get_json("/dashboard", &ada).status == 200);

        auto r = s.form("/logout", {}, &ada);
        CHECK(r.status == 303);
        CHECK(r.header("Location") == "/login");
        const auto cleared = set_cookie_of(r);
        INFO(cleared);
        CHECK(cleared.rfind("session=;", 0) == 0);
        CHECK(contains(cleared, "; Max-Age=0"));
        CHECK(contains(cleared, "; HttpOnly"));

        // The old cookie no longer opens anything.
        check_error(s.get_json("/dashboard", &ada), 401, "Not authenticated", "AuthenticationError");
        r = s.page("/dashboard", &ada);
        CHECK(r.status == 303);
        CHECK(r.header("Location") == "/login");

        // Signing out again (or without a session) still succeeds.
        r = s.send("POST", "/logout", {}, {{"Accept", "application/json"}}, &ada);
        CHECK(r.status == 200);
        CHECK(r.body == json::value(json::object{{"redirect", "/login"}}));
    });
}

TEST_CASE("web authentication: no cookie, a forged, a garbage or another's mangled cookie", "[web][accounts]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        std::string flipped = ada.cookie;
        flipped[3] = flipped[3] == 'A' ? 'B' : 'A';
        const std::vector<std::string> bad{"", "garbage", "a.b", flipped, ada.cookie + "x", std::string(5000, 'A'),
                                           "%00%ff", "\"" + ada.cookie.substr(1) + "\""};
        for (const auto& cookie : bad) {
            INFO("cookie: " << cookie.substr(0, 60));
            browser b{.cookie = cookie};
            check_error(s.get_json("/dashboard", &b), 401, "Not authenticated", "AuthenticationError");
            const auto r = s.page("/dashboard", &b);
            CHECK(r.status == 303);
            CHECK(r.header("Location") == "/login");
            check_error(s.post_json("/session/create", R"({"job_title":"a","company_name":"b"})", &b), 401,
                        "Not authenticated", "AuthenticationError");
        }
        // No cookie at all: pages redirect, JSON and posts are 401.
        auto r = s.page("/dashboard");
        CHECK(r.status == 303);
        CHECK(r.header("Location") == "/login");
        check_error(s.get_json("/sessions"), 401, "Not authenticated", "AuthenticationError");
        r = s.form("/session/create", {{"job_title", "a"}, {"company_name", "b"}}, nullptr, "");
        check_error(r, 401, "Not authenticated", "AuthenticationError");
        r = s.form("/session/create", {{"job_title", "a"}, {"company_name", "b"}});
        CHECK(r.status == 401);
        CHECK(contains(r.raw, "href=\"/login\""));
        // The cookie among others, and quoted, still works.
        r = s.send("GET", "/dashboard", {}, {{"Accept", "application/json"},
                                             {"Cookie", "theme=dark; session=\"" + ada.cookie + "\"; other=1"}});
        CHECK(r.status == 200);
    });
}
