// HMAC-SHA256 under a caller's key, rendered as lower-case hex.
#include <offertracker/adapters/crypto/hmac_keyed_hasher.hpp>

#include "hmac_sha256.hpp"

namespace offertracker::adapters::crypto {

std::string hmac_keyed_hasher::hmac_sha256_hex(std::string_view key, std::string_view message) const {
    static constexpr char digits[] = "0123456789abcdef";
    const auto digest = detail::hmac_sha256(key, message);
    std::string hex;
    hex.reserve(digest.size() * 2);
    for (unsigned char byte : digest) {
        hex.push_back(digits[byte >> 4]);
        hex.push_back(digits[byte & 0x0f]);
    }
    return hex;
}

}  // namespace offertracker::adapters::crypto
