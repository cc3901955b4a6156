// One transaction over every repository, and the store that opens them.
#pragma once

#include <memory>

#include <offertracker/ports/activity_repository.hpp>
#include <offertracker/ports/application_repository.hpp>
#include <offertracker/ports/contact_repository.hpp>
#include <offertracker/ports/document_repository.hpp>
#include <offertracker/ports/outcome_repository.hpp>
#include <offertracker/ports/prep_repository.hpp>
#include <offertracker/ports/progress_repository.hpp>
#include <offertracker/ports/reflection_repository.hpp>
#include <offertracker/ports/reminder_repository.hpp>
#include <offertracker/ports/resume_repository.hpp>
#include <offertracker/ports/saved_job_repository.hpp>
#include <offertracker/ports/scraper_run_repository.hpp>
#include <offertracker/ports/social_repository.hpp>
#include <offertracker/ports/stage_repository.hpp>
#include <offertracker/ports/tag_repository.hpp>
#include <offertracker/ports/user_repository.hpp>

namespace offertracker::ports {

// A transaction. Everything written through its repositories becomes visible to others at commit(),
// all at once; destroying it without commit() rolls everything back. Used by one thread at a time.
// Repository methods and commit() throw storage_error (or unique_violation, or transaction_conflict when the
// transaction lost a race and may simply be rerun: in_write_unit does that) on failure; after a throw the unit
// of work must be abandoned (destroyed), which rolls back.
class unit_of_work {
public:
    virtual ~unit_of_work() = default;

    virtual user_repository& users() = 0;
    virtual resume_repository& resumes() = 0;
    virtual application_repository& applications() = 0;
    virtual stage_repository& stages() = 0;
    virtual outcome_repository& outcomes() = 0;
    virtual reflection_repository& reflections() = 0;
    virtual activity_repository& activity() = 0;
    virtual contact_repository& contacts() = 0;
    virtual document_repository& documents() = 0;
    virtual reminder_repository& reminders() = 0;
    virtual tag_repository& tags() = 0;
    virtual saved_job_repository& saved_jobs() = 0;
    virtual progress_repository& progress() = 0;
    virtual social_repository& social() = 0;
    virtual prep_repository& prep() = 0;  // interview-prep practice sessions (the web surface)
    virtual browser_session_repository& browser_sessions() = 0;
    virtual scraper_run_repository& scraper_runs() = 0;  // job-posting imports (the Pipeline surface)

    // Makes this (read_write) unit the only writer for one owner's data until it ends: a second unit locking
    // the same owner waits, then sees everything the first one committed. Use cases call it first, so their
    // read-decide-write steps never interleave with another request of the same user. Returns false when
    // the owner does not exist (a token for a vanished account). SQLite and the memory store already run one
    // writer at a time; PostgreSQL locks the user's row (FOR NO KEY UPDATE, so rows of others may still refer
    // to it meanwhile).
    virtual bool lock_owner(const domain::id& owner_id) = 0;

    virtual void commit() = 0;
};

enum class access {
    read_only,   // may run alongside other transactions
    read_write,  // takes the write lock up front where the engine needs it (SQLite: BEGIN IMMEDIATE)
};

// Opens units of work. Thread-safe: call begin() and pause_before_rerun() from any number of threads.
class store {
public:
    virtual ~store() = default;
    virtual std::unique_ptr<unit_of_work> begin(access mode) = 0;

    // Waits before a read_write unit that lost a race (transaction_conflict) is run again; `rerun` counts from 1.
    // The store owns the pause because only it knows how its engine's races clear (and a pause needs a clock
    // and randomness the core does not have); a store whose writers never race keeps the default, no pause.
    // in_write_unit calls it with no unit open, so the pause holds no lock.
    virtual void pause_before_rerun(int rerun) { (void)rerun; }
};

}  // namespace offertracker::ports
