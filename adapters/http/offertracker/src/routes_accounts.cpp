// Auth and Users: register, login (JSON or OAuth2 password form), profile, search, public profiles.
#include <offertracker/usecases/accounts.hpp>

#include "body_reader.hpp"
#include "query_reader.hpp"
#include "routes.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::offertracker_api {
namespace json = boost::json;
namespace {

json::object session_view(const usecases::session& s) {
    return {{"access_token", s.access_token}, {"token_type", "bearer"}, {"user", user_view(s.user)}};
}

bool is_form(const request& req) {
    auto type = req.header("Content-Type");
    return type && type->substr(0, 33) == "application/x-www-form-urlencoded";
}

// OAuth2 password-flow clients send username (the email) and password as a form. Both readers pass on the
// client's address: failed logins are also counted per address.
domain::result<usecases::login_command> login_from_form(const request& req) {
    auto fields = parse_query(req.body);
    if (!fields) return domain::error::validation({{{"body"}, "Invalid form body", "value_error"}});
    std::vector<domain::field_error> missing;
    auto username = find_field(*fields, "username");
    auto password = find_field(*fields, "password");
    if (!username) missing.push_back({{"body", "username"}, "Field required", "missing"});
    if (!password) missing.push_back({{"body", "password"}, "Field required", "missing"});
    if (!missing.empty()) return domain::error::validation(std::move(missing));
    return usecases::login_command{std::string(*username), std::string(*password), req.remote_address};
}

domain::result<usecases::login_command> login_from_json(const request& req) {
    body_reader body(req.body);
    usecases::login_command cmd{body.required_string("email"), body.required_string("password"), req.remote_address};
    if (auto e = std::move(body).finish()) return std::move(*e);
    return cmd;
}

}  // namespace

void add_account_routes(mount& m, const context& c) {
    m.post("/auth/register", retrying([&c](const request& req, const path_params&) {
        body_reader body(req.body);
        usecases::register_command cmd{body.required_string("email"), body.required_string("username"),
                                       body.required_string("password"), body.optional_string("display_name")};
        if (auto e = std::move(body).finish()) return error_reply(*e);
        return reply(usecases::register_user(c.services, cmd), 201, session_view);
    }));

    m.post("/auth/login", retrying([&c](const request& req, const path_params&) {
        auto cmd = is_form(req) ? login_from_form(req) : login_from_json(req);
        if (!cmd) return error_reply(cmd.error());
        return reply(usecases::login(c.services, *cmd), 200, session_view);
    }));

    m.get("/users/me", authed(c, [&c](const request&, const path_params&, const usecases::actor& who) {
        return reply(usecases::get_me(c.services, who), 200, user_view);
    }));

    m.put("/users/me", authed(c, [&c](const request& req, const path_params&, const usecases::actor& who) {
        body_reader body(req.body);
        usecases::update_profile_command cmd{
            body.patch_string("display_name"), body.patch_string("bio"), body.optional_bool("is_profile_public"),
            body.optional_enum<domain::profile_visibility>("profile_visibility")};
        if (auto e = std::move(body).finish()) return error_reply(*e);
        return reply(usecases::update_me(c.services, who, cmd), 200, user_view);
    }));

    m.get("/users/search", authed(c, [&c](const request& req, const path_params&, const usecases::actor& who) {
        query_reader query(req.query);
        auto q = query.string("q").value_or("");
        auto page = query.page(20);
        if (auto e = std::move(query).finish()) return error_reply(*e);
        return reply(usecases::search_users(c.services, who, q, *page), 200,
                     [](const auto& users) { return array_of(users, public_profile_view); });
    }));

    m.get("/users/{user_id}", authed(c, [&c](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::get_profile(c.services, who, std::string(p.get("user_id"))), 200,
                     public_profile_view);
    }));
}

}  // namespace offertracker::adapters::http::offertracker_api
