// Reflections (one per application). Not thread-safe: one instance belongs to one unit_of_work.
#pragma once

#include <optional>
#include <vector>

#include <offertracker/domain/reflection.hpp>

namespace offertracker::ports {

class reflection_repository {
public:
    virtual ~reflection_repository() = default;

    // Throws unique_violation when the application already has a reflection.
    virtual void insert(const domain::reflection& r) = 0;
    virtual void update(const domain::reflection& r) = 0;
    virtual void remove(const domain::id& id) = 0;
    virtual std::optional<domain::reflection> find(const domain::id& id) = 0;
    virtual std::optional<domain::reflection> find_for(const domain::id& application_id) = 0;
    // Reflections of any of these applications, in one query (order unspecified).
    virtual std::vector<domain::reflection> list_for(const std::vector<domain::id>& application_ids) = 0;
};

}  // namespace offertracker::ports
