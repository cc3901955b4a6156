// The in-memory store and its unit of work: locking, snapshot and the repositories that share them.
#include <offertracker/adapters/memory/in_memory_store.hpp>

#include <mutex>
#include <variant>

#include "in_memory_user_repository.hpp"
#include "in_memory_resume_repository.hpp"
#include "in_memory_application_repository.hpp"
#include "in_memory_stage_repository.hpp"
#include "in_memory_outcome_repository.hpp"
#include "in_memory_reflection_repository.hpp"
#include "in_memory_activity_repository.hpp"
#include "in_memory_contact_repository.hpp"
#include "in_memory_document_repository.hpp"
#include "in_memory_reminder_repository.hpp"
#include "in_memory_tag_repository.hpp"
#include "in_memory_saved_job_repository.hpp"
#include "in_memory_progress_repository.hpp"
#include "in_memory_social_repository.hpp"
#include "in_memory_prep_repository.hpp"
#include "in_memory_scraper_run_repository.hpp"
#include "store_state.hpp"

namespace offertracker::adapters::memory {
namespace {

class in_memory_unit_of_work final : public ports::unit_of_work {
public:
    using lock_type = std::variant<std::shared_lock<std::shared_mutex>, std::unique_lock<std::shared_mutex>>;

    in_memory_unit_of_work(lock_type lock, detail::store_state& state, bool writable)
        : lock_(std::move(lock)), access_(state, writable) {}

    // Rolls back before lock_ is released (members are destroyed after the body runs).
    ~in_memory_unit_of_work() override { access_.rollback(); }

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

    // A read_write unit already holds the store exclusively: only the owner's existence is left to check.
    bool lock_owner(const domain::id& owner_id) override { return users_.find(owner_id).has_value(); }

    void commit() override { access_.commit(); }

private:
    lock_type lock_;
    detail::unit_access access_;
    detail::in_memory_user_repository users_{access_};
    detail::in_memory_resume_repository resumes_{access_};
    detail::in_memory_application_repository applications_{access_};
    detail::in_memory_stage_repository stages_{access_};
    detail::in_memory_outcome_repository outcomes_{access_};
    detail::in_memory_reflection_repository reflections_{access_};
    detail::in_memory_activity_repository activity_{access_};
    detail::in_memory_contact_repository contacts_{access_};
    detail::in_memory_document_repository documents_{access_};
    detail::in_memory_reminder_repository reminders_{access_};
    detail::in_memory_tag_repository tags_{access_};
    detail::in_memory_saved_job_repository saved_jobs_{access_};
    detail::in_memory_progress_repository progress_{access_};
    detail::in_memory_social_repository social_{access_};
    detail::in_memory_prep_repository prep_{access_};
    detail::in_memory_browser_session_repository browser_sessions_{access_};
    detail::in_memory_scraper_run_repository scraper_runs_{access_};
};

}  // namespace

in_memory_store::in_memory_store() : state_(std::make_unique<detail::store_state>()) {
    // A SQL store has the milestones from its migration; this one has them from the start, likewise.
    state_->milestones = detail::seeded_milestones();
}

in_memory_store::~in_memory_store() = default;

std::unique_ptr<ports::unit_of_work> in_memory_store::begin(ports::access mode) {
    if (mode == ports::access::read_only)
        return std::make_unique<in_memory_unit_of_work>(std::shared_lock(mutex_), *state_, false);
    return std::make_unique<in_memory_unit_of_work>(std::unique_lock(mutex_), *state_, true);
}

}  // namespace offertracker::adapters::memory
