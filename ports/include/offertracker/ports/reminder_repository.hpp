// Reminders. Not thread-safe: one instance belongs to one unit_of_work.
#pragma once

#include <optional>
#include <vector>

#include <offertracker/domain/reminder.hpp>
#include <offertracker/ports/page.hpp>

namespace offertracker::ports {

struct reminder_filter {
    std::optional<bool> is_completed;
    std::optional<domain::reminder_type> reminder_type;
};

class reminder_repository {
public:
    virtual ~reminder_repository() = default;

    virtual void insert(const domain::reminder& r) = 0;
    virtual void update(const domain::reminder& r) = 0;
    virtual void remove(const domain::id& id) = 0;
    virtual std::optional<domain::reminder> find(const domain::id& id) = 0;
    // The user's reminders matching the filter, soonest first (remind_at asc, then id).
    virtual std::vector<domain::reminder> list(const domain::id& user_id, const reminder_filter& f, page p) = 0;
    // The user's incomplete reminders, soonest first (overdue ones included), at most limit.
    virtual std::vector<domain::reminder> upcoming(const domain::id& user_id, std::size_t limit) = 0;
};

}  // namespace offertracker::ports
