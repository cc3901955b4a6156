// Job-posting import runs (pipeline/records.hpp). Not thread-safe: one instance belongs to one unit_of_work.
#pragma once

#include <optional>
#include <vector>

#include <offertracker/pipeline/records.hpp>

namespace offertracker::ports {

class scraper_run_repository {
public:
    virtual ~scraper_run_repository() = default;
    virtual void insert(const pipeline::scraper_run& r) = 0;
    // Writes status, job_id, created, error and finished_at.
    virtual void update(const pipeline::scraper_run& r) = 0;
    virtual std::optional<pipeline::scraper_run> find(const domain::id& id) = 0;
    // Runs still queued or running (oldest first): what a restarted server takes up again.
    virtual std::vector<pipeline::scraper_run> unfinished() = 0;
};

}  // namespace offertracker::ports
