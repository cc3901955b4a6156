// Browser sessions: signing up and in open one, the cookie value resolves to the account until it expires or the
// seeker signs out, and forged values name nobody.

#include "prep_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;

TEST_CASE_METHOD(prep_fixture, "signing up opens a browser session for the new account") {
    const auto in = prep::sign_up(prep_svc, {"ann@example.com", "ann", "secret12", std::nullopt});
    REQUIRE(in.has_value());
    CHECK(in->user.username == "ann");
    CHECK(in->expires_at == clock.now() + prep_svc.browser_session_lifetime);
    const auto who = prep::resolve_browser_session(prep_svc, in->cookie_value);
    REQUIRE(who.has_value());
    CHECK(*who == in->user.id);
    // The store keeps the digest, never the cookie's value.
    const auto stored = store.begin(ports::access::read_only)->browser_sessions().find(*keys.digest_of(in->cookie_value));
    REQUIRE(stored);
    CHECK(stored->user_id == in->user.id);
    CHECK(stored->key_digest != in->cookie_value);

    // Registration's own errors come through as they are.
    const auto taken = prep::sign_up(prep_svc, {"ann@example.com", "ann2", "secret12", std::nullopt});
    REQUIRE_FALSE(taken.has_value());
    CHECK(taken.error().kind == error_kind::rule_violation);
}

TEST_CASE_METHOD(prep_fixture, "signing in checks the password as the API does, throttled alike") {
    user("ann");
    const auto in = prep::sign_in(prep_svc, {"ann@example.com", "secret1", "127.0.0.1"});
    REQUIRE(in.has_value());
    CHECK(prep::resolve_browser_session(prep_svc, in->cookie_value).has_value());
    REQUIRE_ERROR(prep::sign_in(prep_svc, {"ann@example.com", "wrong-password", "127.0.0.1"}), error_kind::unauthenticated,
                  "Incorrect email or password");
    for (int i = 0; i < 20; ++i) (void)prep::sign_in(prep_svc, {"ann@example.com", "wrong-password", "127.0.0.1"});
    const auto throttled = prep::sign_in(prep_svc, {"ann@example.com", "secret1", "127.0.0.1"});
    REQUIRE_FALSE(throttled.has_value());
    CHECK(throttled.error().kind == error_kind::rate_limited);
}

TEST_CASE_METHOD(prep_fixture, "a session ends when it expires, when the seeker signs out, and with the account") {
    user("ann");
    const auto in = prep::sign_in(prep_svc, {"ann@example.com", "secret1", ""});
    REQUIRE(in.has_value());
    const auto second = prep::sign_in(prep_svc, {"ann@example.com", "secret1", ""});
    REQUIRE(second.has_value());
    CHECK(second->cookie_value != in->cookie_value);

    REQUIRE(prep::sign_out(prep_svc, in->cookie_value).has_value());
    REQUIRE_ERROR(prep::resolve_browser_session(prep_svc, in->cookie_value), error_kind::unauthenticated,
                  "Not authenticated");
    CHECK(prep::resolve_browser_session(prep_svc, second->cookie_value).has_value());  // the other browser stays
    CHECK(prep::sign_out(prep_svc, in->cookie_value).has_value());                      // twice is fine

    clock.advance(prep_svc.browser_session_lifetime);
    REQUIRE_ERROR(prep::resolve_browser_session(prep_svc, second->cookie_value), error_kind::unauthenticated,
                  "Not authenticated");
    // The next sign-in sweeps the expired one away.
    REQUIRE(prep::sign_in(prep_svc, {"ann@example.com", "secret1", ""}).has_value());
    CHECK_FALSE(store.begin(ports::access::read_only)->browser_sessions().find(*keys.digest_of(second->cookie_value)));
}

TEST_CASE_METHOD(prep_fixture, "forged, empty and unstorable cookie values name nobody") {
    user("ann");
    REQUIRE(prep::sign_in(prep_svc, {"ann@example.com", "secret1", ""}).has_value());
    for (const std::string forged : {"", "fake-session-2", "fake-session-1x", "digest-1", "\xff\xfe", "a;b"})
        REQUIRE_ERROR(prep::resolve_browser_session(prep_svc, forged), error_kind::unauthenticated,
                      "Not authenticated");
    CHECK(prep::sign_out(prep_svc, "garbage").has_value());
}
