// Interview stages of an application.
#pragma once

#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/stage.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases {

struct create_stage_command {
    std::string stage_name;
    std::optional<domain::stage_type> stage_type;
    std::optional<domain::date> stage_date;     // default today
    std::optional<domain::stage_result> result;  // default Pending
    std::optional<long long> duration_minutes;   // > 0
    std::optional<std::string> interviewer_names;
    std::optional<std::string> prep_notes;
    std::optional<std::vector<std::string>> questions_asked;
    std::optional<std::string> notes;
};

struct update_stage_command {
    domain::patch<std::string> stage_name;
    domain::patch<domain::stage_type> stage_type;
    domain::patch<domain::date> stage_date;
    domain::patch<domain::stage_result> result;
    domain::patch<long long> duration_minutes;
    domain::patch<std::string> interviewer_names;
    domain::patch<std::string> prep_notes;
    domain::patch<std::vector<std::string>> questions_asked;  // null clears to []
    domain::patch<std::string> notes;
};

// Adding a stage to an Applied application moves it to Interviewing (logged as an automatic change).
domain::result<domain::stage> add_stage(services& s, const actor& who, const domain::id& application_id,
                                        const create_stage_command& cmd);
domain::result<domain::stage> update_stage(services& s, const actor& who, const domain::id& application_id,
                                           const domain::id& stage_id, const update_stage_command& cmd);
domain::result<domain::done> delete_stage(services& s, const actor& who, const domain::id& application_id,
                                          const domain::id& stage_id);

}  // namespace offertracker::usecases
