// The in-memory stage repository: one unit of work's view of the store state (internal to this adapter).
#pragma once

#include <offertracker/ports/unit_of_work.hpp>

#include "unit_access.hpp"

namespace offertracker::adapters::memory::detail {

class in_memory_stage_repository final : public ports::stage_repository {
public:
    explicit in_memory_stage_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::stage& s) override;
    void update(const domain::stage& s) override;
    void remove(const domain::id& id) override;
    std::optional<domain::stage> find(const domain::id& id) override;
    std::vector<domain::stage> list_for(const std::vector<domain::id>& application_ids) override;
    std::vector<domain::stage> list_for_user(const domain::id& user_id) override;

private:
    unit_access& unit_;
};

}  // namespace offertracker::adapters::memory::detail
