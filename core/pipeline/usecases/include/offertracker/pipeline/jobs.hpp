// Pipeline jobs: the seeker's applications in the Pipeline dialect (docs/pipeline.md §4). Creation and updates go
// through the OfferTracker use cases, so both dialects keep one set of rules (status rules, activity, progress).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <offertracker/domain/application.hpp>
#include <offertracker/domain/error.hpp>
#include <offertracker/pipeline/scoring.hpp>
#include <offertracker/pipeline/services.hpp>
#include <offertracker/ports/application_repository.hpp>

namespace offertracker::pipeline {

inline constexpr std::size_t max_description_length = 20'000;
inline constexpr std::size_t max_page_size = 500;

struct job_command {
    std::string company_name;
    std::string job_title;
    std::optional<std::string> job_description;
    std::optional<std::string> job_url;  // must be https://
    std::optional<domain::source> source;
    std::optional<domain::application_status> status;
    std::optional<std::string> location;
    std::optional<bool> is_remote;
    std::optional<long long> salary_min;
    std::optional<long long> salary_max;
};

// Omitted fields are kept; null clears an optional one (null for is_remote is false).
struct job_patch {
    domain::patch<std::string> company_name;
    domain::patch<std::string> job_title;
    domain::patch<std::string> job_description;
    domain::patch<std::string> job_url;
    domain::patch<domain::source> source;
    domain::patch<domain::application_status> status;
    domain::patch<std::string> location;
    domain::patch<bool> is_remote;
    domain::patch<long long> salary_min;
    domain::patch<long long> salary_max;
};

// Scored at once when it has a description and the user has a resume text.
domain::result<domain::application> create_job(services& s, const actor& who, const job_command& cmd);
domain::result<domain::application> get_job(services& s, const actor& who, const domain::id& id);
// q.p.limit must be 1..max_page_size (validation error at "limit" otherwise).
domain::result<ports::job_page> list_jobs(services& s, const actor& who, const ports::job_query& q);
domain::result<domain::application> update_job(services& s, const actor& who, const domain::id& id,
                                               const job_patch& patch);
// The soft delete: the job with deleted_at set.
domain::result<domain::application> delete_job(services& s, const actor& who, const domain::id& id);
// Clears deleted_at (a live job is returned as it is).
domain::result<domain::application> restore_job(services& s, const actor& who, const domain::id& id);

struct scored_job {
    domain::application job;
    match_score score;
};
// Scores the job against the user's resume text and bio and stores the score and reasoning.
domain::result<scored_job> score_stored_job(services& s, const actor& who, const domain::id& id);

// Purges every job soft-deleted more than services::purge_after ago (nothing when it is zero); returns how many.
std::size_t purge_deleted_jobs(services& s);

}  // namespace offertracker::pipeline
