// ports::resume_repository on one SOCI session (the unit of work's transaction).
#pragma once

#include <offertracker/ports/resume_repository.hpp>

#include "dialect.hpp"

namespace offertracker::adapters::sql {

class sql_resume_repository final : public ports::resume_repository {
public:
    explicit sql_resume_repository(soci::session& s) : session_(s) {}

    void insert(const domain::resume& r) override;
    void update(const domain::resume& r) override;
    void remove(const domain::id& id) override;
    std::optional<domain::resume> find(const domain::id& id) override;
    std::vector<domain::resume> list(const domain::id& user_id, ports::page p) override;

private:
    soci::session& session_;
};

}  // namespace offertracker::adapters::sql
