// The current time, injected so that "today", streaks and ISO weeks are testable. Thread-safe.
#pragma once

#include <offertracker/domain/time.hpp>

namespace offertracker::ports {

class clock {
public:
    virtual ~clock() = default;
    // The current UTC instant; "today" is to_date(now()).
    virtual domain::timestamp now() const = 0;
};

}  // namespace offertracker::ports
