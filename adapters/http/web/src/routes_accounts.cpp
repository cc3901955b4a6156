// Signing up, in and out: the seeker accounts of the OfferTracker API behind the `session` cookie.
#include <chrono>

#include <offertracker/http/kit/cookies.hpp>
#include <offertracker/http/kit/reply.hpp>
#include <offertracker/prep/browser_sessions.hpp>

#include "routes.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::web {
namespace {

response signed_in_reply(const context& c, const request& req, const prep::signed_in& who) {
    const auto left = std::chrono::duration_cast<std::chrono::seconds>(who.expires_at - c.services.seeker.clock.now());
    auto out = wants_json(req) ? json_page(200, json::object{{"redirect", "/dashboard"}, {"user", user_json(who.user)}})
                               : see_other("/dashboard");
    out.add_header("Set-Cookie", kit::set_cookie_header({.name = std::string(session_cookie),
                                                         .value = who.cookie_value,
                                                         .max_age = std::max(left, std::chrono::seconds{0}),
                                                         .secure = c.options.secure_cookies}));
    return kit::no_store(std::move(out));
}

mustache::data account_page(const context&, std::string_view title, const text_fields& values,
                            std::initializer_list<std::string_view> shown, const std::optional<domain::error>& e) {
    auto d = page_data(title, false);
    add_form_state(d, values, shown, e);
    return d;
}

}  // namespace

void add_account_routes(mount& m, const context& c) {
    m.get("/signup", open(c, [&c](const request&, const path_params&) {
        const auto d = account_page(c, "Create an account", {}, {"email", "username"}, std::nullopt);
        return html_page(c, 200, "signup", d);
    }), web_doc("The sign-up form").returns(200, "An HTML page"));

    m.post("/signup", open(c, [&c](const request& req, const path_params&) {
        auto fields = read_fields(req, {"email", "username", "password"});
        const auto fail = [&](const text_fields& sent, const domain::error& e) {
            const auto d = account_page(c, "Create an account", sent, {"email", "username", "password"}, e);
            return form_failure(c, req, "signup", d, e);
        };
        if (!fields) return fail({}, fields.error());
        auto done = prep::sign_up(c.services, usecases::register_command{.email = text_of(*fields, "email"),
                                                                        .username = text_of(*fields, "username"),
                                                                        .password = text_of(*fields, "password")});
        if (!done) return fail(*fields, done.error());
        return signed_in_reply(c, req, *done);
    }), web_doc("Create a seeker account (email, username, password) and sign in")
            .body("SignUp", "application/x-www-form-urlencoded")
            .returns(200, "JSON clients: where to go and the account, with the session cookie", "SignedIn")
            .returns(303, "Browsers: to /dashboard, with the session cookie").errors({400, 403, 409, 429}));

    m.get("/login", open(c, [&c](const request&, const path_params&) {
        return html_page(c, 200, "login", account_page(c, "Sign in", {}, {"email"}, std::nullopt));
    }), web_doc("The sign-in form").returns(200, "An HTML page"));

    m.post("/login", open(c, [&c](const request& req, const path_params&) {
        auto fields = read_fields(req, {"email", "password"});
        const auto fail = [&](const text_fields& sent, const domain::error& e) {
            return form_failure(c, req, "login", account_page(c, "Sign in", sent, {"email", "password"}, e), e);
        };
        if (!fields) return fail({}, fields.error());
        auto done = prep::sign_in(c.services, usecases::login_command{.email = text_of(*fields, "email"),
                                                                     .password = text_of(*fields, "password"),
                                                                     .client_address = req.remote_address});
        if (!done) return fail(*fields, done.error());
        return signed_in_reply(c, req, *done);
    }), web_doc("Sign in with email and password (throttled like the API's login)")
            .body("SignIn", "application/x-www-form-urlencoded")
            .returns(200, "JSON clients: where to go and the account, with the session cookie", "SignedIn")
            .returns(303, "Browsers: to /dashboard, with the session cookie").errors({400, 401, 403, 429}));

    m.post("/logout", open(c, [&c](const request& req, const path_params&) {
        if (const auto cookie = kit::cookie_value(req, session_cookie)) {
            auto ended = prep::sign_out(c.services, *cookie);
            if (!ended) return error_reply(c, req, ended.error());
        }
        auto out = wants_json(req) ? json_page(200, json::object{{"redirect", "/login"}}) : see_other("/login");
        out.add_header("Set-Cookie", kit::clear_cookie_header(session_cookie, c.options.secure_cookies));
        return kit::no_store(std::move(out));
    }), web_doc("Sign out: ends the session and clears the cookie")
            .returns(200, "JSON clients: where to go", "Redirect").returns(303, "Browsers: to /login").errors({403}));
}

}  // namespace offertracker::adapters::http::web
