// Import runs in memory, with the foreign keys of schema 007 checked as SQL would.
#include "in_memory_scraper_run_repository.hpp"

#include <algorithm>
#include <tuple>

#include <offertracker/ports/storage_error.hpp>

namespace offertracker::adapters::memory::detail {

void in_memory_scraper_run_repository::insert(const pipeline::scraper_run& r) {
    auto& s = unit_.write();
    if (s.scraper_runs.contains(r.id)) throw ports::unique_violation("scraper_runs.id is taken");
    require_user(s, r.user_id);
    if (r.job_id) require_application(s, *r.job_id);
    s.scraper_runs.emplace(r.id, r);
}

void in_memory_scraper_run_repository::update(const pipeline::scraper_run& r) {
    auto& s = unit_.write();
    auto it = s.scraper_runs.find(r.id);
    if (it == s.scraper_runs.end()) return;
    if (r.job_id) require_application(s, *r.job_id);
    auto& stored = it->second;
    stored.status = r.status;
    stored.job_id = r.job_id;
    stored.created = r.created;
    stored.error = r.error;
    stored.finished_at = r.finished_at;
}

std::optional<pipeline::scraper_run> in_memory_scraper_run_repository::find(const domain::id& id) {
    return find_row(unit_.read().scraper_runs, id);
}

std::vector<pipeline::scraper_run> in_memory_scraper_run_repository::unfinished() {
    std::vector<pipeline::scraper_run> found;
    for (const auto& [id, r] : unit_.read().scraper_runs)
        if (r.status == pipeline::run_status::queued || r.status == pipeline::run_status::running) found.push_back(r);
    std::ranges::sort(found, [](const auto& a, const auto& b) {
        return std::tie(a.created_at, a.id) < std::tie(b.created_at, b.id);
    });
    return found;
}

}  // namespace offertracker::adapters::memory::detail
