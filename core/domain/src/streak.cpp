// The streak rule of docs/behaviour.md §20 (as decided in §3).
#include <offertracker/domain/streak.hpp>

namespace offertracker::domain {

streak record_activity(const streak& before, date today) {
    if (!before.last_active) return {1, today};
    const int gap = days_between(*before.last_active, today);
    if (gap == 1) return {before.days + 1, today};
    if (gap > 1) return {1, today};
    return {before.days, today};  // same day, or a clock that went backwards: unchanged
}

}  // namespace offertracker::domain
