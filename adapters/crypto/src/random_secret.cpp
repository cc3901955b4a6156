// Random secrets: CSPRNG bytes rendered as base64url so they survive config files and shells.
#include <offertracker/adapters/crypto/random_secret.hpp>

#include <stdexcept>
#include <string>

#include <openssl/crypto.h>

#include "base64url.hpp"
#include "random_bytes.hpp"

namespace offertracker::adapters::crypto {

std::string random_secret(std::size_t bytes) {
    if (bytes == 0) {
        throw std::invalid_argument("random_secret: bytes must be positive");
    }
    std::string raw(bytes, '\0');
    detail::random_bytes(reinterpret_cast<unsigned char*>(raw.data()), raw.size());
    std::string encoded = detail::base64url_encode(raw);
    // Do not leave key material in freed memory longer than needed.
    OPENSSL_cleanse(raw.data(), raw.size());
    return encoded;
}

}  // namespace offertracker::adapters::crypto
