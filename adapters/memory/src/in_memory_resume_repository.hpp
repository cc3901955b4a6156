// The in-memory resume repository: one unit of work's view of the store state (internal to this adapter).
#pragma once

#include <offertracker/ports/unit_of_work.hpp>

#include "unit_access.hpp"

namespace offertracker::adapters::memory::detail {

class in_memory_resume_repository final : public ports::resume_repository {
public:
    explicit in_memory_resume_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::resume& r) override;
    void update(const domain::resume& r) override;
    void remove(const domain::id& id) override;
    std::optional<domain::resume> find(const domain::id& id) override;
    std::vector<domain::resume> list(const domain::id& user_id, ports::page p) override;

private:
    unit_access& unit_;
};

}  // namespace offertracker::adapters::memory::detail
