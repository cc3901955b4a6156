// Helpers shared by the use cases: ownership checks, activity entries and streak updates.
#pragma once

#include <offertracker/domain/activity.hpp>
#include <offertracker/domain/application.hpp>
#include <offertracker/domain/error.hpp>
#include <offertracker/domain/milestone.hpp>
#include <offertracker/domain/resume.hpp>
#include <offertracker/text/utf8.hpp>
#include <offertracker/ports/in_write_unit.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases::detail {

// Whether `id` could name a record at all: stored ids are storable text (domain::unstorable_text). Any other id
// names nothing and must not reach a store that could not even compare it (PostgreSQL refuses invalid UTF-8),
// so every id a caller passes is checked with this before it is looked up: a lookup, or a not-found.
inline bool could_exist(const domain::id& id) noexcept { return text::is_storable_text(id); }
inline bool could_exist(const std::optional<domain::id>& id) noexcept { return !id || could_exist(*id); }

// repo.find(id), or nullopt when the id could not exist.
template <class Repository>
auto find_by_id(Repository& repo, const domain::id& id) -> decltype(repo.find(id)) {
    if (!could_exist(id)) return std::nullopt;
    return repo.find(id);
}

// Locks the actor's data for this write unit (ports::unit_of_work::lock_owner); 401 "Not authenticated" when the account is gone.
std::optional<domain::error> lock_actor(ports::unit_of_work& uow, const actor& who);

// The application if it exists (else 404 "Application not found") and is the actor's (else 403).
domain::result<domain::application> owned_application(ports::unit_of_work& uow, const actor& who,
                                                       const domain::id& id);
// A record of one application (stage, outcome, reflection) found through its repository; one that does not
// exist or belongs to another application is 404 `not_found` either way.
template <class Repository>
auto child_of(Repository& repo, const domain::id& application_id, const domain::id& id, const char* not_found)
    -> domain::result<typename decltype(repo.find(id))::value_type> {
    auto found = find_by_id(repo, id);
    if (!found || found->application_id != application_id) return domain::error::not_found(not_found);
    return std::move(*found);
}

// The resume version if it exists (else 404 "Resume version not found") and is the actor's (else 403).
domain::result<domain::resume> owned_resume(ports::unit_of_work& uow, const actor& who, const domain::id& id);

// Writes the activity entries of one use case. Entries get strictly increasing timestamps, so the log
// shows them in the order they were written even within one request.
class activity_recorder {
public:
    activity_recorder(ports::unit_of_work& uow, services& s, domain::id user_id);
    void record(std::optional<domain::id> application_id, std::string action, std::string description,
                std::string metadata_json = "{}");
    // "Status Changed" with {old_status, new_status, auto}.
    void status_changed(const domain::id& application_id, domain::application_status from,
                        domain::application_status to, bool automatic, std::string_view reason = {});

private:
    ports::unit_of_work& uow_;
    services& s_;
    domain::id user_id_;
    domain::timestamp next_;
};

// Counts a tracked write towards the user's daily streak (docs/behaviour.md §3); returns the streak after it
// (0 when the user does not exist).
int count_activity(ports::unit_of_work& uow, services& s, const domain::id& user_id);

// What every tracked write calls last, inside its transaction: the streak, then every milestone the user
// has not reached yet (docs/behaviour.md §2, §19).
// Awards are insert-or-ignore, so concurrent requests never award a milestone twice.
void track_progress(ports::unit_of_work& uow, services& s, const domain::id& user_id);

// Records that the user reached the milestone now (no-op when already reached); true when this call recorded it.
bool award_milestone(ports::unit_of_work& uow, services& s, const domain::id& user_id,
                     const domain::milestone_definition& m);

domain::date today(services& s);

}  // namespace offertracker::usecases::detail
