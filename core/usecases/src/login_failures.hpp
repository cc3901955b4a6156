// The failed-login rule of the login use case, over the throttle port.
#pragma once

#include <optional>
#include <string>

#include <offertracker/domain/error.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases::detail {

// Failed logins, counted per account (every address together, so guessing one password from many addresses is
// bounded) and per client address (so one client cannot sweep many accounts). Checked before any password work:
// a refused attempt costs no hash and is not counted, so a block ends with the window that counted the failures.
// Unknown emails count like known ones, so the answer never tells them apart. Only failures count: registering
// and logging in many accounts from one address never trips it.
class login_failures {
public:
    // email lower-cased; address empty when unknown (only the account rule applies then).
    login_failures(services& s, const std::string& email, const std::string& address);

    // The 429 when either rule is exhausted; its retry_after is when both admit an attempt again.
    [[nodiscard]] std::optional<domain::error> refused() const;
    // One more failure against the account and the address.
    void count() const;
    // The owner proved the password: the account's failures go. The address keeps its count, or one valid
    // account would let a client wipe its failures on every other account.
    void forget_account() const;

private:
    services& s_;
    std::string account_key_;
    std::string address_key_;
};

}  // namespace offertracker::usecases::detail
