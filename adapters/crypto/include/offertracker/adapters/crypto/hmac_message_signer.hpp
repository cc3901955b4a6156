// HMAC-SHA256 signatures of short messages behind ports::message_signer.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <offertracker/ports/message_signer.hpp>

namespace offertracker::adapters::crypto {

// sign() returns the 43-character base64url (no padding) HMAC-SHA256 of the message; verify()
// accepts exactly that string, compared in constant time. Thread-safe (no mutable state).
class hmac_message_signer final : public ports::message_signer {
public:
    static constexpr std::size_t min_secret_size = 32;

    // secret: raw key bytes. Throws std::invalid_argument when shorter than min_secret_size.
    explicit hmac_message_signer(std::string secret);

    // Throws std::runtime_error only if OpenSSL's HMAC fails.
    std::string sign(std::string_view message) override;
    // Never throws.
    bool verify(std::string_view message, std::string_view signature) override;

private:
    std::string secret_;
};

}  // namespace offertracker::adapters::crypto
