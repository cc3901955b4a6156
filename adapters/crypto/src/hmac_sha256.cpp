// HMAC-SHA256 via OpenSSL's one-shot HMAC(), which is not deprecated in OpenSSL 3.
#include "hmac_sha256.hpp"

#include <stdexcept>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace offertracker::adapters::crypto::detail {

sha256_digest hmac_sha256(std::string_view key, std::string_view message) {
    sha256_digest digest{};
    unsigned int length = 0;
    // HMAC() rejects a null data pointer even for zero length, so point empty input at a dummy byte; a null key
    // would mean "the previous key" to the HMAC_CTX API below it, so an empty key gets the same dummy.
    static const unsigned char empty = 0;
    const auto* data = message.empty() ? &empty : reinterpret_cast<const unsigned char*>(message.data());
    const void* key_data = key.empty() ? static_cast<const void*>(&empty) : key.data();
    if (HMAC(EVP_sha256(), key_data, static_cast<int>(key.size()), data, message.size(), digest.data(),
             &length) == nullptr ||
        length != digest.size()) {
        throw std::runtime_error("HMAC-SHA256 failed");
    }
    return digest;
}

bool constant_time_equal(std::string_view a, std::string_view b) noexcept {
    // Lengths are public (a signature's length is fixed), so only the content comparison must not leak.
    if (a.size() != b.size()) {
        return false;
    }
    return a.empty() || CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace offertracker::adapters::crypto::detail
