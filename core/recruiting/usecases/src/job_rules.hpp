// A job's rules, shared by create_job, update_job and the agent's creations from text: the checks of a command,
// the record it makes, and its insertion with the job.created event.
#pragma once

#include <offertracker/domain/error.hpp>
#include <offertracker/recruiting/jobs.hpp>
#include <optional>

namespace offertracker::recruiting::detail {

inline constexpr std::size_t max_job_text = 200;
inline constexpr std::size_t max_job_description = 50'000;
inline constexpr long long max_salary = 1'000'000'000;
inline constexpr long long max_min_years = 60;

// The 422 for a create command that breaks a rule of jobs.hpp.
std::optional<domain::error> check_job(const create_job_command& cmd);
// The job the (checked) command describes, with the defaults applied; created by `by` now.
job make_job(const create_job_command& cmd, const member& by, domain::timestamp now);
// Inserts j (its id assigned) and announces job.created in the same unit.
job add_job(ports::recruiting_unit_of_work& uow, job j, domain::timestamp now);

}  // namespace offertracker::recruiting::detail
