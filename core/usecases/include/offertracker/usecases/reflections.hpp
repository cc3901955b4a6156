// The post-interview reflection of an application, one per application.
#pragma once

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/reflection.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases {

struct create_reflection_command {
    std::optional<std::string> what_worked;
    std::optional<std::string> what_failed;
    std::optional<std::string> skill_gaps_json;  // a JSON object's text, checked by the surface
    std::optional<std::string> improvement_plan;
};

struct update_reflection_command {
    domain::patch<std::string> what_worked;
    domain::patch<std::string> what_failed;
    domain::patch<std::string> skill_gaps_json;
    domain::patch<std::string> improvement_plan;
};

// A conflict (next step: update it) when the application has a reflection already.
domain::result<domain::reflection> add_reflection(services& s, const actor& who, const domain::id& application_id,
                                                  const create_reflection_command& cmd);
domain::result<domain::reflection> update_reflection(services& s, const actor& who,
                                                     const domain::id& application_id,
                                                     const domain::id& reflection_id,
                                                     const update_reflection_command& cmd);
domain::result<domain::done> delete_reflection(services& s, const actor& who, const domain::id& application_id,
                                               const domain::id& reflection_id);

}  // namespace offertracker::usecases
