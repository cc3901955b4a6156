// Applications in memory; removing one cascades to what hangs off it and unlinks contacts and saved jobs.
#include <algorithm>
#include <tuple>

#include <offertracker/ports/storage_error.hpp>

#include "in_memory_application_repository.hpp"

namespace offertracker::adapters::memory::detail {
namespace {

void require_parents(const store_state& s, const domain::application& a) {
    require_user(s, a.user_id);
    if (a.resume_version_id) require_resume(s, *a.resume_version_id);
}

}  // namespace

void in_memory_application_repository::insert(const domain::application& a) {
    auto& s = unit_.write();
    if (s.applications.contains(a.id)) throw ports::unique_violation("applications.id is taken");
    require_parents(s, a);
    s.applications.emplace(a.id, a);
}

void in_memory_application_repository::update(const domain::application& a) {
    auto& s = unit_.write();
    auto it = s.applications.find(a.id);
    if (it == s.applications.end()) return;
    require_parents(s, a);
    it->second = a;
}

void in_memory_application_repository::remove(const domain::id& id) {
    auto& s = unit_.write();
    if (s.applications.erase(id) == 0) return;
    erase_where(s.stages, [&](const domain::stage& x) { return x.application_id == id; });
    erase_where(s.outcomes, [&](const domain::outcome& x) { return x.application_id == id; });
    erase_where(s.reflections, [&](const domain::reflection& x) { return x.application_id == id; });
    erase_where(s.activity, [&](const domain::activity_entry& x) { return x.application_id == id; });
    erase_where(s.documents, [&](const domain::document& x) { return x.application_id == id; });
    erase_where(s.application_tags, [&](const domain::application_tag& x) { return x.application_id == id; });
    erase_where(s.reminders, [&](const domain::reminder& x) { return x.application_id == id; });
    // Contacts, saved jobs and practice sessions outlive the application (docs/behaviour.md §8), as ON DELETE SET NULL does in SQL.
    for (auto& [cid, c] : s.contacts)
        if (c.application_id == id) c.application_id.reset();
    for (auto& [jid, j] : s.saved_jobs)
        if (j.converted_to_application_id == id) j.converted_to_application_id.reset();
    for (auto& [pid, p] : s.prep_sessions)
        if (p.application_id == id) p.application_id.reset();
}

std::optional<domain::application> in_memory_application_repository::find(const domain::id& id) {
    const auto& applications = unit_.read().applications;
    auto it = applications.find(id);
    if (it == applications.end()) return std::nullopt;
    return it->second;
}

std::vector<domain::application> in_memory_application_repository::list(const domain::id& user_id,
                                                                         const ports::application_filter& f,
                                                                         ports::page p) {
    std::vector<domain::application> found;
    for (const auto& [id, a] : unit_.read().applications) {
        if (a.user_id != user_id) continue;
        if (f.status && a.status != *f.status) continue;
        if (f.priority && a.priority != f.priority) continue;
        found.push_back(a);
    }
    std::ranges::sort(found, [](const auto& a, const auto& b) {
        return std::tie(a.created_at, a.id) > std::tie(b.created_at, b.id);
    });
    return page_of(std::move(found), p);
}

std::vector<domain::application> in_memory_application_repository::list_all(const domain::id& user_id) {
    std::vector<domain::application> found;
    for (const auto& [id, a] : unit_.read().applications)
        if (a.user_id == user_id) found.push_back(a);
    std::ranges::sort(found, [](const auto& a, const auto& b) {
        return std::tie(a.created_at, a.id) < std::tie(b.created_at, b.id);
    });
    return found;
}

}  // namespace offertracker::adapters::memory::detail
