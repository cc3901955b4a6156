// A user's colour-coded label, and its assignment to an application.
#pragma once

#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::domain {

struct tag {
    domain::id id;
    domain::id user_id;
    std::string name;  // unique per user, case-sensitive
    std::string color = "#6366f1";
    timestamp created_at{};

    friend bool operator==(const tag&, const tag&) = default;
};

// One tag on one application (unique per pair).
struct application_tag {
    domain::id id;
    domain::id user_id;  // the owner of both (distribution key)
    domain::id application_id;
    domain::id tag_id;
    timestamp created_at{};

    friend bool operator==(const application_tag&, const application_tag&) = default;
};

}  // namespace offertracker::domain
