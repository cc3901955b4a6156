// The wall clock (std::chrono::system_clock) behind ports::clock.
#pragma once

#include <offertracker/ports/clock.hpp>

namespace offertracker::adapters::system {

// now() is the current UTC instant rounded down to whole microseconds, the resolution stored and
// shown. Not monotonic: it follows any adjustment of the system time. Thread-safe; never throws.
class system_clock final : public ports::clock {
public:
    domain::timestamp now() const override;
};

}  // namespace offertracker::adapters::system
