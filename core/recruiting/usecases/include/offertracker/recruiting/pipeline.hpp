// Applications (a candidate in a job's pipeline) and the history of their status.
#pragma once

#include <optional>
#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/types.hpp>
#include <offertracker/recruiting/services.hpp>

namespace offertracker::recruiting {

struct create_application_command {
    std::optional<long long> job_id;        // required (422 missing); another org's: 404 "Job not found"
    std::optional<long long> candidate_id;  // required; another org's: 404 "Candidate not found"
    std::optional<application_status> status;  // default sourced
    std::optional<application_source> source;  // default manual
    std::optional<long long> fit_score;        // 0..100
};

struct update_application_command {
    domain::patch<application_status> status;  // null: 422
    domain::patch<application_source> source;  // null: 422
    domain::patch<long long> fit_score;        // null clears
};

// 404 "Application not found"; 400 "Application already exists for this candidate and job". Creation records the
// first history entry (no from_status) and announces nothing (there is no application.created event); every
// status change records one more and enqueues application.status_changed for the org's webhooks, whose data is
// the application with "from_status" (the status it left). Setting the status it already has is no change.
domain::result<application> create_application(services& s, const recruiter& who,
                                               const create_application_command& cmd);
domain::result<application> get_application(services& s, const recruiter& who, record_id id);
// A job_id or candidate_id filter naming no record of the org: 404 "Job not found" / "Candidate not found".
domain::result<ports::counted<application>> list_applications(services& s, const recruiter& who,
                                                              const ports::pipeline_filter& filter, ports::page p);
domain::result<application> update_application(services& s, const recruiter& who, record_id id,
                                               const update_application_command& cmd);
domain::result<domain::done> delete_application(services& s, const recruiter& who, record_id id);
domain::result<std::vector<status_change>> get_application_history(services& s, const recruiter& who, record_id id);

}  // namespace offertracker::recruiting
