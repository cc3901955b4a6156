// Fresh random secrets for keys the application generates itself (e.g. the token secret on first start).
#pragma once

#include <cstddef>
#include <string>

namespace offertracker::adapters::crypto {

// bytes fresh random bytes from OpenSSL's CSPRNG, as base64url without padding (about 4/3 * bytes
// characters of [A-Za-z0-9_-], safe in config files, URLs and environment variables).
// Throws std::invalid_argument when bytes is 0, std::runtime_error if the random source fails.
std::string random_secret(std::size_t bytes);

}  // namespace offertracker::adapters::crypto
