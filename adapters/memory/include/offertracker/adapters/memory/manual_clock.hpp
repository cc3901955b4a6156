// A clock that only moves when told to, so tests control "now" and "today".
#pragma once

#include <atomic>
#include <chrono>

#include <offertracker/ports/clock.hpp>

namespace offertracker::adapters::memory {

// Thread-safe: now(), set() and advance() may be called from any thread. Never fails.
class manual_clock final : public ports::clock {
public:
    // Starts at start (the Unix epoch by default).
    explicit manual_clock(domain::timestamp start = {}) : now_(start.time_since_epoch().count()) {}

    domain::timestamp now() const override;
    void set(domain::timestamp t);
    // Moves the clock by by (which may be negative).
    void advance(std::chrono::microseconds by);

private:
    std::atomic<std::chrono::microseconds::rep> now_;
};

}  // namespace offertracker::adapters::memory
