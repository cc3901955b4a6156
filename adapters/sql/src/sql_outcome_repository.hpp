// ports::outcome_repository on one SOCI session (the unit of work's transaction).
#pragma once

#include <offertracker/ports/outcome_repository.hpp>

#include "dialect.hpp"

namespace offertracker::adapters::sql {

class sql_outcome_repository final : public ports::outcome_repository {
public:
    explicit sql_outcome_repository(soci::session& s) : session_(s) {}

    void insert(const domain::outcome& x) override;
    void update(const domain::outcome& x) override;
    void remove(const domain::id& id) override;
    std::optional<domain::outcome> find(const domain::id& id) override;
    std::optional<domain::outcome> find_for(const domain::id& application_id) override;
    std::vector<domain::outcome> list_for(const std::vector<domain::id>& application_ids) override;
    std::vector<domain::outcome> list_for_user(const domain::id& user_id) override;

private:
    std::vector<domain::outcome> select_where(const std::string& condition, const std::vector<domain::id>& ids);

    soci::session& session_;
};

}  // namespace offertracker::adapters::sql
