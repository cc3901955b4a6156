// Daily activity streaks (docs/behaviour.md §3, §20), pure: "today" comes from the Clock port.
#pragma once

#include <optional>

#include <offertracker/domain/time.hpp>

namespace offertracker::domain {

struct streak {
    int days = 0;
    std::optional<date> last_active;

    friend constexpr bool operator==(const streak&, const streak&) = default;
};

// The streak after activity on `today`: first activity or a gap of more than a day restarts at 1,
// the next day adds 1, the same day (or a clock that went backwards) keeps it; last_active becomes today.
streak record_activity(const streak& before, date today);

}  // namespace offertracker::domain
