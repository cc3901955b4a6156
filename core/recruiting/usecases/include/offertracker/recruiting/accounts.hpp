// Organisations and their members: registration (a new org per registration), login, the current member, and the
// org_admin's management of colleagues (invite with an initial password, list, change role, deactivate).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/recruiting/services.hpp>

namespace offertracker::recruiting {

struct register_command {
    std::string email;
    std::string password;
    std::optional<std::string> org_name;  // default "My Organization"
};

struct login_command {
    std::string email;     // the form's "username"
    std::string password;
    std::string client_address;
};

// 422 for a malformed email, a password under 8 or over 128 characters, an org_name over 200; 400 "Email already
// registered". The member is the org's org_admin, full_name the email's local part.
domain::result<member> register_org(services& s, const register_command& cmd);
// The access token (services::tokens, subject the member id in decimal); 400 "Incorrect email or password" for any
// wrong part (and for a deactivated member), with the same work done either way; throttled like seeker logins
// (429), under "recruiting:"-prefixed throttle keys. 422 on "username" / "password" for empty, unstorable or
// overlong (255 / 128) text. Members returned by these use cases never carry the password hash.
domain::result<std::string> login(services& s, const login_command& cmd);
domain::result<member> get_me(services& s, const recruiter& who);

struct invite_command {
    std::string email;
    std::optional<std::string> full_name;  // default: the email's local part
    member_role role = member_role::recruiter;  // recruiter or viewer (org_admin: 422)
    std::string password;  // the initial password the admin hands over; the member signs in with it
};

struct update_member_command {
    domain::patch<std::string> full_name;       // null: 422
    std::optional<member_role> role;
    std::optional<bool> active;
};

// org_admin only (403 "Not enough permissions" otherwise). 400 "Email already registered".
domain::result<member> invite_member(services& s, const recruiter& who, const invite_command& cmd);
domain::result<std::vector<member>> list_members(services& s, const recruiter& who);
// An admin may not demote or deactivate themselves (400 "An organization needs an active org_admin").
domain::result<member> update_member(services& s, const recruiter& who, record_id member_id,
                                     const update_member_command& cmd);

}  // namespace offertracker::recruiting
