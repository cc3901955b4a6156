// Password hashing with a slow, salted KDF. Thread-safe. Blocking and CPU-heavy: call off I/O threads.
#pragma once

#include <string>
#include <string_view>

namespace offertracker::ports {

class password_hasher {
public:
    virtual ~password_hasher() = default;
    // A self-describing encoded hash (algorithm, parameters, a fresh random salt, digest).
    virtual std::string hash(std::string_view password) = 0;
    // True when password matches; false for a wrong password or an unreadable encoded hash.
    virtual bool verify(std::string_view password, std::string_view encoded) = 0;
};

}  // namespace offertracker::ports
