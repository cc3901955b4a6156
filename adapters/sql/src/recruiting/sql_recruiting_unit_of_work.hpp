// ports::recruiting_unit_of_work: one pooled session inside one transaction, with every Recruiting repository
// bound to it.
#pragma once

#include <offertracker/ports/recruiting_store.hpp>

#include "../session_pool.hpp"
#include "sql_recruiting_repositories.hpp"

namespace offertracker::adapters::sql {

class sql_recruiting_unit_of_work final : public ports::recruiting_unit_of_work {
public:
    // Starts the transaction (dialect::begin_statement, as the seeker's units do). Throws ports::storage_error.
    sql_recruiting_unit_of_work(session_pool::lease lease, ports::access mode);
    // Rolls back unless committed; the lease then returns the session to the pool.
    ~sql_recruiting_unit_of_work() override;

    ports::organization_repository& organizations() override { return organizations_; }
    ports::member_repository& members() override { return members_; }
    ports::job_repository& jobs() override { return jobs_; }
    ports::candidate_repository& candidates() override { return candidates_; }
    ports::pipeline_repository& pipeline() override { return pipeline_; }
    ports::match_log_repository& match_logs() override { return match_logs_; }
    ports::webhook_repository& webhooks() override { return webhooks_; }

    bool lock_org(record_id org_id) override;

    // Throws ports::storage_error if the commit fails (the transaction is then rolled back), or if the unit of
    // work was already committed.
    void commit() override;

private:
    session_pool::lease lease_;
    bool open_ = false;
    sql_organization_repository organizations_;
    sql_member_repository members_;
    sql_job_repository jobs_;
    sql_candidate_repository candidates_;
    sql_pipeline_repository pipeline_;
    sql_match_log_repository match_logs_;
    sql_webhook_repository webhooks_;
};

}  // namespace offertracker::adapters::sql
