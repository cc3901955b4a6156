// Browser sessions: the seeker's account behind a server-side record, found by the digest of the cookie's secret.
#include <offertracker/prep/browser_sessions.hpp>

#include "support.hpp"

namespace offertracker::prep {
namespace {

// Opens a browser session for an account that has just proved itself (registered or logged in).
domain::result<signed_in> open_browser_session(services& s, domain::user user) {
    auto key = s.keys.issue();
    const auto now = s.seeker.clock.now();
    browser_session record{.key_digest = key.key_digest,
                           .user_id = user.id,
                           .created_at = now,
                           .expires_at = now + s.browser_session_lifetime};
    ports::in_write_unit(s.seeker.store, [&](ports::unit_of_work& uow) {
        uow.browser_sessions().remove_expired(now);
        uow.browser_sessions().insert(record);
        uow.commit();
    });
    return signed_in{std::move(key.cookie_value), record.expires_at, std::move(user)};
}

}  // namespace

domain::result<signed_in> sign_up(services& s, const usecases::register_command& cmd) {
    auto registered = usecases::register_user(s.seeker, cmd);
    if (!registered) return std::move(registered).error();
    return open_browser_session(s, std::move(registered->user));
}

domain::result<signed_in> sign_in(services& s, const usecases::login_command& cmd) {
    auto logged_in = usecases::login(s.seeker, cmd);
    if (!logged_in) return std::move(logged_in).error();
    return open_browser_session(s, std::move(logged_in->user));
}

domain::result<domain::id> resolve_browser_session(services& s, std::string_view cookie_value) {
    const auto digest = s.keys.digest_of(cookie_value);
    if (!digest) return domain::error::unauthenticated("Not authenticated");
    auto uow = s.seeker.store.begin(ports::access::read_only);
    const auto found = uow->browser_sessions().find(*digest);
    // The account's own row must still exist: its deletion cascades to the session, but a memory store or a
    // session read mid-deletion should not outlive it either.
    if (!found || found->expires_at <= s.seeker.clock.now() || !uow->users().find(found->user_id))
        return domain::error::unauthenticated("Not authenticated");
    return found->user_id;
}

domain::result<domain::done> sign_out(services& s, std::string_view cookie_value) {
    const auto digest = s.keys.digest_of(cookie_value);
    if (!digest) return domain::done{};
    ports::in_write_unit(s.seeker.store, [&](ports::unit_of_work& uow) {
        if (uow.browser_sessions().remove(*digest)) uow.commit();
    });
    return domain::done{};
}

}  // namespace offertracker::prep
