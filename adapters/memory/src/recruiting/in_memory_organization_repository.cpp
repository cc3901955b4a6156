// Organisations in memory: the one table that is not scoped by an org.
#include "in_memory_recruiting_repositories.hpp"

namespace offertracker::adapters::memory::detail {

record_id in_memory_organization_repository::create(const recruiting::organization& org) {
    return unit_.write().organizations.insert(org);
}

std::optional<recruiting::organization> in_memory_organization_repository::get(record_id id) {
    const auto& rows = unit_.read().organizations.rows;
    auto it = rows.find(id);
    if (it == rows.end()) return std::nullopt;
    return it->second;
}

}  // namespace offertracker::adapters::memory::detail
