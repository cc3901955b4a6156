// Saved jobs: bookmarked postings, and their conversion into applications.
#pragma once

#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/saved_job.hpp>
#include <offertracker/ports/saved_job_repository.hpp>
#include <offertracker/usecases/applications.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases {

struct create_saved_job_command {
    std::string company_name;
    std::optional<std::string> role_title;
    std::optional<std::string> url;
    std::optional<std::string> company_website;
    std::optional<std::string> location;
    std::optional<domain::job_type> job_type;
    std::optional<domain::work_mode> work_mode;
    std::optional<long long> salary_range_min;  // >= 0, <= salary_range_max
    std::optional<long long> salary_range_max;  // >= 0
    std::optional<std::string> salary_currency;  // default "USD"
    std::optional<domain::priority> priority;    // default Medium
    std::optional<std::string> source;
    std::optional<std::string> notes;
    std::optional<domain::date> deadline;
    std::optional<long long> excitement_level;  // 1..5
};

// Omitted fields are kept; null clears optional ones; null for company_name, salary_currency, priority or
// status is 422. status may be Active or Archived; Converted is 400 (only convert sets it).
struct update_saved_job_command {
    domain::patch<std::string> company_name;
    domain::patch<std::string> role_title;
    domain::patch<std::string> url;
    domain::patch<std::string> company_website;
    domain::patch<std::string> location;
    domain::patch<domain::job_type> job_type;
    domain::patch<domain::work_mode> work_mode;
    domain::patch<long long> salary_range_min;
    domain::patch<long long> salary_range_max;
    domain::patch<std::string> salary_currency;
    domain::patch<domain::priority> priority;
    domain::patch<std::string> source;
    domain::patch<std::string> notes;
    domain::patch<domain::date> deadline;
    domain::patch<long long> excitement_level;
    domain::patch<domain::saved_job_status> status;
};

// Logs "Application Created" (with no application) and counts towards progress.
domain::result<domain::saved_job> create_saved_job(services& s, const actor& who, const create_saved_job_command& cmd);
// 404 "Saved job not found", 403 "Not your saved job".
domain::result<domain::saved_job> get_saved_job(services& s, const actor& who, const domain::id& id);
// Newest first.
domain::result<std::vector<domain::saved_job>> list_saved_jobs(services& s, const actor& who,
                                                               const ports::saved_job_filter& filter, ports::page p);
domain::result<domain::saved_job> update_saved_job(services& s, const actor& who, const domain::id& id,
                                                   const update_saved_job_command& cmd);
domain::result<domain::done> delete_saved_job(services& s, const actor& who, const domain::id& id);
// Creates a Saved application from the job (docs/behaviour.md §14) and marks the job Converted.
// 400 when already converted or without a role title. Logs "Application Created" and counts towards progress.
domain::result<application_view> convert_saved_job(services& s, const actor& who, const domain::id& id);

}  // namespace offertracker::usecases
