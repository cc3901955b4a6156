// An append-only activity log entry, written by the core for every tracked action.
#pragma once

#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::domain {

struct activity_entry {
    domain::id id;
    domain::id user_id;
    std::optional<domain::id> application_id;
    std::string action;        // e.g. "Status Changed" (the documented strings)
    std::string description;   // human-readable summary
    std::string metadata_json = "{}";  // a JSON object, built with json_object_text
    timestamp created_at{};

    friend bool operator==(const activity_entry&, const activity_entry&) = default;
};

}  // namespace offertracker::domain
