// Pipeline signup: a seeker account under the Pipeline's password rule, with a username derived from the email.
#pragma once

#include <optional>
#include <string>

#include <offertracker/pipeline/services.hpp>
#include <offertracker/usecases/accounts.hpp>

namespace offertracker::pipeline {

inline constexpr std::size_t min_password_length = 8;

struct signup_command {
    std::string email;
    std::string password;
    std::optional<std::string> name;  // the display name; the username when absent
};

// A password shorter than min_password_length is a validation error at "password" (too_short, limit 8; the
// Pipeline surface words it WEAK_PASSWORD);
// a registered email is the seeker API's conflict ("Email already taken"). The username is the email's local part
// reduced to what usernames allow, with a short suffix when it is taken.
domain::result<usecases::login_result> sign_up(services& s, const signup_command& cmd);

}  // namespace offertracker::pipeline
