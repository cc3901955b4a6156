// The in-memory reflection repository: one unit of work's view of the store state (internal to this adapter).
#pragma once

#include <offertracker/ports/unit_of_work.hpp>

#include "unit_access.hpp"

namespace offertracker::adapters::memory::detail {

class in_memory_reflection_repository final : public ports::reflection_repository {
public:
    explicit in_memory_reflection_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::reflection& r) override;
    void update(const domain::reflection& r) override;
    void remove(const domain::id& id) override;
    std::optional<domain::reflection> find(const domain::id& id) override;
    std::optional<domain::reflection> find_for(const domain::id& application_id) override;
    std::vector<domain::reflection> list_for(const std::vector<domain::id>& application_ids) override;

private:
    unit_access& unit_;
};

}  // namespace offertracker::adapters::memory::detail
