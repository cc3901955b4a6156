// Outcomes (one per application). Not thread-safe: one instance belongs to one unit_of_work.
#pragma once

#include <optional>
#include <vector>

#include <offertracker/domain/outcome.hpp>

namespace offertracker::ports {

class outcome_repository {
public:
    virtual ~outcome_repository() = default;

    // Throws unique_violation when the application already has an outcome.
    virtual void insert(const domain::outcome& o) = 0;
    virtual void update(const domain::outcome& o) = 0;
    virtual void remove(const domain::id& id) = 0;
    virtual std::optional<domain::outcome> find(const domain::id& id) = 0;
    virtual std::optional<domain::outcome> find_for(const domain::id& application_id) = 0;
    // Outcomes of any of these applications, in one query (order unspecified).
    virtual std::vector<domain::outcome> list_for(const std::vector<domain::id>& application_ids) = 0;
    // Every outcome of the user's applications, in one query (order unspecified).
    virtual std::vector<domain::outcome> list_for_user(const domain::id& user_id) = 0;
};

}  // namespace offertracker::ports
