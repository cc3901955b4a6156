// ports::prep_repository and ports::browser_session_repository on one SOCI session (the unit of work's transaction).
#pragma once

#include <offertracker/ports/prep_repository.hpp>

namespace soci {
class session;
}

namespace offertracker::adapters::sql {

class sql_prep_repository final : public ports::prep_repository {
public:
    explicit sql_prep_repository(soci::session& s) : session_(s) {}

    prep::session_id create(const prep::practice_session& s) override;
    std::optional<domain::id> owner_of(prep::session_id id) override;
    std::optional<prep::practice_session> get(const domain::id& user_id, prep::session_id id) override;
    std::vector<prep::practice_session> list(const domain::id& user_id, ports::page p) override;
    std::size_t count(const domain::id& user_id) override;
    bool update(const prep::practice_session& s) override;
    bool remove(const domain::id& user_id, prep::session_id id) override;
    std::vector<prep::turn> turns(prep::session_id id) override;
    void put_turn(const prep::turn& t) override;

private:
    soci::session& session_;
};

class sql_browser_session_repository final : public ports::browser_session_repository {
public:
    explicit sql_browser_session_repository(soci::session& s) : session_(s) {}

    void insert(const prep::browser_session& s) override;
    std::optional<prep::browser_session> find(const std::string& key_digest) override;
    bool remove(const std::string& key_digest) override;
    std::size_t remove_for_user(const domain::id& user_id) override;
    std::size_t remove_expired(domain::timestamp now) override;

private:
    soci::session& session_;
};

}  // namespace offertracker::adapters::sql
