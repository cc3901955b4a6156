// The outcome (offer details) of an application, one per application.
#pragma once

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/outcome.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases {

struct create_outcome_command {
    std::optional<domain::outcome_status> status;  // default Offer
    std::optional<long long> salary;
    std::optional<std::string> salary_currency;  // default "USD"
    std::optional<std::string> bonus;
    std::optional<std::string> equity;
    std::optional<std::string> benefits;
    std::optional<domain::date> start_date;
    std::optional<domain::date> deadline;
    std::optional<std::string> negotiation_notes;
    std::optional<std::string> notes;
};

struct update_outcome_command {
    domain::patch<domain::outcome_status> status;
    domain::patch<long long> salary;
    domain::patch<std::string> salary_currency;
    domain::patch<std::string> bonus;
    domain::patch<std::string> equity;
    domain::patch<std::string> benefits;
    domain::patch<domain::date> start_date;
    domain::patch<domain::date> deadline;
    domain::patch<std::string> negotiation_notes;
    domain::patch<std::string> notes;
};

// Moves the application to the outcome's status unless it is Accepted; a conflict (next step: update it) when one exists.
domain::result<domain::outcome> add_outcome(services& s, const actor& who, const domain::id& application_id,
                                            const create_outcome_command& cmd);
domain::result<domain::outcome> update_outcome(services& s, const actor& who, const domain::id& application_id,
                                               const domain::id& outcome_id, const update_outcome_command& cmd);
domain::result<domain::done> delete_outcome(services& s, const actor& who, const domain::id& application_id,
                                            const domain::id& outcome_id);

}  // namespace offertracker::usecases
