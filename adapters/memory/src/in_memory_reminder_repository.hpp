// The in-memory reminder repository: one unit of work's view of the store state (internal to this adapter).
#pragma once

#include <offertracker/ports/unit_of_work.hpp>

#include "unit_access.hpp"

namespace offertracker::adapters::memory::detail {

class in_memory_reminder_repository final : public ports::reminder_repository {
public:
    explicit in_memory_reminder_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::reminder& r) override;
    void update(const domain::reminder& r) override;
    void remove(const domain::id& id) override;
    std::optional<domain::reminder> find(const domain::id& id) override;
    std::vector<domain::reminder> list(const domain::id& user_id, const ports::reminder_filter& f,
                                       ports::page p) override;
    std::vector<domain::reminder> upcoming(const domain::id& user_id, std::size_t limit) override;

private:
    unit_access& unit_;
};

}  // namespace offertracker::adapters::memory::detail
