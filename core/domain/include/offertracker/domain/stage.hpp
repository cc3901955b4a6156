// One interview round of an application.
#pragma once

#include <vector>

#include <offertracker/domain/enums.hpp>
#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::domain {

struct stage {
    domain::id id;
    domain::id application_id;
    std::string stage_name;
    std::optional<domain::stage_type> stage_type;
    date stage_date{};  // defaults to the day it was logged
    stage_result result = stage_result::pending;
    std::optional<int> duration_minutes;
    std::optional<std::string> interviewer_names;
    std::optional<std::string> prep_notes;
    std::vector<std::string> questions_asked;  // never null: absent means none asked
    std::optional<std::string> notes;
    timestamp created_at{};
    timestamp updated_at{};

    friend bool operator==(const stage&, const stage&) = default;
};

}  // namespace offertracker::domain
