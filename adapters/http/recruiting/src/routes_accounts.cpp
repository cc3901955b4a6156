// Auth and Users: register (a new org), login (the OAuth2 password form), the current member, and the org_admin's
// management of colleagues.
#include <offertracker/http/kit/form_reader.hpp>
#include <offertracker/recruiting/accounts.hpp>

#include "routes.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::recruiting_api {

void add_account_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.post("/auth/register", open([&s](const request& req, const path_params&) {
        return with_body(req, [](body_reader& b) {
            recruiting::register_command cmd;
            b.read("email", cmd.email);
            b.read("password", cmd.password);
            b.read("org_name", cmd.org_name);
            return cmd;
        }, [&s](const auto& cmd) { return reply(recruiting::register_org(s, cmd), 200, user_view); });
    }), doc("Recruiting Auth", "Register: a new organisation and its first member (org_admin)").body("RegisterIn")
            .returns(200, "The member", "UserOut").errors({400}));

    m.post("/auth/login", open([&s](const request& req, const path_params&) {
        kit::form_reader form(req.body);
        recruiting::login_command cmd{form.required_string("username"), form.required_string("password"),
                                      req.remote_address};
        if (auto e = std::move(form).finish()) return error_reply(*e);
        auto token = recruiting::login(s, cmd);
        if (!token) return error_reply(token.error());
        return kit::no_store(json_reply(200, json::object{{"access_token", *token}, {"token_type", "bearer"}}));
    }), doc("Recruiting Auth", "Log in with the OAuth2 password form (username = the email, password)")
            .body("LoginForm", "application/x-www-form-urlencoded")
            .returns(200, "A bearer token", "TokenOut").errors({400, 429}));

    m.get("/users/me", authed(c, [&s](const request&, const path_params&, const recruiting::recruiter& who) {
        return reply(recruiting::get_me(s, who), 200, user_view);
    }), doc("Recruiting Users", "The current member").authenticated().returns(200, "The member", "UserOut"));

    m.get("/users", authed(c, [&s](const request&, const path_params&, const recruiting::recruiter& who) {
        return reply(recruiting::list_members(s, who), 200, [](const auto& list) { return array_of(list, user_view); });
    }), doc("Recruiting Users", "The organisation's members (org_admin)").authenticated()
            .returns(200, "The members", "UserOut[]").errors({403}));

    m.post("/users", authed(c, [&s](const request& req, const path_params&, const recruiting::recruiter& who) {
        return with_body(req, [](body_reader& b) {
            recruiting::invite_command cmd;
            b.read("email", cmd.email);
            b.read("full_name", cmd.full_name);
            std::optional<recruiting::member_role> role;
            b.read("role", role);
            if (role) cmd.role = *role;
            b.read("password", cmd.password);
            return cmd;
        }, [&](const auto& cmd) { return reply(recruiting::invite_member(s, who, cmd), 201, user_view); });
    }), doc("Recruiting Users", "Add a colleague to the organisation with an initial password (org_admin)").authenticated()
            .body("UserInvite").returns(201, "The member", "UserOut").errors({400, 403}));

    m.patch("/users/{user_id}", authed(c, [&s](const request& req, const path_params& p,
                                               const recruiting::recruiter& who) {
        const auto id = path_id(p, "user_id");
        if (!id) return error_reply(id.error());
        return with_body(req, [](body_reader& b) {
            recruiting::update_member_command cmd;
            b.read("full_name", cmd.full_name);
            b.read("role", cmd.role);
            b.read("is_active", cmd.active);
            return cmd;
        }, [&](const auto& cmd) { return reply(recruiting::update_member(s, who, *id, cmd), 200, user_view); });
    }), doc("Recruiting Users", "Change a member's name, role or activity (org_admin)").authenticated()
            .body("RecruitingUserUpdate").returns(200, "The member", "UserOut").errors({400, 403, 404}));
}

}  // namespace offertracker::adapters::http::recruiting_api
