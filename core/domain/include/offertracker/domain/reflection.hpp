// What the seeker learned from an application (one per application).
#pragma once

#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::domain {

struct reflection {
    domain::id id;
    domain::id application_id;
    std::optional<std::string> what_worked;
    std::optional<std::string> what_failed;
    // Free-form JSON object, kept as the exact JSON text the client sent (the core does not read it),
    // so it round-trips byte for byte through every store.
    std::optional<std::string> skill_gaps_json;
    std::optional<std::string> improvement_plan;
    timestamp created_at{};
    timestamp updated_at{};

    friend bool operator==(const reflection&, const reflection&) = default;
};

}  // namespace offertracker::domain
