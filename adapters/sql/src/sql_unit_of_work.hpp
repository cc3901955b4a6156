// ports::unit_of_work: one pooled session inside one transaction, with every repository bound to it.
#pragma once

#include <offertracker/ports/unit_of_work.hpp>

#include "session_pool.hpp"
#include "sql_activity_repository.hpp"
#include "sql_application_repository.hpp"
#include "sql_contact_repository.hpp"
#include "sql_document_repository.hpp"
#include "sql_outcome_repository.hpp"
#include "sql_prep_repository.hpp"
#include "sql_progress_repository.hpp"
#include "sql_reflection_repository.hpp"
#include "sql_reminder_repository.hpp"
#include "sql_resume_repository.hpp"
#include "sql_saved_job_repository.hpp"
#include "sql_social_repository.hpp"
#include "sql_stage_repository.hpp"
#include "sql_scraper_run_repository.hpp"
#include "sql_tag_repository.hpp"
#include "sql_user_repository.hpp"

namespace offertracker::adapters::sql {

class sql_unit_of_work final : public ports::unit_of_work {
public:
    // Starts the transaction (dialect::begin_statement). Throws ports::storage_error.
    sql_unit_of_work(session_pool::lease lease, ports::access mode);
    // Rolls back unless committed; the lease then returns the session to the pool.
    ~sql_unit_of_work() override;

    ports::user_repository& users() override { return users_; }
    ports::resume_repository& resumes() override { return resumes_; }
    ports::application_repository& applications() override { return applications_; }
    ports::stage_repository& stages() override { return stages_; }
    ports::outcome_repository& outcomes() override { return outcomes_; }
    ports::reflection_repository& reflections() override { return reflections_; }
    ports::activity_repository& activity() override { return activity_; }
    ports::contact_repository& contacts() override { return contacts_; }
    ports::document_repository& documents() override { return documents_; }
    ports::reminder_repository& reminders() override { return reminders_; }
    ports::tag_repository& tags() override { return tags_; }
    ports::saved_job_repository& saved_jobs() override { return saved_jobs_; }
    ports::progress_repository& progress() override { return progress_; }
    ports::social_repository& social() override { return social_; }
    ports::prep_repository& prep() override { return prep_; }
    ports::browser_session_repository& browser_sessions() override { return browser_sessions_; }
    ports::scraper_run_repository& scraper_runs() override { return scraper_runs_; }

    bool lock_owner(const domain::id& owner_id) override;

    // Throws ports::storage_error if the commit fails (the transaction is then rolled back), or if the
    // unit of work was already committed.
    void commit() override;

private:
    session_pool::lease lease_;
    bool open_ = false;
    sql_user_repository users_;
    sql_resume_repository resumes_;
    sql_application_repository applications_;
    sql_stage_repository stages_;
    sql_outcome_repository outcomes_;
    sql_reflection_repository reflections_;
    sql_activity_repository activity_;
    sql_contact_repository contacts_;
    sql_document_repository documents_;
    sql_reminder_repository reminders_;
    sql_tag_repository tags_;
    sql_saved_job_repository saved_jobs_;
    sql_progress_repository progress_;
    sql_social_repository social_;
    sql_prep_repository prep_;
    sql_browser_session_repository browser_sessions_;
    sql_scraper_run_repository scraper_runs_;
};

}  // namespace offertracker::adapters::sql
