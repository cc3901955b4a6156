// Reflections in memory: at most one per application, as the SQL schema's unique key says.
#include <set>

#include <offertracker/ports/storage_error.hpp>

#include "in_memory_reflection_repository.hpp"

namespace offertracker::adapters::memory::detail {
namespace {

// Checks the one-per-application key against every row other than x itself.
void check_unique(const store_state& s, const domain::reflection& x) {
    for (const auto& [id, other] : s.reflections)
        if (id != x.id && other.application_id == x.application_id)
            throw ports::unique_violation("reflections.application_id is taken");
}

}  // namespace

void in_memory_reflection_repository::insert(const domain::reflection& x) {
    auto& s = unit_.write();
    if (s.reflections.contains(x.id)) throw ports::unique_violation("reflections.id is taken");
    require_application(s, x.application_id);
    check_unique(s, x);
    s.reflections.emplace(x.id, x);
}

void in_memory_reflection_repository::update(const domain::reflection& x) {
    auto& s = unit_.write();
    auto it = s.reflections.find(x.id);
    if (it == s.reflections.end()) return;
    require_application(s, x.application_id);
    check_unique(s, x);
    it->second = x;
}

void in_memory_reflection_repository::remove(const domain::id& id) {
    unit_.write().reflections.erase(id);
}

std::optional<domain::reflection> in_memory_reflection_repository::find(const domain::id& id) {
    const auto& rows = unit_.read().reflections;
    auto it = rows.find(id);
    if (it == rows.end()) return std::nullopt;
    return it->second;
}

std::optional<domain::reflection> in_memory_reflection_repository::find_for(const domain::id& application_id) {
    for (const auto& [id, x] : unit_.read().reflections)
        if (x.application_id == application_id) return x;
    return std::nullopt;
}

std::vector<domain::reflection> in_memory_reflection_repository::list_for(const std::vector<domain::id>& application_ids) {
    const std::set<domain::id> wanted(application_ids.begin(), application_ids.end());
    std::vector<domain::reflection> found;
    for (const auto& [id, x] : unit_.read().reflections)
        if (wanted.contains(x.application_id)) found.push_back(x);
    return found;
}

}  // namespace offertracker::adapters::memory::detail
