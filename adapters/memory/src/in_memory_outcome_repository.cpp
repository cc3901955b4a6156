// Outcomes in memory: at most one per application, as the SQL schema's unique key says.
#include <set>

#include <offertracker/ports/storage_error.hpp>

#include "in_memory_outcome_repository.hpp"

namespace offertracker::adapters::memory::detail {
namespace {

// Checks the one-per-application key against every row other than x itself.
void check_unique(const store_state& s, const domain::outcome& x) {
    for (const auto& [id, other] : s.outcomes)
        if (id != x.id && other.application_id == x.application_id)
            throw ports::unique_violation("outcomes.application_id is taken");
}

}  // namespace

void in_memory_outcome_repository::insert(const domain::outcome& x) {
    auto& s = unit_.write();
    if (s.outcomes.contains(x.id)) throw ports::unique_violation("outcomes.id is taken");
    require_application(s, x.application_id);
    check_unique(s, x);
    s.outcomes.emplace(x.id, x);
}

void in_memory_outcome_repository::update(const domain::outcome& x) {
    auto& s = unit_.write();
    auto it = s.outcomes.find(x.id);
    if (it == s.outcomes.end()) return;
    require_application(s, x.application_id);
    check_unique(s, x);
    it->second = x;
}

void in_memory_outcome_repository::remove(const domain::id& id) {
    unit_.write().outcomes.erase(id);
}

std::optional<domain::outcome> in_memory_outcome_repository::find(const domain::id& id) {
    const auto& rows = unit_.read().outcomes;
    auto it = rows.find(id);
    if (it == rows.end()) return std::nullopt;
    return it->second;
}

std::optional<domain::outcome> in_memory_outcome_repository::find_for(const domain::id& application_id) {
    for (const auto& [id, x] : unit_.read().outcomes)
        if (x.application_id == application_id) return x;
    return std::nullopt;
}

std::vector<domain::outcome> in_memory_outcome_repository::list_for(const std::vector<domain::id>& application_ids) {
    const std::set<domain::id> wanted(application_ids.begin(), application_ids.end());
    std::vector<domain::outcome> found;
    for (const auto& [id, x] : unit_.read().outcomes)
        if (wanted.contains(x.application_id)) found.push_back(x);
    return found;
}

std::vector<domain::outcome> in_memory_outcome_repository::list_for_user(const domain::id& user_id) {
    const auto& s = unit_.read();
    std::vector<domain::outcome> found;
    for (const auto& [id, x] : s.outcomes) {
        auto app = s.applications.find(x.application_id);
        if (app != s.applications.end() && app->second.user_id == user_id && !app->second.deleted_at)
            found.push_back(x);
    }
    return found;
}

}  // namespace offertracker::adapters::memory::detail
