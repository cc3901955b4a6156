// A unit of work that forwards everything to another one: the base of decorators that change one behaviour
// (a commit that fails, a repository that races) and leave the rest as the wrapped store has it.
#pragma once

#include <memory>
#include <utility>

#include <offertracker/ports/unit_of_work.hpp>

namespace offertracker::adapters::memory {

class forwarding_unit_of_work : public ports::unit_of_work {
public:
    explicit forwarding_unit_of_work(std::unique_ptr<ports::unit_of_work> inner) : inner_(std::move(inner)) {}

    ports::user_repository& users() override { return inner_->users(); }
    ports::resume_repository& resumes() override { return inner_->resumes(); }
    ports::application_repository& applications() override { return inner_->applications(); }
    ports::stage_repository& stages() override { return inner_->stages(); }
    ports::outcome_repository& outcomes() override { return inner_->outcomes(); }
    ports::reflection_repository& reflections() override { return inner_->reflections(); }
    ports::activity_repository& activity() override { return inner_->activity(); }
    ports::contact_repository& contacts() override { return inner_->contacts(); }
    ports::document_repository& documents() override { return inner_->documents(); }
    ports::reminder_repository& reminders() override { return inner_->reminders(); }
    ports::tag_repository& tags() override { return inner_->tags(); }
    ports::saved_job_repository& saved_jobs() override { return inner_->saved_jobs(); }
    ports::progress_repository& progress() override { return inner_->progress(); }
    ports::social_repository& social() override { return inner_->social(); }
    ports::prep_repository& prep() override { return inner_->prep(); }
    ports::browser_session_repository& browser_sessions() override { return inner_->browser_sessions(); }
    ports::scraper_run_repository& scraper_runs() override { return inner_->scraper_runs(); }
    bool lock_owner(const domain::id& owner_id) override { return inner_->lock_owner(owner_id); }
    void commit() override { inner_->commit(); }

protected:
    [[nodiscard]] ports::unit_of_work& inner() noexcept { return *inner_; }

private:
    std::unique_ptr<ports::unit_of_work> inner_;
};

}  // namespace offertracker::adapters::memory
