// Counters with windows, by key: how often something happened lately (failed logins per account or per client
// address, requests per client). Thread-safe. In memory per node now; a SQL adapter shared by nodes may follow.
#pragma once

#include <chrono>
#include <cstdint>
#include <string_view>

namespace offertracker::ports {

// At most `limit` hits per window. A key's window opens at its first hit and closes `window` later; the next
// hit after that opens a fresh one. Callers pass the limit with every call, so one throttle serves many rules.
struct throttle_limit {
    std::uint32_t limit = 0;
    std::chrono::seconds window{0};
};

struct throttle_verdict {
    bool allowed = true;              // check: a hit now would be counted; hit: this hit was counted
    std::uint32_t remaining = 0;      // hits the open window still admits
    std::chrono::seconds retry_after{0};  // until the open window closes, rounded up; 0 when none is open
};

class throttle {
public:
    virtual ~throttle() = default;
    // The key's state under `limit`, without counting anything.
    virtual throttle_verdict check(std::string_view key, throttle_limit limit) = 0;
    // Counts one hit when the window has room. A refused hit is not counted, so refusals never extend a block.
    virtual throttle_verdict hit(std::string_view key, throttle_limit limit) = 0;
    // Forgets the key's window.
    virtual void reset(std::string_view key) = 0;
};

}  // namespace offertracker::ports
