// Registration, login and profiles of seeker accounts.
#pragma once

#include <string>
#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/user.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases {

struct register_command {
    std::string email;
    std::string username;
    std::string password;
    std::optional<std::string> display_name;  // defaults to username
};

struct login_command {
    std::string email;
    std::string password;
    std::string client_address;  // who is asking (an IP address), for throttling; empty when unknown
};

// What register and login return: a bearer token and the account (after login's streak update).
struct login_result {
    std::string access_token;
    domain::user user;
};

struct update_profile_command {
    domain::patch<std::string> display_name;
    domain::patch<std::string> bio;
    std::optional<bool> is_profile_public;                       // legacy flag, kept in step
    std::optional<domain::profile_visibility> profile_visibility;  // wins when both are sent
    domain::patch<std::string> username;                         // a new name, under registration's rules
};

// Usernames are unique by domain::username_key: "Alice" and "alice" are one name, and a name with a control,
// zero-width or bidirectional formatting character is 422 (domain/username.hpp).
// 422 for bad email/username/password/display_name; 400 "Username already taken" / "Email already taken".
domain::result<login_result> register_user(services& s, const register_command& cmd);
// 401 "Incorrect email or password" for any wrong part, with the same work done either way. Failures count
// against the account and the client address (services::login); past either limit, 429 with retry_after and no
// password check. A success forgets the account's failures.
domain::result<login_result> login(services& s, const login_command& cmd);
// The actor's own account; 401 "Not authenticated" if it no longer exists.
domain::result<domain::user> get_me(services& s, const actor& who);
// A new username is checked as at registration (422; 400 "Username already taken", also when another account
// takes it at the same moment); a new case of one's own name is allowed. null username is 422.
domain::result<domain::user> update_me(services& s, const actor& who, const update_profile_command& cmd);
// Profiles the actor may see whose username or display name contains q; blank q gives [].
domain::result<std::vector<domain::user>> search_users(services& s, const actor& who, const std::string& q,
                                                       ports::page p);
// 404 "User not found"; 403 "Profile is private" when the actor may not see it.
domain::result<domain::user> get_profile(services& s, const actor& who, const domain::id& user_id);

}  // namespace offertracker::usecases
