// ports::contact_repository on one SOCI session (the unit of work's transaction).
#pragma once

#include <offertracker/ports/contact_repository.hpp>

#include "dialect.hpp"

namespace offertracker::adapters::sql {

class sql_contact_repository final : public ports::contact_repository {
public:
    explicit sql_contact_repository(soci::session& s) : session_(s) {}

    void insert(const domain::contact& c) override;
    void update(const domain::contact& c) override;
    void remove(const domain::id& id) override;
    std::optional<domain::contact> find(const domain::id& id) override;
    std::vector<domain::contact> list(const domain::id& user_id, const ports::contact_filter& f,
                                      ports::page p) override;

private:
    soci::session& session_;
};

}  // namespace offertracker::adapters::sql
