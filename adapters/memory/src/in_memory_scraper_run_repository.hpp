// The in-memory import-run repository: one unit of work's view of the store state (internal to this adapter).
#pragma once

#include <offertracker/ports/scraper_run_repository.hpp>

#include "unit_access.hpp"

namespace offertracker::adapters::memory::detail {

class in_memory_scraper_run_repository final : public ports::scraper_run_repository {
public:
    explicit in_memory_scraper_run_repository(unit_access& unit) : unit_(unit) {}
    void insert(const pipeline::scraper_run& r) override;
    void update(const pipeline::scraper_run& r) override;
    std::optional<pipeline::scraper_run> find(const domain::id& id) override;
    std::vector<pipeline::scraper_run> unfinished() override;

private:
    unit_access& unit_;
};

}  // namespace offertracker::adapters::memory::detail
