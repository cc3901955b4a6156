// The append-only activity log. Not thread-safe: one instance belongs to one unit_of_work.
#pragma once

#include <optional>
#include <vector>

#include <offertracker/domain/activity.hpp>
#include <offertracker/ports/page.hpp>

namespace offertracker::ports {

class activity_repository {
public:
    virtual ~activity_repository() = default;

    virtual void append(const domain::activity_entry& e) = 0;
    // The user's entries (of one application when given), newest first (created_at desc, then id desc).
    virtual std::vector<domain::activity_entry> list(const domain::id& user_id,
                                                     const std::optional<domain::id>& application_id,
                                                     page p) = 0;
};

}  // namespace offertracker::ports
