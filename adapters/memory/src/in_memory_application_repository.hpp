// The in-memory application repository: one unit of work's view of the store state (internal to this adapter).
#pragma once

#include <offertracker/ports/unit_of_work.hpp>

#include "unit_access.hpp"

namespace offertracker::adapters::memory::detail {

class in_memory_application_repository final : public ports::application_repository {
public:
    explicit in_memory_application_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::application& a) override;
    void update(const domain::application& a) override;
    void remove(const domain::id& id) override;
    std::optional<domain::application> find(const domain::id& id) override;
    std::vector<domain::application> list(const domain::id& user_id, const ports::application_filter& f,
                                          ports::page p) override;
    std::vector<domain::application> list_all(const domain::id& user_id) override;
    std::optional<domain::application> find_any(const domain::id& id) override;
    std::optional<domain::application> find_by_url(const domain::id& user_id, std::string_view url) override;
    ports::job_page search(const domain::id& user_id, const ports::job_query& q) override;
    std::size_t purge_deleted(domain::timestamp cutoff) override;

private:
    unit_access& unit_;
};

}  // namespace offertracker::adapters::memory::detail
