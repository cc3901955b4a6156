// Interview stages in memory.
#include <algorithm>
#include <set>
#include <tuple>

#include <offertracker/ports/storage_error.hpp>

#include "in_memory_stage_repository.hpp"

namespace offertracker::adapters::memory::detail {

void in_memory_stage_repository::insert(const domain::stage& st) {
    auto& s = unit_.write();
    if (s.stages.contains(st.id)) throw ports::unique_violation("interview_stages.id is taken");
    require_application(s, st.application_id);
    s.stages.emplace(st.id, st);
}

void in_memory_stage_repository::update(const domain::stage& st) {
    auto& s = unit_.write();
    auto it = s.stages.find(st.id);
    if (it == s.stages.end()) return;
    require_application(s, st.application_id);
    it->second = st;
}

void in_memory_stage_repository::remove(const domain::id& id) {
    unit_.write().stages.erase(id);
}

std::optional<domain::stage> in_memory_stage_repository::find(const domain::id& id) {
    const auto& stages = unit_.read().stages;
    auto it = stages.find(id);
    if (it == stages.end()) return std::nullopt;
    return it->second;
}

std::vector<domain::stage> in_memory_stage_repository::list_for(const std::vector<domain::id>& application_ids) {
    const std::set<domain::id> wanted(application_ids.begin(), application_ids.end());
    std::vector<domain::stage> found;
    for (const auto& [id, st] : unit_.read().stages)
        if (wanted.contains(st.application_id)) found.push_back(st);
    std::ranges::sort(found, [](const auto& a, const auto& b) {
        return std::tie(a.created_at, a.id) < std::tie(b.created_at, b.id);
    });
    return found;
}

std::vector<domain::stage> in_memory_stage_repository::list_for_user(const domain::id& user_id) {
    // The domain's stage does not carry user_id: ownership goes through the application.
    const auto& s = unit_.read();
    std::vector<domain::stage> found;
    for (const auto& [id, st] : s.stages) {
        auto app = s.applications.find(st.application_id);
        if (app != s.applications.end() && app->second.user_id == user_id && !app->second.deleted_at)
            found.push_back(st);
    }
    std::ranges::sort(found, [](const auto& a, const auto& b) {
        return std::tie(a.created_at, a.id) < std::tie(b.created_at, b.id);
    });
    return found;
}

}  // namespace offertracker::adapters::memory::detail
