// The result of an application: offer and compensation details (one per application).
#pragma once

#include <offertracker/domain/enums.hpp>
#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::domain {

struct outcome {
    domain::id id;
    domain::id application_id;
    std::optional<outcome_status> status;
    std::optional<long long> salary;
    std::string salary_currency = "USD";
    std::optional<std::string> bonus;
    std::optional<std::string> equity;
    std::optional<std::string> benefits;
    std::optional<date> start_date;
    std::optional<date> deadline;
    std::optional<std::string> negotiation_notes;
    std::optional<std::string> notes;
    timestamp created_at{};
    timestamp updated_at{};

    friend bool operator==(const outcome&, const outcome&) = default;
};

}  // namespace offertracker::domain
