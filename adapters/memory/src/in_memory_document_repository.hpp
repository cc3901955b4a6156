// The in-memory document repository: one unit of work's view of the store state (internal to this adapter).
#pragma once

#include <offertracker/ports/unit_of_work.hpp>

#include "unit_access.hpp"

namespace offertracker::adapters::memory::detail {

class in_memory_document_repository final : public ports::document_repository {
public:
    explicit in_memory_document_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::document& d) override;
    void update(const domain::document& d) override;
    void remove(const domain::id& id) override;
    std::optional<domain::document> find(const domain::id& id) override;
    std::vector<domain::document> list_for(const domain::id& application_id) override;

private:
    unit_access& unit_;
};

}  // namespace offertracker::adapters::memory::detail
