// The in-memory activity repository: one unit of work's view of the store state (internal to this adapter).
#pragma once

#include <offertracker/ports/unit_of_work.hpp>

#include "unit_access.hpp"

namespace offertracker::adapters::memory::detail {

class in_memory_activity_repository final : public ports::activity_repository {
public:
    explicit in_memory_activity_repository(unit_access& unit) : unit_(unit) {}
    void append(const domain::activity_entry& e) override;
    std::vector<domain::activity_entry> list(const domain::id& user_id,
                                             const std::optional<domain::id>& application_id,
                                             ports::page p) override;

private:
    unit_access& unit_;
};

}  // namespace offertracker::adapters::memory::detail
