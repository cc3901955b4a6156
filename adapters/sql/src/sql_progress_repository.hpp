// ports::progress_repository on one SOCI session (the unit of work's transaction).
#pragma once

#include <offertracker/ports/progress_repository.hpp>

#include "dialect.hpp"

namespace offertracker::adapters::sql {

class sql_progress_repository final : public ports::progress_repository {
public:
    sql_progress_repository(soci::session& s, const dialect& d) : session_(s), dialect_(d) {}

    std::vector<domain::milestone> milestones() override;
    std::vector<std::pair<domain::user_milestone, domain::milestone>> reached(const domain::id& user_id) override;
    bool award(const domain::user_milestone& m) override;
    domain::progress_counts counts(const domain::id& user_id) override;

private:
    soci::session& session_;
    const dialect& dialect_;
};

}  // namespace offertracker::adapters::sql
