// Argon2id through libargon2's encoded (PHC string) API, salts from OpenSSL.
#include <offertracker/adapters/crypto/argon2_password_hasher.hpp>

#include <array>
#include <stdexcept>
#include <string>

#include <argon2.h>

#include "random_bytes.hpp"

namespace offertracker::adapters::crypto {
namespace {

constexpr std::size_t salt_size = 16;
constexpr std::size_t digest_size = 32;

}  // namespace

argon2_password_hasher::argon2_password_hasher(argon2_params params) : params_(params) {
    // Check here so a bad configuration fails at start-up, not on the first login.
    if (params_.time_cost < ARGON2_MIN_TIME || params_.parallelism < ARGON2_MIN_LANES ||
        params_.parallelism > ARGON2_MAX_LANES || params_.memory_kib < 8 * params_.parallelism ||
        params_.memory_kib > ARGON2_MAX_MEMORY) {
        throw std::invalid_argument("argon2_password_hasher: parameters out of range");
    }
}

std::string argon2_password_hasher::hash(std::string_view password) {
    std::array<unsigned char, salt_size> salt{};
    detail::random_bytes(salt.data(), salt.size());

    std::string encoded(argon2_encodedlen(params_.time_cost, params_.memory_kib, params_.parallelism,
                                          salt_size, digest_size, Argon2_id),
                        '\0');
    const int rc = argon2id_hash_encoded(params_.time_cost, params_.memory_kib, params_.parallelism,
                                         password.data(), password.size(), salt.data(), salt.size(),
                                         digest_size, encoded.data(), encoded.size());
    if (rc != ARGON2_OK) {
        // The message names the failure, never the password.
        throw std::runtime_error(std::string("argon2id hashing failed: ") + argon2_error_message(rc));
    }
    // argon2_encodedlen counts the terminating NUL; keep only the text.
    encoded.resize(encoded.find('\0'));
    return encoded;
}

bool argon2_password_hasher::verify(std::string_view password, std::string_view encoded) {
    // libargon2 reads a C string: an embedded NUL would silently truncate what is checked.
    if (encoded.find('\0') != std::string_view::npos) {
        return false;
    }
    try {
        const std::string stored(encoded);
        // argon2id_verify parses the PHC string itself and reports any malformed part as an error
        // code, and refuses hashes of the other Argon2 variants.
        return argon2id_verify(stored.c_str(), password.data(), password.size()) == ARGON2_OK;
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace offertracker::adapters::crypto
