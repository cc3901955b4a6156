// JSON Web Tokens signed with HMAC-SHA256 (HS256) behind ports::token_service.
#pragma once

#include <cstddef>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <offertracker/ports/clock.hpp>
#include <offertracker/ports/token_service.hpp>

namespace offertracker::adapters::crypto {

// Issues compact JWTs {"alg":"HS256","typ":"JWT"}.{sub,aud,iat,exp}.signature for one audience.
// verify() accepts only HS256 (the algorithm is pinned, never taken from the token), checks the
// signature in constant time, requires a string "sub", "aud" equal to this audience, an integer
// "exp" later than clock.now(), and honours an integer "nbf" when present. Tokens longer than
// max_token_size, or with any malformed part, are refused.
// Thread-safe (no mutable state). The clock must outlive the service.
class jwt_token_service final : public ports::token_service {
public:
    static constexpr std::size_t max_token_size = 4096;
    // RFC 7518 section 3.2: an HS256 key must be at least as long as the hash output.
    static constexpr std::size_t min_secret_size = 32;

    // secret: raw key bytes (e.g. the text from random_secret(32)). Throws std::invalid_argument when
    // secret is shorter than min_secret_size, audience is empty, or lifetime is not positive.
    jwt_token_service(std::string secret, std::string audience, std::chrono::seconds lifetime,
                      const ports::clock& clock);

    // Throws std::invalid_argument for an empty subject (verify() would refuse it), std::runtime_error
    // if OpenSSL's HMAC fails.
    std::string issue(const domain::id& subject) override;
    // Never throws: nullopt for anything but a valid token.
    std::optional<domain::id> verify(std::string_view token) override;

private:
    std::string secret_;
    std::string audience_;
    std::chrono::seconds lifetime_;
    const ports::clock& clock_;
};

}  // namespace offertracker::adapters::crypto
