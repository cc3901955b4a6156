// The in-memory saved job repository: one unit of work's view of the store state (internal to this adapter).
#pragma once

#include <offertracker/ports/unit_of_work.hpp>

#include "unit_access.hpp"

namespace offertracker::adapters::memory::detail {

class in_memory_saved_job_repository final : public ports::saved_job_repository {
public:
    explicit in_memory_saved_job_repository(unit_access& unit) : unit_(unit) {}
    void insert(const domain::saved_job& j) override;
    void update(const domain::saved_job& j) override;
    void remove(const domain::id& id) override;
    std::optional<domain::saved_job> find(const domain::id& id) override;
    std::vector<domain::saved_job> list(const domain::id& user_id, const ports::saved_job_filter& f,
                                        ports::page p) override;

private:
    unit_access& unit_;
};

}  // namespace offertracker::adapters::memory::detail
