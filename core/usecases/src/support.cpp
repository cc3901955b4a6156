// Ownership checks, activity entries and streaks shared by the use cases.
#include "support.hpp"

#include <set>

#include <offertracker/domain/enums.hpp>
#include <offertracker/domain/json_text.hpp>
#include <offertracker/domain/milestone_rules.hpp>
#include <offertracker/domain/streak.hpp>

namespace offertracker::usecases::detail {

std::optional<domain::error> lock_actor(ports::unit_of_work& uow, const actor& who) {
    if (could_exist(who.user_id) && uow.lock_owner(who.user_id)) return std::nullopt;
    return domain::error::unauthenticated("Not authenticated");
}

domain::result<domain::application> owned_application(ports::unit_of_work& uow, const actor& who,
                                                       const domain::id& id) {
    auto app = find_by_id(uow.applications(), id);
    if (!app) return domain::error::not_found("Application not found");
    if (app->user_id != who.user_id) return domain::error::forbidden("Not your application");
    return std::move(*app);
}

domain::result<domain::resume> owned_resume(ports::unit_of_work& uow, const actor& who, const domain::id& id) {
    auto r = find_by_id(uow.resumes(), id);
    if (!r) return domain::error::not_found("Resume version not found");
    if (r->user_id != who.user_id) return domain::error::forbidden("Not your resume");
    return std::move(*r);
}

activity_recorder::activity_recorder(ports::unit_of_work& uow, services& s, domain::id user_id)
    : uow_(uow), s_(s), user_id_(std::move(user_id)), next_(s.clock.now()) {}

void activity_recorder::record(std::optional<domain::id> application_id, std::string action,
                               std::string description, std::string metadata_json) {
    domain::activity_entry e;
    e.id = s_.ids.new_id();
    e.user_id = user_id_;
    e.application_id = std::move(application_id);
    e.action = std::move(action);
    e.description = std::move(description);
    e.metadata_json = std::move(metadata_json);
    e.created_at = next_;
    next_ += std::chrono::microseconds{1};
    uow_.activity().append(e);
}

void activity_recorder::status_changed(const domain::id& application_id, domain::application_status from,
                                       domain::application_status to, bool automatic, std::string_view reason) {
    std::string description = "Status: " + std::string(domain::to_string(from)) + " \u2192 " +
                              std::string(domain::to_string(to));
    if (!reason.empty()) description += " (" + std::string(reason) + ")";
    record(application_id, "Status Changed", std::move(description),
           domain::json_object_text{}
               .add("old_status", domain::to_string(from))
               .add("new_status", domain::to_string(to))
               .add("auto", automatic)
               .str());
}

int count_activity(ports::unit_of_work& uow, services& s, const domain::id& user_id) {
    auto u = uow.users().find(user_id);
    if (!u) return 0;
    const auto after = domain::record_activity({u->streak_days, u->last_active_date}, today(s));
    if (after.days == u->streak_days && after.last_active == u->last_active_date) return after.days;
    u->streak_days = after.days;
    u->last_active_date = after.last_active;
    uow.users().update(*u);
    return after.days;
}

void track_progress(ports::unit_of_work& uow, services& s, const domain::id& user_id) {
    const int streak_days = count_activity(uow, s, user_id);
    // Every unreached milestone is judged, whatever the write was (docs/behaviour.md §2): counts in one query.
    std::set<std::string, std::less<>> reached;
    for (const auto& [mine, definition] : uow.progress().reached(user_id)) reached.insert(mine.milestone_id);
    for (const auto& m : domain::newly_reached(uow.progress().counts(user_id), streak_days, reached))
        award_milestone(uow, s, user_id, m);
}

bool award_milestone(ports::unit_of_work& uow, services& s, const domain::id& user_id,
                     const domain::milestone_definition& m) {
    domain::user_milestone award;
    award.id = s.ids.new_id();
    award.user_id = user_id;
    award.milestone_id = std::string(m.id);
    award.reached_at = s.clock.now();
    return uow.progress().award(award);
}

domain::date today(services& s) { return domain::to_date(s.clock.now()); }

}  // namespace offertracker::usecases::detail
