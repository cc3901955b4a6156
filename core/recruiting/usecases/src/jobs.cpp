// Jobs of the member's org and a job's pipeline counts.
#include <offertracker/recruiting/jobs.hpp>

#include "job_rules.hpp"
#include "support.hpp"

namespace offertracker::recruiting {
namespace {

constexpr std::string_view job_not_found = "Job not found";


}  // namespace

std::optional<domain::error> check(const create_job_command& cmd) { return detail::check_job(cmd); }

std::optional<domain::error> check(const update_job_command& cmd) {
    domain::validator v;
    v.not_null("title", cmd.title, "string");
    v.not_null("required_skills", cmd.required_skills, "array");
    v.not_null("nice_to_have_skills", cmd.nice_to_have_skills, "array");
    v.not_null("status", cmd.status, "string");
    v.not_null("is_public", cmd.is_public, "boolean");
    if (cmd.title && *cmd.title) detail::required_text(v, "title", **cmd.title, detail::max_job_text);
    v.max_length("department", cmd.department, detail::max_job_text);
    v.max_length("location", cmd.location, detail::max_job_text);
    v.max_length("employment_type", cmd.employment_type, detail::max_job_text);
    v.max_length("remote_option", cmd.remote_option, detail::max_job_text);
    if (cmd.salary_min) detail::within(v, "salary_min", *cmd.salary_min, 0, detail::max_salary);
    if (cmd.salary_max) detail::within(v, "salary_max", *cmd.salary_max, 0, detail::max_salary);
    if (cmd.currency) detail::currency(v, "currency", *cmd.currency);
    v.max_length("description", cmd.description, detail::max_job_description);
    if (cmd.required_skills && *cmd.required_skills) detail::skills(v, "required_skills", **cmd.required_skills);
    if (cmd.nice_to_have_skills && *cmd.nice_to_have_skills)
        detail::skills(v, "nice_to_have_skills", **cmd.nice_to_have_skills);
    if (cmd.min_years) detail::within(v, "min_years", *cmd.min_years, 0, detail::max_min_years);
    return std::move(v).finish();
}

domain::result<job> create_job(services& s, const recruiter& who, const create_job_command& cmd) {
    if (auto e = check(cmd)) return std::move(*e);
    return detail::in_write(s, who, detail::need::write,
                            [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<job> {
                                const auto now = s.clock.now();
                                auto j = detail::add_job(uow, detail::make_job(cmd, m, now), now);
                                uow.commit();
                                return j;
                            });
}

domain::result<job> get_job(services& s, const recruiter& who, record_id id) {
    return detail::in_read(s, who, detail::need::read,
                           [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<job> {
                               auto j = uow.jobs().get(m.org_id, id);
                               if (!j) return domain::error::not_found(std::string(job_not_found));
                               return std::move(*j);
                           });
}

domain::result<ports::counted<job>> list_jobs(services& s, const recruiter& who, const ports::job_filter& filter,
                                              ports::page p) {
    domain::validator v;
    v.text("q", filter.title_contains);
    if (auto e = std::move(v).finish()) return std::move(*e);
    return detail::in_read(
        s, who, detail::need::read,
        [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<ports::counted<job>> {
            return uow.jobs().list(m.org_id, filter, p);
        });
}

domain::result<job> update_job(services& s, const recruiter& who, record_id id, const update_job_command& cmd) {
    if (auto e = check(cmd)) return std::move(*e);
    return detail::in_write(s, who, detail::need::write,
                            [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<job> {
                                auto j = uow.jobs().get(m.org_id, id);
                                if (!j) return domain::error::not_found(std::string(job_not_found));
                                if (cmd.title) j->title = std::string(detail::trim(**cmd.title));
                                domain::apply(cmd.department, j->department);
                                domain::apply(cmd.location, j->location);
                                domain::apply(cmd.employment_type, j->employment_type);
                                domain::apply(cmd.remote_option, j->remote_option);
                                domain::apply(cmd.salary_min, j->salary_min);
                                domain::apply(cmd.salary_max, j->salary_max);
                                domain::apply(cmd.currency, j->currency);
                                domain::apply(cmd.description, j->description);
                                if (cmd.required_skills)
                                    j->required_skills = detail::clean_skills(**cmd.required_skills);
                                if (cmd.nice_to_have_skills)
                                    j->nice_to_have_skills = detail::clean_skills(**cmd.nice_to_have_skills);
                                if (cmd.min_years) {
                                    j->min_years.reset();
                                    if (*cmd.min_years) j->min_years = static_cast<int>(**cmd.min_years);
                                }
                                if (cmd.status) j->status = **cmd.status;
                                if (cmd.is_public) j->is_public = **cmd.is_public;
                                // The range as it will be stored: one bound may come from the command, the other
                                // from the job.
                                domain::validator range;
                                range.ordered("salary_min", j->salary_min, "salary_max", j->salary_max);
                                if (auto e = std::move(range).finish()) return std::move(*e);
                                j->updated_at = s.clock.now();
                                if (!uow.jobs().update(*j)) return domain::error::not_found(std::string(job_not_found));
                                uow.commit();
                                return std::move(*j);
                            });
}

domain::result<domain::done> delete_job(services& s, const recruiter& who, record_id id) {
    return detail::in_write(s, who, detail::need::write,
                            [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<domain::done> {
                                if (!uow.jobs().remove(m.org_id, id))
                                    return domain::error::not_found(std::string(job_not_found));
                                uow.commit();
                                return domain::done{};
                            });
}

domain::result<job_pipeline> get_job_pipeline(services& s, const recruiter& who, record_id job_id) {
    return detail::in_read(s, who, detail::need::read,
                           [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<job_pipeline> {
                               if (!uow.jobs().get(m.org_id, job_id))
                                   return domain::error::not_found(std::string(job_not_found));
                               const auto counted = uow.pipeline().count_by_status(m.org_id, job_id);
                               job_pipeline out;
                               out.job_id = job_id;
                               for (const auto& [status, name] : domain::enum_strings<application_status>::values) {
                                   (void)name;
                                   std::size_t n = 0;
                                   for (const auto& [st, count] : counted)
                                       if (st == status) n = count;
                                   out.counts.emplace_back(status, n);
                                   out.total += n;
                               }
                               return out;
                           });
}

}  // namespace offertracker::recruiting
