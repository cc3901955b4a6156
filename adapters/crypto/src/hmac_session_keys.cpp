// Session cookie values: a random secret with its HMAC, and the SHA-256 digest the store keys sessions by.
#include <offertracker/adapters/crypto/hmac_session_keys.hpp>

#include <stdexcept>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "base64url.hpp"
#include "hmac_sha256.hpp"
#include "random_bytes.hpp"

namespace offertracker::adapters::crypto {
namespace {

// The unpadded base64url length of 32 bytes, for both the secret and the MAC.
constexpr std::size_t part_size = 43;

std::string_view bytes_of(const detail::sha256_digest& d) {
    return {reinterpret_cast<const char*>(d.data()), d.size()};
}

std::string hex_sha256(std::string_view data) {
    detail::sha256_digest digest{};
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1 ||
        length != digest.size())
        throw std::runtime_error("SHA-256 failed");
    constexpr std::string_view hex = "0123456789abcdef";
    std::string out;
    out.reserve(2 * digest.size());
    for (const unsigned char b : digest) {
        out += hex[b >> 4];
        out += hex[b & 0x0F];
    }
    return out;
}

}  // namespace

hmac_session_keys::hmac_session_keys(std::string key) : key_(std::move(key)) {
    if (key_.size() < min_key_size)
        throw std::invalid_argument("hmac_session_keys: the key must be at least 32 bytes");
}

ports::issued_session_key hmac_session_keys::issue() {
    std::string secret(secret_size, '\0');
    detail::random_bytes(reinterpret_cast<unsigned char*>(secret.data()), secret.size());
    ports::issued_session_key out;
    out.cookie_value = detail::base64url_encode(secret) + "." +
                       detail::base64url_encode(bytes_of(detail::hmac_sha256(key_, secret)));
    out.key_digest = hex_sha256(secret);
    // The secret lives on only in the cookie: do not leave it in freed memory.
    OPENSSL_cleanse(secret.data(), secret.size());
    return out;
}

std::optional<std::string> hmac_session_keys::digest_of(std::string_view cookie_value) const {
    // The shape is public (every cookie has it), so checking it first leaks nothing about the key.
    if (cookie_value.size() != 2 * part_size + 1 || cookie_value[part_size] != '.') return std::nullopt;
    const auto secret_text = cookie_value.substr(0, part_size);
    const auto mac_text = cookie_value.substr(part_size + 1);
    // Strict decoding of the secret and comparing the MAC as encoded text accept only the canonical spelling, so
    // one secret has exactly one cookie value.
    auto secret = detail::base64url_decode(secret_text);
    if (!secret || secret->size() != secret_size) return std::nullopt;
    std::optional<std::string> digest;
    try {
        const auto expected = detail::base64url_encode(bytes_of(detail::hmac_sha256(key_, *secret)));
        if (detail::constant_time_equal(expected, mac_text)) digest = hex_sha256(*secret);
    } catch (const std::exception&) {
        // OpenSSL failed: the cookie cannot be vouched for.
    }
    OPENSSL_cleanse(secret->data(), secret->size());
    return digest;
}

}  // namespace offertracker::adapters::crypto
