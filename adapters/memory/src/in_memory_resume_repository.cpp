// Resume versions in memory; removing one unlinks the applications that named it (ON DELETE SET NULL).
#include <algorithm>
#include <tuple>

#include <offertracker/ports/storage_error.hpp>

#include "in_memory_resume_repository.hpp"

namespace offertracker::adapters::memory::detail {

void in_memory_resume_repository::insert(const domain::resume& r) {
    auto& s = unit_.write();
    if (s.resumes.contains(r.id)) throw ports::unique_violation("resume_versions.id is taken");
    require_user(s, r.user_id);
    s.resumes.emplace(r.id, r);
}

void in_memory_resume_repository::update(const domain::resume& r) {
    auto& s = unit_.write();
    auto it = s.resumes.find(r.id);
    if (it == s.resumes.end()) return;
    require_user(s, r.user_id);
    it->second = r;
}

void in_memory_resume_repository::remove(const domain::id& id) {
    auto& s = unit_.write();
    if (s.resumes.erase(id) == 0) return;
    // The SQL schema clears the column without touching updated_at, so neither do we.
    for (auto& [app_id, a] : s.applications)
        if (a.resume_version_id == id) a.resume_version_id.reset();
}

std::optional<domain::resume> in_memory_resume_repository::find(const domain::id& id) {
    const auto& resumes = unit_.read().resumes;
    auto it = resumes.find(id);
    if (it == resumes.end()) return std::nullopt;
    return it->second;
}

std::vector<domain::resume> in_memory_resume_repository::list(const domain::id& user_id, ports::page p) {
    std::vector<domain::resume> found;
    for (const auto& [id, r] : unit_.read().resumes)
        if (r.user_id == user_id) found.push_back(r);
    std::ranges::sort(found, [](const auto& a, const auto& b) {
        return std::tie(a.created_at, a.id) < std::tie(b.created_at, b.id);
    });
    return page_of(std::move(found), p);
}

}  // namespace offertracker::adapters::memory::detail
