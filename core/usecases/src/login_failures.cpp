// Throttle keys for failed logins and the 429 they lead to.
#include "login_failures.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <utility>

namespace offertracker::usecases::detail {
namespace {

using rule = std::pair<const std::string*, ports::throttle_limit>;

}  // namespace

login_failures::login_failures(services& s, const std::string& email, const std::string& address)
    : s_(s),
      account_key_("login-failures/account/" + email),
      address_key_(address.empty() ? std::string{} : "login-failures/address/" + address) {}

std::optional<domain::error> login_failures::refused() const {
    auto wait = std::chrono::seconds{0};
    bool blocked = false;
    for (const auto& [key, limit] : std::array<rule, 2>{{{&account_key_, s_.login.per_account},
                                                         {&address_key_, s_.login.per_address}}}) {
        if (key->empty()) continue;
        const auto v = s_.throttle.check(*key, limit);
        if (v.allowed) continue;
        blocked = true;
        wait = std::max(wait, v.retry_after);
    }
    if (!blocked) return std::nullopt;
    return domain::error::rate_limited("Too many failed login attempts. Try again later.", wait);
}

void login_failures::count() const {
    (void)s_.throttle.hit(account_key_, s_.login.per_account);
    if (!address_key_.empty()) (void)s_.throttle.hit(address_key_, s_.login.per_address);
}

void login_failures::forget_account() const { s_.throttle.reset(account_key_); }

}  // namespace offertracker::usecases::detail
