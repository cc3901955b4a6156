// HMAC-SHA256 under a caller's key: webhook signatures (each endpoint has its own secret). Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace offertracker::ports {

class keyed_hasher {
public:
    virtual ~keyed_hasher() = default;
    // Lower-case hex of HMAC-SHA256(key, message): 64 characters.
    virtual std::string hmac_sha256_hex(std::string_view key, std::string_view message) const = 0;
};

}  // namespace offertracker::ports
