// ports::document_repository on one SOCI session (the unit of work's transaction).
#pragma once

#include <offertracker/ports/document_repository.hpp>

#include "dialect.hpp"

namespace offertracker::adapters::sql {

class sql_document_repository final : public ports::document_repository {
public:
    explicit sql_document_repository(soci::session& s) : session_(s) {}

    void insert(const domain::document& d) override;
    void update(const domain::document& d) override;
    void remove(const domain::id& id) override;
    std::optional<domain::document> find(const domain::id& id) override;
    std::vector<domain::document> list_for(const domain::id& application_id) override;

private:
    soci::session& session_;
};

}  // namespace offertracker::adapters::sql
