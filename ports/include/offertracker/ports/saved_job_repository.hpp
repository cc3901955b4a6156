// Saved jobs. Not thread-safe: one instance belongs to one unit_of_work.
#pragma once

#include <optional>
#include <vector>

#include <offertracker/domain/saved_job.hpp>
#include <offertracker/ports/page.hpp>

namespace offertracker::ports {

struct saved_job_filter {
    std::optional<domain::saved_job_status> status;
    std::optional<domain::priority> priority;
};

class saved_job_repository {
public:
    virtual ~saved_job_repository() = default;

    virtual void insert(const domain::saved_job& j) = 0;
    virtual void update(const domain::saved_job& j) = 0;
    virtual void remove(const domain::id& id) = 0;
    virtual std::optional<domain::saved_job> find(const domain::id& id) = 0;
    // The user's saved jobs matching the filter, newest first (created_at desc, then id desc).
    virtual std::vector<domain::saved_job> list(const domain::id& user_id, const saved_job_filter& f, page p) = 0;
};

}  // namespace offertracker::ports
