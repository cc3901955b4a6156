// Login throttling: failures count per account and per client address, a throttled attempt is refused without a
// password check, the block ends with the window that counted it, and ordinary use never trips it.
#include <atomic>

#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using namespace std::chrono_literals;

namespace {

constexpr const char* too_many = "Too many failed login attempts. Try again later.";

// The fixture's fake hasher, counting every hash and verify: a throttled attempt must cost none.
class counting_hasher final : public ports::password_hasher {
public:
    std::string hash(std::string_view password) override {
        ++calls;
        return inner.hash(password);
    }
    bool verify(std::string_view password, std::string_view encoded) override {
        ++calls;
        return inner.verify(password, encoded);
    }
    memory::fake_password_hasher inner;
    std::atomic<int> calls{0};
};

struct throttle_fixture : core_fixture {
    counting_hasher counted;
    uc::services counting_svc{store, clock, ids, counted, tokens, files, log, throttle};

    domain::result<uc::login_result> attempt(const std::string& email, const std::string& password,
                                        const std::string& address = "192.0.2.1") {
        return uc::login(counting_svc, {email, password, address});
    }
    // n wrong passwords for email from address; each must be an ordinary 401.
    void fail(int n, const std::string& email, const std::string& address = "192.0.2.1") {
        for (int i = 0; i < n; ++i) REQUIRE_ERROR(attempt(email, "wrong-password", address), error_kind::unauthenticated,
                                                  "Incorrect email or password");
    }
};

}  // namespace

TEST_CASE_METHOD(throttle_fixture, "ten failures lock the account, even for the right password, without a hash",
                 "[usecases][accounts][throttle]") {
    user("ada");
    fail(10, "ada@example.com");
    const int hashes_before = counted.calls;
    clock.advance(5min);
    const auto r = attempt("ada@example.com", "secret1", "198.51.100.7");  // right password, another address
    REQUIRE_ERROR(r, error_kind::rate_limited, too_many);
    CHECK(r.error().retry_after == std::optional{std::chrono::seconds{10min}});  // the window opened 15 min before its end
    CHECK(counted.calls == hashes_before);
    // The address is not blocked for other accounts: only the account is.
    user("bob");
    CHECK(attempt("bob@example.com", "secret1").has_value());
}

TEST_CASE_METHOD(throttle_fixture, "the lock ends with the window, however often a throttled client retries",
                 "[usecases][accounts][throttle]") {
    user("ada");
    fail(10, "ada@example.com", "203.0.113.9");  // an attacker's address
    for (int i = 0; i < 14; ++i) {
        clock.advance(1min);
        REQUIRE_ERROR(attempt("ada@example.com", "wrong-password", "203.0.113.9"), error_kind::rate_limited, too_many);
    }
    clock.advance(1min);  // 15 minutes after the first counted failure
    CHECK(attempt("ada@example.com", "secret1", "198.51.100.7").has_value());
}

TEST_CASE_METHOD(throttle_fixture, "failures for an unknown email count like any other", "[usecases][accounts][throttle]") {
    fail(10, "nobody@example.com");
    REQUIRE_ERROR(attempt("nobody@example.com", "whatever1"), error_kind::rate_limited, too_many);
    // Case does not make a new account key: emails are compared lower-cased.
    REQUIRE_ERROR(attempt("NoBody@Example.com", "whatever1"), error_kind::rate_limited, too_many);
}

TEST_CASE_METHOD(throttle_fixture, "a successful login forgets the account's failures", "[usecases][accounts][throttle]") {
    user("ada");
    fail(9, "ada@example.com");
    REQUIRE(attempt("ada@example.com", "secret1").has_value());
    fail(9, "ada@example.com");
    CHECK(attempt("ada@example.com", "secret1").has_value());
}

TEST_CASE_METHOD(throttle_fixture, "a hundred failures lock the address, for every account, until the window ends",
                 "[usecases][accounts][throttle]") {
    user("ada");
    for (int i = 0; i < 100; ++i) fail(1, "guess" + std::to_string(i) + "@example.com", "203.0.113.9");
    const int hashes_before = counted.calls;
    const auto r = attempt("ada@example.com", "secret1", "203.0.113.9");
    REQUIRE_ERROR(r, error_kind::rate_limited, too_many);
    CHECK(r.error().retry_after == std::optional{std::chrono::seconds{15min}});
    CHECK(counted.calls == hashes_before);
    // Other addresses are not affected, and the address is free again once the window closes.
    CHECK(attempt("ada@example.com", "secret1", "198.51.100.7").has_value());
    clock.advance(15min);
    CHECK(attempt("ada@example.com", "secret1", "203.0.113.9").has_value());
}

TEST_CASE_METHOD(throttle_fixture, "without a client address only the account rule applies", "[usecases][accounts][throttle]") {
    for (int i = 0; i < 150; ++i) fail(1, "guess" + std::to_string(i) + "@example.com", "");
    user("ada");
    CHECK(attempt("ada@example.com", "secret1", "").has_value());
}

TEST_CASE_METHOD(throttle_fixture, "registering and logging in dozens of accounts from one address is never throttled",
                 "[usecases][accounts][throttle]") {
    for (int i = 0; i < 60; ++i) {
        const std::string name = "user" + std::to_string(i);
        REQUIRE(uc::register_user(counting_svc, {name + "@example.com", name, "secret1", std::nullopt}).has_value());
        INFO(name);
        REQUIRE(attempt(name + "@example.com", "secret1").has_value());
        REQUIRE(attempt(name + "@example.com", "secret1").has_value());
        clock.advance(1s);
    }
}

TEST_CASE_METHOD(throttle_fixture, "the limits come from the services", "[usecases][accounts][throttle]") {
    counting_svc.login = uc::login_limits{.per_account = {2, 60s}, .per_address = {3, 120s}};
    user("ada");
    fail(2, "ada@example.com");
    const auto account = attempt("ada@example.com", "secret1");
    REQUIRE_ERROR(account, error_kind::rate_limited, too_many);
    CHECK(account.error().retry_after == std::optional{60s});
    fail(1, "bob@example.com");
    const auto address = attempt("carol@example.com", "secret1");
    REQUIRE_ERROR(address, error_kind::rate_limited, too_many);
    CHECK(address.error().retry_after == std::optional{120s});
}

TEST_CASE_METHOD(throttle_fixture, "an invalid login is refused before throttling and is not counted",
                 "[usecases][accounts][throttle]") {
    user("ada");
    for (int i = 0; i < 20; ++i) REQUIRE(uc::login(counting_svc, {"ada@example.com", "short", "192.0.2.1"}).error().kind ==
                                         error_kind::validation);
    CHECK(attempt("ada@example.com", "secret1").has_value());
}
