// The in-memory progress repository: one unit of work's view of the store state (internal to this adapter).
#pragma once

#include <offertracker/ports/unit_of_work.hpp>

#include "unit_access.hpp"

namespace offertracker::adapters::memory::detail {

class in_memory_progress_repository final : public ports::progress_repository {
public:
    explicit in_memory_progress_repository(unit_access& unit) : unit_(unit) {}
    std::vector<domain::milestone> milestones() override;
    std::vector<std::pair<domain::user_milestone, domain::milestone>> reached(const domain::id& user_id) override;
    bool award(const domain::user_milestone& m) override;
    domain::progress_counts counts(const domain::id& user_id) override;

private:
    unit_access& unit_;
};

}  // namespace offertracker::adapters::memory::detail
