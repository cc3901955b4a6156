// The checks and construction of jobs.
#include "job_rules.hpp"

#include "support.hpp"
#include "webhook_events.hpp"

namespace offertracker::recruiting::detail {

std::optional<domain::error> check_job(const create_job_command& cmd) {
    domain::validator v;
    required_text(v, "title", cmd.title, max_job_text);
    v.max_length("department", cmd.department, max_job_text);
    v.max_length("location", cmd.location, max_job_text);
    v.max_length("employment_type", cmd.employment_type, max_job_text);
    v.max_length("remote_option", cmd.remote_option, max_job_text);
    within(v, "salary_min", cmd.salary_min, 0, max_salary);
    within(v, "salary_max", cmd.salary_max, 0, max_salary);
    v.ordered("salary_min", cmd.salary_min, "salary_max", cmd.salary_max);
    currency(v, "currency", cmd.currency);
    v.max_length("description", cmd.description, max_job_description);
    if (cmd.required_skills) skills(v, "required_skills", *cmd.required_skills);
    if (cmd.nice_to_have_skills) skills(v, "nice_to_have_skills", *cmd.nice_to_have_skills);
    within(v, "min_years", cmd.min_years, 0, max_min_years);
    return std::move(v).finish();
}

job make_job(const create_job_command& cmd, const member& by, domain::timestamp now) {
    job j;
    j.org_id = by.org_id;
    j.created_by_user_id = by.id;
    j.title = std::string(trim(cmd.title));
    j.department = cmd.department;
    j.location = cmd.location;
    j.employment_type = cmd.employment_type;
    j.remote_option = cmd.remote_option;
    j.salary_min = cmd.salary_min;
    j.salary_max = cmd.salary_max;
    j.currency = cmd.currency;
    j.description = cmd.description;
    if (cmd.required_skills) j.required_skills = clean_skills(*cmd.required_skills);
    if (cmd.nice_to_have_skills) j.nice_to_have_skills = clean_skills(*cmd.nice_to_have_skills);
    if (cmd.min_years) j.min_years = static_cast<int>(*cmd.min_years);
    j.status = cmd.status.value_or(job_status::open);
    j.is_public = cmd.is_public.value_or(false);
    j.created_at = j.updated_at = now;
    return j;
}

job add_job(ports::recruiting_unit_of_work& uow, job j, domain::timestamp now) {
    j.id = uow.jobs().create(j);
    announce(uow, j.org_id, webhook_event::job_created, now, job_json(j));
    return j;
}

}  // namespace offertracker::recruiting::detail
