// The in-memory user repository: one unit of work's view of the store state (internal to this adapter).
#pragma once

#include <offertracker/ports/unit_of_work.hpp>

#include "unit_access.hpp"

namespace offertracker::adapters::memory::detail {

class in_memory_user_repository final : public ports::user_repository {
public:
    explicit in_memory_user_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::user& u) override;
    void update(const domain::user& u) override;
    std::optional<domain::user> find(const domain::id& id) override;
    std::optional<domain::user> find_by_email(std::string_view email) override;
    std::optional<domain::user> find_by_username(std::string_view username) override;
    std::vector<domain::user> search_public(std::string_view q, ports::page p) override;

private:
    unit_access& unit_;
};

}  // namespace offertracker::adapters::memory::detail
