// The in-memory outcome repository: one unit of work's view of the store state (internal to this adapter).
#pragma once

#include <offertracker/ports/unit_of_work.hpp>

#include "unit_access.hpp"

namespace offertracker::adapters::memory::detail {

class in_memory_outcome_repository final : public ports::outcome_repository {
public:
    explicit in_memory_outcome_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::outcome& o) override;
    void update(const domain::outcome& o) override;
    void remove(const domain::id& id) override;
    std::optional<domain::outcome> find(const domain::id& id) override;
    std::optional<domain::outcome> find_for(const domain::id& application_id) override;
    std::vector<domain::outcome> list_for(const std::vector<domain::id>& application_ids) override;
    std::vector<domain::outcome> list_for_user(const domain::id& user_id) override;

private:
    unit_access& unit_;
};

}  // namespace offertracker::adapters::memory::detail
