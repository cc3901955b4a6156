// Organisations: the one Recruiting table not scoped by an org.
#include "../errors.hpp"
#include "recruiting_sql.hpp"
#include "sql_recruiting_repositories.hpp"

namespace offertracker::adapters::sql {
namespace {

const recruiting_sql::columns organization_columns{"name", "created_at"};

}  // namespace

record_id sql_organization_repository::create(const recruiting::organization& org) {
    return guarded("recruiting_organizations.create", [&] {
        query q(session_, organization_columns.insert_into("recruiting_organizations"));
        q.bind("name", org.name).bind("created_at", org.created_at);
        return recruiting_sql::inserted_id(q);
    });
}

std::optional<recruiting::organization> sql_organization_repository::get(record_id id) {
    return guarded("recruiting_organizations.get", [&] {
        std::optional<recruiting::organization> found;
        query(session_, "SELECT " + organization_columns.select() + " FROM recruiting_organizations WHERE id = :id")
            .bind("id", static_cast<long long>(id))
            .each(organization_columns.select_count(), [&](const text_row& r) {
                found = recruiting::organization{.id = r.integer(0), .name = r.text(1), .created_at = r.timestamp(2)};
            });
        return found;
    });
}

}  // namespace offertracker::adapters::sql
