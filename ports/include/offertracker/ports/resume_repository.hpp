// Resume versions. Not thread-safe: one instance belongs to one unit_of_work.
#pragma once

#include <optional>
#include <vector>

#include <offertracker/domain/resume.hpp>
#include <offertracker/ports/page.hpp>

namespace offertracker::ports {

class resume_repository {
public:
    virtual ~resume_repository() = default;

    virtual void insert(const domain::resume& r) = 0;
    virtual void update(const domain::resume& r) = 0;
    // Deletes it; applications that named it keep existing with resume_version_id cleared.
    virtual void remove(const domain::id& id) = 0;
    virtual std::optional<domain::resume> find(const domain::id& id) = 0;
    // The user's resumes in creation order (oldest first).
    virtual std::vector<domain::resume> list(const domain::id& user_id, page p) = 0;
};

}  // namespace offertracker::ports
