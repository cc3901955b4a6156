// Interview stages. Not thread-safe: one instance belongs to one unit_of_work.
#pragma once

#include <optional>
#include <vector>

#include <offertracker/domain/stage.hpp>

namespace offertracker::ports {

class stage_repository {
public:
    virtual ~stage_repository() = default;

    virtual void insert(const domain::stage& s) = 0;
    virtual void update(const domain::stage& s) = 0;
    virtual void remove(const domain::id& id) = 0;
    virtual std::optional<domain::stage> find(const domain::id& id) = 0;
    // Stages of any of these applications, oldest first (created_at asc, then id), in one query.
    virtual std::vector<domain::stage> list_for(const std::vector<domain::id>& application_ids) = 0;
    // Every stage of the user's applications, oldest first (created_at asc, then id), in one query.
    virtual std::vector<domain::stage> list_for_user(const domain::id& user_id) = 0;
};

}  // namespace offertracker::ports
