// ports::stage_repository on one SOCI session (the unit of work's transaction).
#pragma once

#include <offertracker/ports/stage_repository.hpp>

#include "dialect.hpp"

namespace offertracker::adapters::sql {

class sql_stage_repository final : public ports::stage_repository {
public:
    explicit sql_stage_repository(soci::session& s) : session_(s) {}

    void insert(const domain::stage& s) override;
    void update(const domain::stage& s) override;
    void remove(const domain::id& id) override;
    std::optional<domain::stage> find(const domain::id& id) override;
    std::vector<domain::stage> list_for(const std::vector<domain::id>& application_ids) override;
    std::vector<domain::stage> list_for_user(const domain::id& user_id) override;

private:
    soci::session& session_;
};

}  // namespace offertracker::adapters::sql
