// ports::scraper_run_repository on one SOCI session (the unit of work's transaction).
#pragma once

#include <offertracker/ports/scraper_run_repository.hpp>

#include "dialect.hpp"

namespace offertracker::adapters::sql {

class sql_scraper_run_repository final : public ports::scraper_run_repository {
public:
    explicit sql_scraper_run_repository(soci::session& s) : session_(s) {}

    void insert(const pipeline::scraper_run& r) override;
    void update(const pipeline::scraper_run& r) override;
    std::optional<pipeline::scraper_run> find(const domain::id& id) override;
    std::vector<pipeline::scraper_run> unfinished() override;

private:
    soci::session& session_;
};

}  // namespace offertracker::adapters::sql
