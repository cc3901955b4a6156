// ports::application_repository on one SOCI session (the unit of work's transaction).
#pragma once

#include <offertracker/ports/application_repository.hpp>

#include "dialect.hpp"

namespace offertracker::adapters::sql {

class sql_application_repository final : public ports::application_repository {
public:
    explicit sql_application_repository(soci::session& s) : session_(s) {}

    void insert(const domain::application& a) override;
    void update(const domain::application& a) override;
    void remove(const domain::id& id) override;
    std::optional<domain::application> find(const domain::id& id) override;
    std::vector<domain::application> list(const domain::id& user_id, const ports::application_filter& f,
                                          ports::page p) override;
    std::vector<domain::application> list_all(const domain::id& user_id) override;

private:
    soci::session& session_;
};

}  // namespace offertracker::adapters::sql
