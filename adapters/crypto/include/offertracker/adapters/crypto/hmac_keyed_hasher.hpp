// HMAC-SHA256 under a key the caller passes (webhook signatures: each endpoint has its own secret), on OpenSSL.
#pragma once

#include <string>
#include <string_view>

#include <offertracker/ports/keyed_hasher.hpp>

namespace offertracker::adapters::crypto {

// hmac_sha256_hex(key, message): 64 lower-case hex digits of HMAC-SHA256 (RFC 2104, FIPS 180-4) over the raw
// bytes of key and message. Any key length is accepted, the empty key included (HMAC pads or hashes it, as the
// RFC says); a receiver verifying with its copy of the secret gets the same digits. Thread-safe (no state).
// Throws std::runtime_error only if OpenSSL's HMAC fails.
class hmac_keyed_hasher final : public ports::keyed_hasher {
public:
    std::string hmac_sha256_hex(std::string_view key, std::string_view message) const override;
};

}  // namespace offertracker::adapters::crypto
