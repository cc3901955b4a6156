// ports::reflection_repository on one SOCI session (the unit of work's transaction).
#pragma once

#include <offertracker/ports/reflection_repository.hpp>

#include "dialect.hpp"

namespace offertracker::adapters::sql {

class sql_reflection_repository final : public ports::reflection_repository {
public:
    explicit sql_reflection_repository(soci::session& s) : session_(s) {}

    void insert(const domain::reflection& x) override;
    void update(const domain::reflection& x) override;
    void remove(const domain::id& id) override;
    std::optional<domain::reflection> find(const domain::id& id) override;
    std::optional<domain::reflection> find_for(const domain::id& application_id) override;
    std::vector<domain::reflection> list_for(const std::vector<domain::id>& application_ids) override;

private:
    std::vector<domain::reflection> select_where(const std::string& condition, const std::vector<domain::id>& ids);

    soci::session& session_;
};

}  // namespace offertracker::adapters::sql
