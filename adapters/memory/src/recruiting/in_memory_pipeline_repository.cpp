// Applications in memory: one per (job, candidate), their status counts and their history.
#include <offertracker/domain/enum_table.hpp>
#include <offertracker/ports/storage_error.hpp>

#include "in_memory_recruiting_repositories.hpp"

namespace offertracker::adapters::memory::detail {

record_id in_memory_pipeline_repository::create(const recruiting::application& a) {
    auto& s = unit_.write();
    require_job(s, a.org_id, a.job_id);
    require_candidate(s, a.org_id, a.candidate_id);
    for (const auto& [id, other] : s.applications.rows)
        if (other.job_id == a.job_id && other.candidate_id == a.candidate_id)
            throw ports::unique_violation("recruiting_applications (job_id, candidate_id) is taken");
    return s.applications.insert(a);
}

std::optional<recruiting::application> in_memory_pipeline_repository::get(record_id org_id, record_id id) {
    if (const auto* a = row_in_org(unit_.read().applications, org_id, id)) return *a;
    return std::nullopt;
}

ports::counted<recruiting::application> in_memory_pipeline_repository::list(record_id org_id,
                                                                            const ports::pipeline_filter& filter,
                                                                            ports::page p) {
    return counted_page(newest_first(unit_.read().applications,
                                     [&](const recruiting::application& a) {
                                         return a.org_id == org_id && (!filter.job_id || a.job_id == *filter.job_id) &&
                                                (!filter.candidate_id || a.candidate_id == *filter.candidate_id);
                                     }),
                        p);
}

bool in_memory_pipeline_repository::update(const recruiting::application& a) {
    auto* row = row_in_org(unit_.write().applications, a.org_id, a.id);
    if (!row) return false;
    row->status = a.status;
    row->source = a.source;
    row->fit_score = a.fit_score;
    row->updated_at = a.updated_at;
    return true;
}

bool in_memory_pipeline_repository::remove(record_id org_id, record_id id) {
    auto& s = unit_.write();
    if (!row_in_org(s.applications, org_id, id)) return false;
    remove_applications_where(s, [&](const auto& a) { return a.id == id; });
    return true;
}

std::vector<std::pair<recruiting::application_status, std::size_t>> in_memory_pipeline_repository::count_by_status(
    record_id org_id, record_id job_id) {
    std::vector<std::pair<recruiting::application_status, std::size_t>> out;
    // In the enum's order, as the SQL stores sort them.
    for (const auto& [status, text] : domain::enum_strings<recruiting::application_status>::values) {
        std::size_t n = 0;
        for (const auto& [id, a] : unit_.read().applications.rows)
            if (a.org_id == org_id && a.job_id == job_id && a.status == status) ++n;
        if (n > 0) out.emplace_back(status, n);
    }
    return out;
}

record_id in_memory_pipeline_repository::add_change(const recruiting::status_change& change) {
    auto& s = unit_.write();
    require_application(s, change.org_id, change.application_id);
    return s.status_changes.insert(change);
}

std::vector<recruiting::status_change> in_memory_pipeline_repository::history(record_id org_id,
                                                                              record_id application_id) {
    return oldest_first(unit_.read().status_changes, [&](const auto& c) {
        return c.org_id == org_id && c.application_id == application_id;
    });
}

}  // namespace offertracker::adapters::memory::detail
