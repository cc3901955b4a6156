// Health, signup, login (token in the body and an HttpOnly cookie) and logout.
#include <offertracker/http/kit/cookies.hpp>
#include <offertracker/pipeline/accounts.hpp>

#include "context.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::pipeline_api {
namespace {

// The login cookie: the token itself, HttpOnly and SameSite=Lax, for the mount's paths only.
std::string login_cookie(const context& c, const std::string& token) {
    return kit::set_cookie_header({.name = std::string{cookie_name},
                                   .value = token,
                                   .path = c.options.prefix,
                                   .max_age = c.options.token_lifetime,
                                   .secure = c.options.secure_cookies});
}

json::object session_view(const context& c, const usecases::login_result& r) {
    const auto expires = c.services.seeker.clock.now() + c.options.token_lifetime;
    return {{"user", user_view(r.user)}, {"token", r.access_token}, {"expires_at", domain::format_timestamp(expires)}};
}

}  // namespace

void add_account_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.get("/health", open([](const request&, const path_params&) {
        return data_reply(200, json::object{{"status", "ok"}, {"version", api_version}});
    }), pipeline_doc("Health", "Liveness").returns(200, "ok"));

    m.post("/auth/signup", open([&c, &s](const request& req, const path_params&) {
        body_reader body(req.body);
        pipeline::signup_command cmd{body.required_string("email"), body.required_string("password"),
                                     body.optional_string("name")};
        if (auto e = std::move(body).finish()) return error_reply(req, *e, true);
        auto r = pipeline::sign_up(s, cmd);
        if (!r) return error_reply(req, r.error(), true);
        auto out = data_reply(201, session_view(c, *r));
        out.add_header("Set-Cookie", login_cookie(c, r->access_token));
        return kit::no_store(std::move(out));
    }), pipeline_doc("Auth", "Create an account (a seeker account of both dialects)").body("PipelineSignup")
            .returns(201, "The user and a token", "PipelineSessionEnvelope").errors({409}));

    m.post("/auth/login", open([&c, &s](const request& req, const path_params&) {
        body_reader body(req.body);
        usecases::login_command cmd{body.required_string("email"), body.required_string("password"),
                                    req.remote_address};
        if (auto e = std::move(body).finish()) return error_reply(req, *e);
        auto r = usecases::login(s.seeker, cmd);
        if (!r) {
            if (r.error().kind == domain::error_kind::unauthenticated)
                return render_error(req, 401, "Invalid email or password");
            return error_reply(req, r.error());
        }
        auto out = data_reply(200, session_view(c, *r));
        out.add_header("Set-Cookie", login_cookie(c, r->access_token));
        return kit::no_store(std::move(out));
    }), pipeline_doc("Auth", "Log in: the token in the body and in an HttpOnly cookie").body("PipelineLogin")
            .returns(200, "The user and a token", "PipelineSessionEnvelope").errors({401, 429}));

    m.post("/auth/logout", open([&c](const request&, const path_params&) {
        auto out = data_reply(200, json::object{{"message", "Logged out"}});
        out.add_header("Set-Cookie", kit::clear_cookie_header(cookie_name, c.options.secure_cookies, c.options.prefix));
        return kit::no_store(std::move(out));
    }), pipeline_doc("Auth", "Log out: the cookie is cleared (bearer tokens expire on their own)")
            .returns(200, "Logged out"));
}

}  // namespace offertracker::adapters::http::pipeline_api
