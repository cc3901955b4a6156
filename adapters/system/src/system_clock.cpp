// The wall clock, truncated to the domain's microsecond resolution.
#include <offertracker/adapters/system/system_clock.hpp>

#include <chrono>

namespace offertracker::adapters::system {

domain::timestamp system_clock::now() const {
    // floor, not round: a time must never be reported later than it was read.
    return std::chrono::floor<std::chrono::microseconds>(std::chrono::system_clock::now());
}

}  // namespace offertracker::adapters::system
