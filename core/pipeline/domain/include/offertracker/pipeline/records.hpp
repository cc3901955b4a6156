// What the Pipeline dialect keeps beside the seeker's applications: job-posting import runs. A Pipeline job itself
// is a domain::application (its Pipeline fields live on the same row).
#pragma once

#include <optional>
#include <string>

#include <offertracker/domain/enum_table.hpp>
#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::pipeline {

enum class run_status { queued, running, done, failed };

// One import of a posting by URL (POST /api/scraper/jobs): queued when asked, running while the background worker
// fetches it, then done with the job it created or updated, or failed with the reason.
struct scraper_run {
    domain::id id;
    domain::id user_id;
    std::string url;
    run_status status = run_status::queued;
    std::optional<domain::id> job_id;
    bool created = false;               // done: the job is new (not an update of the job with the same URL)
    std::optional<std::string> error;   // failed: one English sentence
    domain::timestamp created_at{};
    std::optional<domain::timestamp> finished_at;

    friend bool operator==(const scraper_run&, const scraper_run&) = default;
};

}  // namespace offertracker::pipeline

namespace offertracker::domain {
template <>
struct enum_strings<pipeline::run_status> {
    static constexpr std::array<std::pair<pipeline::run_status, std::string_view>, 4> values{{
        {pipeline::run_status::queued, "queued"},
        {pipeline::run_status::running, "running"},
        {pipeline::run_status::done, "done"},
        {pipeline::run_status::failed, "failed"},
    }};
};
}  // namespace offertracker::domain
