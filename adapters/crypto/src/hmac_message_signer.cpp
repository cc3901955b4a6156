// HMAC-SHA256 message signatures rendered as unpadded base64url.
#include <offertracker/adapters/crypto/hmac_message_signer.hpp>

#include <stdexcept>

#include "base64url.hpp"
#include "hmac_sha256.hpp"

namespace offertracker::adapters::crypto {

hmac_message_signer::hmac_message_signer(std::string secret) : secret_(std::move(secret)) {
    if (secret_.size() < min_secret_size) {
        throw std::invalid_argument("hmac_message_signer: the secret must be at least 32 bytes");
    }
}

std::string hmac_message_signer::sign(std::string_view message) {
    const auto digest = detail::hmac_sha256(secret_, message);
    return detail::base64url_encode(
        std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
}

bool hmac_message_signer::verify(std::string_view message, std::string_view signature) {
    // Comparing encoded texts (not decoded bytes) accepts exactly one spelling: the canonical one.
    try {
        return detail::constant_time_equal(sign(message), signature);
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace offertracker::adapters::crypto
