// Jobs in memory; removing one takes its applications (with their history) and match logs with it.
#include "in_memory_recruiting_repositories.hpp"

namespace offertracker::adapters::memory::detail {

record_id in_memory_job_repository::create(const recruiting::job& j) {
    auto& s = unit_.write();
    require_org(s, j.org_id);
    return s.jobs.insert(j);
}

std::optional<recruiting::job> in_memory_job_repository::get(record_id org_id, record_id id) {
    if (const auto* j = row_in_org(unit_.read().jobs, org_id, id)) return *j;
    return std::nullopt;
}

ports::counted<recruiting::job> in_memory_job_repository::list(record_id org_id, const ports::job_filter& filter,
                                                               ports::page p) {
    return counted_page(newest_first(unit_.read().jobs,
                                     [&](const recruiting::job& j) {
                                         if (j.org_id != org_id) return false;
                                         if (filter.status && j.status != *filter.status) return false;
                                         return !filter.title_contains ||
                                                contains_folded(j.title, *filter.title_contains);
                                     }),
                        p);
}

std::vector<recruiting::job> in_memory_job_repository::all(record_id org_id, std::size_t limit) {
    return counted_page(newest_first(unit_.read().jobs, [&](const auto& j) { return j.org_id == org_id; }),
                        ports::page{0, limit})
        .items;
}

bool in_memory_job_repository::update(const recruiting::job& j) {
    auto* row = row_in_org(unit_.write().jobs, j.org_id, j.id);
    if (!row) return false;
    auto kept = *row;
    *row = j;
    row->created_by_user_id = kept.created_by_user_id;
    row->created_at = kept.created_at;
    return true;
}

bool in_memory_job_repository::remove(record_id org_id, record_id id) {
    auto& s = unit_.write();
    if (!row_in_org(s.jobs, org_id, id)) return false;
    s.jobs.rows.erase(id);
    remove_applications_where(s, [&](const auto& a) { return a.job_id == id; });
    std::erase_if(s.match_logs.rows, [&](const auto& row) { return row.second.job_id == id; });
    return true;
}

}  // namespace offertracker::adapters::memory::detail
