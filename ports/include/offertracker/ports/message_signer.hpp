// Keyed signatures for short messages, e.g. the expiring links to uploaded files. Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace offertracker::ports {

class message_signer {
public:
    virtual ~message_signer() = default;
    // A URL-safe signature of message (no padding, no '+' or '/').
    virtual std::string sign(std::string_view message) = 0;
    // True only for the exact signature of message; compares in constant time.
    virtual bool verify(std::string_view message, std::string_view signature) = 0;
};

}  // namespace offertracker::ports
