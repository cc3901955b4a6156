// Saved jobs in memory; the application one was converted into may be deleted, which only unlinks it.
#include <algorithm>
#include <tuple>

#include <offertracker/ports/storage_error.hpp>

#include "in_memory_saved_job_repository.hpp"

namespace offertracker::adapters::memory::detail {
namespace {

void require_parents(const store_state& s, const domain::saved_job& j) {
    require_user(s, j.user_id);
    if (j.converted_to_application_id) require_application(s, *j.converted_to_application_id);
}

}  // namespace

void in_memory_saved_job_repository::insert(const domain::saved_job& j) {
    auto& s = unit_.write();
    if (s.saved_jobs.contains(j.id)) throw ports::unique_violation("saved_jobs.id is taken");
    require_parents(s, j);
    s.saved_jobs.emplace(j.id, j);
}

void in_memory_saved_job_repository::update(const domain::saved_job& j) {
    auto& s = unit_.write();
    auto it = s.saved_jobs.find(j.id);
    if (it == s.saved_jobs.end()) return;
    require_parents(s, j);
    it->second = j;
}

void in_memory_saved_job_repository::remove(const domain::id& id) {
    unit_.write().saved_jobs.erase(id);
}

std::optional<domain::saved_job> in_memory_saved_job_repository::find(const domain::id& id) {
    return find_row(unit_.read().saved_jobs, id);
}

std::vector<domain::saved_job> in_memory_saved_job_repository::list(const domain::id& user_id,
                                                                    const ports::saved_job_filter& f, ports::page p) {
    std::vector<domain::saved_job> found;
    for (const auto& [id, j] : unit_.read().saved_jobs) {
        if (j.user_id != user_id) continue;
        if (f.status && j.status != *f.status) continue;
        if (f.priority && j.priority != *f.priority) continue;
        found.push_back(j);
    }
    std::ranges::sort(found, [](const auto& a, const auto& b) {
        return std::tie(a.created_at, a.id) > std::tie(b.created_at, b.id);
    });
    return page_of(std::move(found), p);
}

}  // namespace offertracker::adapters::memory::detail
