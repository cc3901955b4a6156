// The SQL Recruiting repositories, each on one SOCI session (the Recruiting unit of work's transaction).
#pragma once

#include <offertracker/ports/recruiting_store.hpp>

#include "../dialect.hpp"

namespace offertracker::adapters::sql {

using recruiting::record_id;

// The session and the engine's dialect: what every Recruiting repository holds.
class recruiting_repository_base {
protected:
    recruiting_repository_base(soci::session& s, const dialect& d) : session_(s), dialect_(d) {}
    soci::session& session_;
    const dialect& dialect_;
};

class sql_organization_repository final : public ports::organization_repository, recruiting_repository_base {
public:
    sql_organization_repository(soci::session& s, const dialect& d) : recruiting_repository_base(s, d) {}
    record_id create(const recruiting::organization& org) override;
    std::optional<recruiting::organization> get(record_id id) override;
};

class sql_member_repository final : public ports::member_repository, recruiting_repository_base {
public:
    sql_member_repository(soci::session& s, const dialect& d) : recruiting_repository_base(s, d) {}
    record_id create(const recruiting::member& m) override;
    std::optional<recruiting::member> find(record_id id) override;
    std::optional<recruiting::member> find_by_email(const std::string& email) override;
    std::optional<recruiting::member> get(record_id org_id, record_id id) override;
    std::vector<recruiting::member> list(record_id org_id) override;
    bool update(const recruiting::member& m) override;
};

class sql_job_repository final : public ports::job_repository, recruiting_repository_base {
public:
    sql_job_repository(soci::session& s, const dialect& d) : recruiting_repository_base(s, d) {}
    record_id create(const recruiting::job& j) override;
    std::optional<recruiting::job> get(record_id org_id, record_id id) override;
    ports::counted<recruiting::job> list(record_id org_id, const ports::job_filter& filter, ports::page p) override;
    std::vector<recruiting::job> all(record_id org_id, std::size_t limit) override;
    bool update(const recruiting::job& j) override;
    bool remove(record_id org_id, record_id id) override;
};

class sql_candidate_repository final : public ports::candidate_repository, recruiting_repository_base {
public:
    sql_candidate_repository(soci::session& s, const dialect& d) : recruiting_repository_base(s, d) {}
    record_id create(const recruiting::candidate& c) override;
    std::optional<recruiting::candidate> get(record_id org_id, record_id id) override;
    ports::counted<recruiting::candidate> list(record_id org_id, const std::optional<std::string>& name_contains,
                                               ports::page p) override;
    std::vector<recruiting::candidate> all(record_id org_id, std::size_t limit) override;
    std::vector<record_id> find_similar(record_id org_id, const std::optional<std::string>& email,
                                        const std::vector<std::string>& urls, record_id except) override;
    bool update(const recruiting::candidate& c) override;
    bool remove(record_id org_id, record_id id) override;
};

class sql_pipeline_repository final : public ports::pipeline_repository, recruiting_repository_base {
public:
    sql_pipeline_repository(soci::session& s, const dialect& d) : recruiting_repository_base(s, d) {}
    record_id create(const recruiting::application& a) override;
    std::optional<recruiting::application> get(record_id org_id, record_id id) override;
    ports::counted<recruiting::application> list(record_id org_id, const ports::pipeline_filter& filter,
                                                 ports::page p) override;
    bool update(const recruiting::application& a) override;
    bool remove(record_id org_id, record_id id) override;
    std::vector<std::pair<recruiting::application_status, std::size_t>> count_by_status(record_id org_id,
                                                                                         record_id job_id) override;
    record_id add_change(const recruiting::status_change& change) override;
    std::vector<recruiting::status_change> history(record_id org_id, record_id application_id) override;
};

class sql_match_log_repository final : public ports::match_log_repository, recruiting_repository_base {
public:
    sql_match_log_repository(soci::session& s, const dialect& d) : recruiting_repository_base(s, d) {}
    void add(const std::vector<recruiting::match_log>& logs) override;
    ports::counted<recruiting::match_log> list(record_id org_id, ports::page p) override;
};

class sql_webhook_repository final : public ports::webhook_repository, recruiting_repository_base {
public:
    sql_webhook_repository(soci::session& s, const dialect& d) : recruiting_repository_base(s, d) {}
    record_id create(const recruiting::webhook_endpoint& e) override;
    std::optional<recruiting::webhook_endpoint> get(record_id org_id, record_id id) override;
    std::vector<recruiting::webhook_endpoint> list(record_id org_id) override;
    bool remove(record_id org_id, record_id id) override;
    record_id enqueue(const recruiting::webhook_delivery& d) override;
    std::vector<recruiting::webhook_delivery> claim_due(domain::timestamp now, domain::timestamp lease_until,
                                                        std::size_t limit) override;
    void record_attempt(const recruiting::webhook_delivery& d, const recruiting::delivery_attempt& a) override;
    ports::counted<recruiting::webhook_delivery> deliveries(record_id org_id, record_id endpoint_id,
                                                            ports::page p) override;
    std::vector<recruiting::delivery_attempt> attempts(record_id org_id, record_id delivery_id) override;
};

}  // namespace offertracker::adapters::sql
