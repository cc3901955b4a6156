// Milestones (seeded at construction), awards with the (user_id, milestone_id) key, and the user's counts.
#include <algorithm>
#include <tuple>

#include <offertracker/ports/storage_error.hpp>

#include "in_memory_progress_repository.hpp"

namespace offertracker::adapters::memory::detail {

std::vector<domain::milestone> in_memory_progress_repository::milestones() {
    std::vector<domain::milestone> found;
    for (const auto& [id, m] : unit_.read().milestones) found.push_back(m);
    std::ranges::sort(found, [](const auto& a, const auto& b) {
        return std::tie(a.created_at, a.id) < std::tie(b.created_at, b.id);
    });
    return found;
}

std::vector<std::pair<domain::user_milestone, domain::milestone>> in_memory_progress_repository::reached(
    const domain::id& user_id) {
    const auto& s = unit_.read();
    std::vector<std::pair<domain::user_milestone, domain::milestone>> found;
    for (const auto& [id, um] : s.user_milestones)
        if (um.user_id == user_id) found.emplace_back(um, s.milestones.at(um.milestone_id));
    std::ranges::sort(found, [](const auto& a, const auto& b) {
        return std::tie(a.first.reached_at, a.first.id) > std::tie(b.first.reached_at, b.first.id);
    });
    return found;
}

bool in_memory_progress_repository::award(const domain::user_milestone& m) {
    auto& s = unit_.write();
    for (const auto& [id, other] : s.user_milestones)
        if (other.user_id == m.user_id && other.milestone_id == m.milestone_id) return false;
    // Only the (user_id, milestone_id) key is ignored, as the SQL stores' ON CONFLICT target says:
    // an id collision with a different award is a caller bug and is reported.
    if (s.user_milestones.contains(m.id)) throw ports::unique_violation("user_milestones.id is taken");
    require_user(s, m.user_id);
    require_milestone(s, m.milestone_id);
    s.user_milestones.emplace(m.id, m);
    return true;
}

domain::progress_counts in_memory_progress_repository::counts(const domain::id& user_id) {
    const auto& s = unit_.read();
    auto owned = [&](const domain::id& application_id) {
        auto it = s.applications.find(application_id);
        return it != s.applications.end() && it->second.user_id == user_id && !it->second.deleted_at;
    };
    auto count = [](const auto& table, auto pred) {
        return static_cast<long long>(std::ranges::count_if(table, [&](const auto& row) { return pred(row.second); }));
    };
    domain::progress_counts c;
    c.applications = count(s.applications, [&](const domain::application& a) { return a.user_id == user_id && !a.deleted_at; });
    c.reflections = count(s.reflections, [&](const domain::reflection& r) { return owned(r.application_id); });
    c.stages = count(s.stages, [&](const domain::stage& st) { return owned(st.application_id); });
    c.offers = count(s.outcomes, [&](const domain::outcome& o) {
        return owned(o.application_id) && o.status == domain::outcome_status::offer;
    });
    c.following = count(s.follows, [&](const domain::follow& f) { return f.follower_id == user_id; });
    c.group_memberships = count(s.group_members, [&](const domain::group_member& m) { return m.user_id == user_id; });
    c.posts = count(s.posts, [&](const domain::post& p) { return p.user_id == user_id; });
    c.contacts = count(s.contacts, [&](const domain::contact& x) { return x.user_id == user_id; });
    // A reminder of a soft-deleted application is hidden with it, as the reminder lists hide it.
    c.reminders_pending = count(s.reminders, [&](const domain::reminder& r) {
        return r.user_id == user_id && !r.is_completed && (!r.application_id || owned(*r.application_id));
    });
    c.milestones_reached =
        count(s.user_milestones, [&](const domain::user_milestone& m) { return m.user_id == user_id; });
    return c;
}

}  // namespace offertracker::adapters::memory::detail
