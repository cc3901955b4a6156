// Jobs of the member's org, and a job's pipeline (its applications counted per status).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/types.hpp>
#include <offertracker/recruiting/services.hpp>

namespace offertracker::recruiting {

// Validation (422, field errors on the named field): title required, not blank, at most 200 characters; other
// text at most 200 (description 50,000); salaries 0..10^9 and salary_min <= salary_max (out_of_order on
// salary_max); currency "^[A-Z]{3}$" (not_matching); skills at most 100 items of at most 100 characters, blanks
// dropped, duplicates (by skills::canonical) dropped; min_years 0..60.
// Skills lists are stored as the client spelled them: each item trimmed, blank items dropped, and an item naming
// the same skill as an earlier one (skills::canonical: "k8s" after "Kubernetes"; else the same text ignoring ASCII
// case) dropped, so the first spelling stays. Matching reads them through the vocabulary anyway. The 100-item
// limit counts the cleaned list. Title (and a candidate's full_name) is stored trimmed.
struct create_job_command {
    std::string title;
    std::optional<std::string> department;
    std::optional<std::string> location;
    std::optional<std::string> employment_type;
    std::optional<std::string> remote_option;
    std::optional<long long> salary_min;
    std::optional<long long> salary_max;
    std::optional<std::string> currency;
    std::optional<std::string> description;
    std::optional<std::vector<std::string>> required_skills;      // default []
    std::optional<std::vector<std::string>> nice_to_have_skills;  // default []
    std::optional<long long> min_years;
    std::optional<job_status> status;  // default open
    std::optional<bool> is_public;     // default false
};

// PATCH: omitted fields are kept; null clears an optional field; null title, skills, status or is_public is 422.
struct update_job_command {
    domain::patch<std::string> title;
    domain::patch<std::string> department;
    domain::patch<std::string> location;
    domain::patch<std::string> employment_type;
    domain::patch<std::string> remote_option;
    domain::patch<long long> salary_min;
    domain::patch<long long> salary_max;
    domain::patch<std::string> currency;
    domain::patch<std::string> description;
    domain::patch<std::vector<std::string>> required_skills;
    domain::patch<std::vector<std::string>> nice_to_have_skills;
    domain::patch<long long> min_years;
    domain::patch<job_status> status;
    domain::patch<bool> is_public;
};

// The command's own rules (the validation above), as the use cases apply them first: a surface that failed to
// read some fields adds these for the fields it did read, so a client sees every problem at once.
std::optional<domain::error> check(const create_job_command& cmd);
std::optional<domain::error> check(const update_job_command& cmd);

// 404 "Job not found" for a missing job or another org's. Writes are 403 for a viewer. create_job announces
// job.created (webhooks.hpp) in its unit of work.
domain::result<job> create_job(services& s, const recruiter& who, const create_job_command& cmd);
domain::result<job> get_job(services& s, const recruiter& who, record_id id);
// limit 1..100 is the surface's check; skip and limit arrive as a page.
domain::result<ports::counted<job>> list_jobs(services& s, const recruiter& who, const ports::job_filter& filter,
                                              ports::page p);
domain::result<job> update_job(services& s, const recruiter& who, record_id id, const update_job_command& cmd);
domain::result<domain::done> delete_job(services& s, const recruiter& who, record_id id);

// Every status in pipeline order with its count (zeros included), and the total.
struct job_pipeline {
    record_id job_id = 0;
    std::vector<std::pair<application_status, std::size_t>> counts;
    std::size_t total = 0;
};
domain::result<job_pipeline> get_job_pipeline(services& s, const recruiter& who, record_id job_id);

}  // namespace offertracker::recruiting
