// Auth and Users: register, login (JSON or OAuth2 password form), profile, search, public profiles.
#include <offertracker/http/kit/form_reader.hpp>
#include <offertracker/usecases/accounts.hpp>

#include "readers.hpp"
#include "route_docs.hpp"
#include "routes.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::offertracker_api {
namespace json = boost::json;
namespace {

json::object token_view(const usecases::login_result& r) {
    return {{"access_token", r.access_token}, {"token_type", "bearer"}, {"user", user_view(r.user)}};
}

// OAuth2 password-flow clients send username (the email) and password as a form. Both readers pass on the
// client's address: failed logins are also counted per address.
domain::result<usecases::login_command> login_from_form(const request& req) {
    kit::form_reader form(req.body);
    usecases::login_command cmd{form.required_string("username"), form.required_string("password"),
                                req.remote_address};
    if (auto e = std::move(form).finish()) return std::move(*e);
    return cmd;
}

domain::result<usecases::login_command> login_from_json(const request& req) {
    auto body = read_body(req.body);
    usecases::login_command cmd{body.required_string("email"), body.required_string("password"), req.remote_address};
    if (auto e = std::move(body).finish()) return std::move(*e);
    return cmd;
}

}  // namespace

void add_account_routes(mount& m, const context& c) {
    m.post("/auth/register", overload_guard([&c](const request& req, const path_params&) {
        auto body = read_body(req.body);
        usecases::register_command cmd{body.required_string("email"), body.required_string("username"),
                                       body.required_string("password"), body.optional_string("display_name")};
        if (auto e = std::move(body).finish()) return error_reply(*e);
        return no_store(reply(usecases::register_user(c.services, cmd), 201, token_view));
    }), doc("Auth", "Register an account and get its token").body("RegisterRequest")
            .returns(201, "A bearer token and the user", "TokenResponse").errors({400}));

    m.post("/auth/login", overload_guard([&c](const request& req, const path_params&) {
        auto cmd = kit::is_form(req) ? login_from_form(req) : login_from_json(req);
        if (!cmd) return error_reply(cmd.error());
        return no_store(reply(usecases::login(c.services, *cmd), 200, token_view));
    }), doc("Auth", "Log in with a JSON body, or the OAuth2 password form (username = the email, password)")
            .body("LoginRequest").returns(200, "A bearer token and the user", "TokenResponse")
            .errors({401, 429, 503}));

    m.get("/users/me", authed(c, [&c](const request&, const path_params&, const usecases::actor& who) {
        return reply(usecases::get_me(c.services, who), 200, user_view);
    }), doc("Users", "Get your full profile").authenticated().returns(200, "Your profile", "UserResponse"));

    m.put("/users/me", authed(c, [&c](const request& req, const path_params&, const usecases::actor& who) {
        auto body = read_body(req.body);
        usecases::update_profile_command cmd{
            body.patch_string("display_name"), body.patch_string("bio"), body.optional_bool("is_profile_public"),
            body.optional_enum<domain::profile_visibility>("profile_visibility"), body.patch_string("username")};
        if (auto e = std::move(body).finish()) return error_reply(*e);
        return reply(usecases::update_me(c.services, who, cmd), 200, user_view);
    }), doc("Users", "Update your profile: omitted fields are kept").authenticated().body("UserUpdate")
            .returns(200, "Your profile", "UserResponse"));

    m.get("/users/search", authed(c, [&c](const request& req, const path_params&, const usecases::actor& who) {
        query_reader query(req.query);
        auto q = query.string("q").value_or("");
        auto page = read_page(query, 20);
        if (auto e = std::move(query).finish()) return error_reply(*e);
        return reply(usecases::search_users(c.services, who, q, *page), 200,
                     [](const auto& users) { return array_of(users, public_profile_view); }, "query");
    }), doc("Users", "Search public profiles by username or display name").authenticated()
            .query("q", R"({"type":"string","default":""})", "Search text; blank returns []").page(20)
            .returns(200, "The matching profiles", "UserPublicProfile[]"));

    m.get("/users/{user_id}", authed(c, [&c](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::get_profile(c.services, who, std::string(p.get("user_id"))), 200,
                     public_profile_view);
    }), doc("Users", "Get a user's public profile").authenticated()
            .returns(200, "The profile", "UserPublicProfile").errors({403, 404}));
}

}  // namespace offertracker::adapters::http::offertracker_api
