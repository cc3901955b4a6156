// The throttle port in this process's memory: counters per key with expiring windows, bounded in size.
#pragma once

#include <cstddef>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include <offertracker/ports/clock.hpp>
#include <offertracker/ports/throttle.hpp>

namespace offertracker::adapters::memory {

// Thread-safe (one mutex). Keeps only open windows: closed ones are dropped as time passes, and at most max_keys
// keys are tracked. When a new key would exceed that, the window closest to closing is forgotten, so a flood of
// distinct keys costs bounded memory (and can at worst end the oldest windows early). Never fails.
class in_memory_throttle final : public ports::throttle {
public:
    explicit in_memory_throttle(const ports::clock& clock, std::size_t max_keys = 100'000);

    ports::throttle_verdict check(std::string_view key, ports::throttle_limit limit) override;
    ports::throttle_verdict hit(std::string_view key, ports::throttle_limit limit) override;
    void reset(std::string_view key) override;

    // Keys tracked (for tests and diagnostics); a closed window goes at the next call.
    [[nodiscard]] std::size_t size() const;

private:
    struct window {
        std::uint32_t count = 0;
        domain::timestamp closes;
    };
    using by_close_entry = std::pair<domain::timestamp, std::string_view>;  // views the key owned by windows_

    // Drops every window closed at `now`. Caller holds the mutex.
    void expire(domain::timestamp now);
    void erase(std::unordered_map<std::string, window>::iterator it);
    static ports::throttle_verdict verdict(const window* w, ports::throttle_limit limit, domain::timestamp now,
                                           bool allowed);

    const ports::clock& clock_;
    const std::size_t max_keys_;
    mutable std::mutex mutex_;
    std::unordered_map<std::string, window> windows_;
    std::set<by_close_entry> by_close_;  // the same windows ordered by closing time, to expire and evict cheaply
};

}  // namespace offertracker::adapters::memory
