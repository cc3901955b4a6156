// ports::saved_job_repository on one SOCI session (the unit of work's transaction).
#pragma once

#include <offertracker/ports/saved_job_repository.hpp>

#include "dialect.hpp"

namespace offertracker::adapters::sql {

class sql_saved_job_repository final : public ports::saved_job_repository {
public:
    explicit sql_saved_job_repository(soci::session& s) : session_(s) {}

    void insert(const domain::saved_job& j) override;
    void update(const domain::saved_job& j) override;
    void remove(const domain::id& id) override;
    std::optional<domain::saved_job> find(const domain::id& id) override;
    std::vector<domain::saved_job> list(const domain::id& user_id, const ports::saved_job_filter& f,
                                        ports::page p) override;

private:
    soci::session& session_;
};

}  // namespace offertracker::adapters::sql
