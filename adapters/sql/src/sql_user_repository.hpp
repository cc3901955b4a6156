// ports::user_repository on one SOCI session (the unit of work's transaction).
#pragma once

#include <offertracker/ports/user_repository.hpp>

#include "dialect.hpp"

namespace offertracker::adapters::sql {

class sql_user_repository final : public ports::user_repository {
public:
    sql_user_repository(soci::session& s, const dialect& d) : session_(s), dialect_(d) {}

    void insert(const domain::user& u) override;
    void update(const domain::user& u) override;
    std::optional<domain::user> find(const domain::id& id) override;
    std::optional<domain::user> find_by_email(std::string_view email) override;
    std::optional<domain::user> find_by_username(std::string_view username) override;
    std::vector<domain::user> search_public(std::string_view q, ports::page p) override;

private:
    std::optional<domain::user> find_one(std::string_view column, std::string_view value, std::string_view context);

    soci::session& session_;
    const dialect& dialect_;
};

}  // namespace offertracker::adapters::sql
