// The in-memory Recruiting store and its unit of work: locking, snapshot and the repositories that share them.
#include <offertracker/adapters/memory/in_memory_recruiting_store.hpp>

#include <mutex>
#include <variant>

#include "in_memory_recruiting_repositories.hpp"
#include "recruiting_state.hpp"

namespace offertracker::adapters::memory {
namespace {

class in_memory_recruiting_unit_of_work final : public ports::recruiting_unit_of_work {
public:
    using lock_type = std::variant<std::shared_lock<std::shared_mutex>, std::unique_lock<std::shared_mutex>>;

    in_memory_recruiting_unit_of_work(lock_type lock, detail::recruiting_state& state, bool writable)
        : lock_(std::move(lock)), access_(state, writable) {}

    // Rolls back before lock_ is released (members are destroyed after the body runs).
    ~in_memory_recruiting_unit_of_work() override { access_.rollback(); }

    ports::organization_repository& organizations() override { return organizations_; }
    ports::member_repository& members() override { return members_; }
    ports::job_repository& jobs() override { return jobs_; }
    ports::candidate_repository& candidates() override { return candidates_; }
    ports::pipeline_repository& pipeline() override { return pipeline_; }
    ports::match_log_repository& match_logs() override { return match_logs_; }
    ports::webhook_repository& webhooks() override { return webhooks_; }

    // A read_write unit already holds the store exclusively: only the org's existence is left to check.
    bool lock_org(recruiting::record_id org_id) override { return organizations_.get(org_id).has_value(); }

    void commit() override { access_.commit(); }

private:
    lock_type lock_;
    detail::recruiting_access access_;
    detail::in_memory_organization_repository organizations_{access_};
    detail::in_memory_member_repository members_{access_};
    detail::in_memory_job_repository jobs_{access_};
    detail::in_memory_candidate_repository candidates_{access_};
    detail::in_memory_pipeline_repository pipeline_{access_};
    detail::in_memory_match_log_repository match_logs_{access_};
    detail::in_memory_webhook_repository webhooks_{access_};
};

}  // namespace

in_memory_recruiting_store::in_memory_recruiting_store() : state_(std::make_unique<detail::recruiting_state>()) {}

in_memory_recruiting_store::~in_memory_recruiting_store() = default;

std::unique_ptr<ports::recruiting_unit_of_work> in_memory_recruiting_store::begin(ports::access mode) {
    if (mode == ports::access::read_only)
        return std::make_unique<in_memory_recruiting_unit_of_work>(std::shared_lock(mutex_), *state_, false);
    return std::make_unique<in_memory_recruiting_unit_of_work>(std::unique_lock(mutex_), *state_, true);
}

}  // namespace offertracker::adapters::memory
