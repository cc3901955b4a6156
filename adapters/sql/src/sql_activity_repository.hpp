// ports::activity_repository on one SOCI session (the unit of work's transaction).
#pragma once

#include <offertracker/ports/activity_repository.hpp>

#include "dialect.hpp"

namespace offertracker::adapters::sql {

class sql_activity_repository final : public ports::activity_repository {
public:
    explicit sql_activity_repository(soci::session& s) : session_(s) {}

    void append(const domain::activity_entry& e) override;
    std::vector<domain::activity_entry> list(const domain::id& user_id,
                                             const std::optional<domain::id>& application_id,
                                             ports::page p) override;

private:
    soci::session& session_;
};

}  // namespace offertracker::adapters::sql
