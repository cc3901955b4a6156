// A dated reminder (follow-up, deadline, interview), optionally about one application.
#pragma once

#include <offertracker/domain/enums.hpp>
#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::domain {

struct reminder {
    domain::id id;
    domain::id user_id;
    std::optional<domain::id> application_id;  // deleted with the application
    std::string title;
    std::optional<std::string> description;
    timestamp remind_at{};
    domain::reminder_type reminder_type = domain::reminder_type::general;
    bool is_completed = false;
    std::optional<timestamp> completed_at;  // set whenever it is marked completed
    timestamp created_at{};
    timestamp updated_at{};

    friend bool operator==(const reminder&, const reminder&) = default;
};

}  // namespace offertracker::domain
