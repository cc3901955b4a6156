// The activity log in memory.
#include <algorithm>
#include <tuple>

#include <offertracker/ports/storage_error.hpp>

#include "in_memory_activity_repository.hpp"

namespace offertracker::adapters::memory::detail {

void in_memory_activity_repository::append(const domain::activity_entry& e) {
    auto& s = unit_.write();
    if (s.activity.contains(e.id)) throw ports::unique_violation("activity_log.id is taken");
    require_user(s, e.user_id);
    if (e.application_id) require_application(s, *e.application_id);
    s.activity.emplace(e.id, e);
}

std::vector<domain::activity_entry> in_memory_activity_repository::list(
    const domain::id& user_id, const std::optional<domain::id>& application_id, ports::page p) {
    std::vector<domain::activity_entry> found;
    const auto& s = unit_.read();
    for (const auto& [id, e] : s.activity) {
        if (e.user_id != user_id || !of_live_application(s, e.application_id)) continue;
        if (application_id && e.application_id != application_id) continue;
        found.push_back(e);
    }
    std::ranges::sort(found, [](const auto& a, const auto& b) {
        return std::tie(a.created_at, a.id) > std::tie(b.created_at, b.id);
    });
    return page_of(std::move(found), p);
}

}  // namespace offertracker::adapters::memory::detail
