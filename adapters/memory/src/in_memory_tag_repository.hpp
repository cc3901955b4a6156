// The in-memory tag repository: one unit of work's view of the store state (internal to this adapter).
#pragma once

#include <offertracker/ports/unit_of_work.hpp>

#include "unit_access.hpp"

namespace offertracker::adapters::memory::detail {

class in_memory_tag_repository final : public ports::tag_repository {
public:
    explicit in_memory_tag_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::tag& t) override;
    void update(const domain::tag& t) override;
    void remove(const domain::id& id) override;
    std::optional<domain::tag> find(const domain::id& id) override;
    std::optional<domain::tag> find_by_name(const domain::id& user_id, std::string_view name) override;
    std::vector<domain::tag> list(const domain::id& user_id) override;
    void assign(const domain::application_tag& link) override;
    bool unassign(const domain::id& application_id, const domain::id& tag_id) override;
    std::vector<std::pair<domain::application_tag, domain::tag>> list_for(const domain::id& application_id) override;

private:
    unit_access& unit_;
};

}  // namespace offertracker::adapters::memory::detail
