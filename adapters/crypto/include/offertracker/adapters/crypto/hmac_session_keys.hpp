// Browser-session cookie secrets behind ports::session_keys: a MAC under the server's key refuses forged cookies
// without a store read, and the store keeps only a SHA-256 digest of the secret.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <offertracker/ports/session_keys.hpp>

namespace offertracker::adapters::crypto {

// A cookie value is base64url(secret) "." base64url(HMAC-SHA256(key, secret)), both unpadded (43 + 1 + 43
// characters), for a secret of 32 bytes from OpenSSL's CSPRNG; its digest is the lower-case hex SHA-256 of the
// secret (64 characters). Thread-safe (no mutable state).
class hmac_session_keys final : public ports::session_keys {
public:
    static constexpr std::size_t min_key_size = 32;
    static constexpr std::size_t secret_size = 32;

    // key: raw key bytes. Throws std::invalid_argument when shorter than min_key_size.
    explicit hmac_session_keys(std::string key);

    // Throws std::runtime_error if the random source or OpenSSL's HMAC fails.
    ports::issued_session_key issue() override;
    // nullopt unless cookie_value is exactly what issue() returns under this key: both parts canonical base64url
    // of 32 bytes, the MAC compared in constant time. Never throws.
    std::optional<std::string> digest_of(std::string_view cookie_value) const override;

private:
    std::string key_;
};

}  // namespace offertracker::adapters::crypto
