// ports::reminder_repository on one SOCI session (the unit of work's transaction).
#pragma once

#include <offertracker/ports/reminder_repository.hpp>

#include "dialect.hpp"

namespace offertracker::adapters::sql {

class sql_reminder_repository final : public ports::reminder_repository {
public:
    explicit sql_reminder_repository(soci::session& s) : session_(s) {}

    void insert(const domain::reminder& r) override;
    void update(const domain::reminder& r) override;
    void remove(const domain::id& id) override;
    std::optional<domain::reminder> find(const domain::id& id) override;
    std::vector<domain::reminder> list(const domain::id& user_id, const ports::reminder_filter& f,
                                       ports::page p) override;
    std::vector<domain::reminder> upcoming(const domain::id& user_id, std::size_t limit) override;

private:
    soci::session& session_;
};

}  // namespace offertracker::adapters::sql
