// The in-memory contact repository: one unit of work's view of the store state (internal to this adapter).
#pragma once

#include <offertracker/ports/unit_of_work.hpp>

#include "unit_access.hpp"

namespace offertracker::adapters::memory::detail {

class in_memory_contact_repository final : public ports::contact_repository {
public:
    explicit in_memory_contact_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::contact& c) override;
    void update(const domain::contact& c) override;
    void remove(const domain::id& id) override;
    std::optional<domain::contact> find(const domain::id& id) override;
    std::vector<domain::contact> list(const domain::id& user_id, const ports::contact_filter& f,
                                      ports::page p) override;

private:
    unit_access& unit_;
};

}  // namespace offertracker::adapters::memory::detail
