// ports::tag_repository on one SOCI session (the unit of work's transaction).
#pragma once

#include <offertracker/ports/tag_repository.hpp>

#include "dialect.hpp"

namespace offertracker::adapters::sql {

class sql_tag_repository final : public ports::tag_repository {
public:
    explicit sql_tag_repository(soci::session& s) : session_(s) {}

    void insert(const domain::tag& t) override;
    void update(const domain::tag& t) override;
    void remove(const domain::id& id) override;
    std::optional<domain::tag> find(const domain::id& id) override;
    std::optional<domain::tag> find_by_name(const domain::id& user_id, std::string_view name) override;
    std::vector<domain::tag> list(const domain::id& user_id) override;
    void assign(const domain::application_tag& link) override;
    bool unassign(const domain::id& application_id, const domain::id& tag_id) override;
    std::vector<std::pair<domain::application_tag, domain::tag>> list_for(const domain::id& application_id) override;

private:
    soci::session& session_;
};

}  // namespace offertracker::adapters::sql
