// Signing a browser in and out of the web surface: the seeker accounts of the OfferTracker API behind a server-side
// session record, so signing out (or a password change) ends the session for good.
#pragma once

#include <string>
#include <string_view>

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/user.hpp>
#include <offertracker/prep/services.hpp>
#include <offertracker/usecases/accounts.hpp>

namespace offertracker::prep {

struct signed_in {
    std::string cookie_value;  // the `session` cookie's value
    domain::timestamp expires_at{};
    domain::user user;
};

// usecases::register_user (its errors as they are), then a new browser session.
domain::result<signed_in> sign_up(services& s, const usecases::register_command& cmd);
// usecases::login (401 "Incorrect email or password", 429 when throttled, as they are), then a new browser
// session. Expired sessions are swept here.
domain::result<signed_in> sign_in(services& s, const usecases::login_command& cmd);
// The account behind a cookie value: 401 "Not authenticated" when it is malformed, forged, unknown, expired or
// its account is gone.
domain::result<domain::id> resolve_browser_session(services& s, std::string_view cookie_value);
// Ends the cookie's session (nothing to do for an unknown or forged one: signing out always succeeds).
domain::result<domain::done> sign_out(services& s, std::string_view cookie_value);

}  // namespace offertracker::prep
