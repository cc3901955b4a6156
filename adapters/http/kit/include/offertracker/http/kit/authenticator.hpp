// Who sent a request. A surface asks its authenticator before running a use case for an actor; the bearer one
// reads "Authorization: Bearer <token>" (a cookie-session one serves the web surface).
#pragma once

#include <string>
#include <string_view>

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/types.hpp>
#include <offertracker/http/message.hpp>
#include <offertracker/ports/token_service.hpp>

namespace offertracker::adapters::http::kit {

class authenticator {
public:
    virtual ~authenticator() = default;
    // The account id the request proves (always storable text), or an unauthenticated error saying why.
    // Thread-safe and cheap: body limits ask it on I/O threads before the body is read.
    [[nodiscard]] virtual domain::result<domain::id> authenticate(const request& req) const = 0;
    // The challenge a 401 carries (WWW-Authenticate), or "" for none.
    [[nodiscard]] virtual std::string_view challenge() const noexcept { return {}; }
};

// "Authorization: Bearer <token>" (scheme case-insensitive) verified by one audience's token service.
// No header or another scheme: "Not authenticated"; a token that fails verification: `invalid_token` (each seed
// words it its own way).
class bearer_authenticator final : public authenticator {
public:
    explicit bearer_authenticator(ports::token_service& tokens,
                                  std::string_view invalid_token = "Invalid or expired token")
        : tokens_(tokens), invalid_token_(invalid_token) {}
    [[nodiscard]] domain::result<domain::id> authenticate(const request& req) const override;
    [[nodiscard]] std::string_view challenge() const noexcept override { return "Bearer"; }

private:
    ports::token_service& tokens_;
    std::string invalid_token_;
};

}  // namespace offertracker::adapters::http::kit
