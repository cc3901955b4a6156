// ports::application_repository on one SOCI session (the unit of work's transaction).
#pragma once

#include <offertracker/ports/application_repository.hpp>

#include "dialect.hpp"

namespace offertracker::adapters::sql {

class sql_application_repository final : public ports::application_repository {
public:
    sql_application_repository(soci::session& s, const dialect& d) : session_(s), dialect_(d) {}

    void insert(const domain::application& a) override;
    void update(const domain::application& a) override;
    void remove(const domain::id& id) override;
    std::optional<domain::application> find(const domain::id& id) override;
    std::vector<domain::application> list(const domain::id& user_id, const ports::application_filter& f,
                                          ports::page p) override;
    std::vector<domain::application> list_all(const domain::id& user_id) override;
    std::optional<domain::application> find_any(const domain::id& id) override;
    std::optional<domain::application> find_by_url(const domain::id& user_id, std::string_view url) override;
    ports::job_page search(const domain::id& user_id, const ports::job_query& q) override;
    std::size_t purge_deleted(domain::timestamp cutoff) override;

private:
    soci::session& session_;
    const dialect& dialect_;
};

}  // namespace offertracker::adapters::sql
