// Applications in memory; removing one cascades to what hangs off it and unlinks contacts and saved jobs. Every
// read but find_any skips soft-deleted ones, as the SQL adapter does.
#include <algorithm>
#include <tuple>

#include <offertracker/pipeline/job_url.hpp>
#include <offertracker/ports/storage_error.hpp>
#include <offertracker/text/ascii.hpp>

#include "in_memory_application_repository.hpp"

namespace offertracker::adapters::memory::detail {
namespace {

void require_parents(const store_state& s, const domain::application& a) {
    require_user(s, a.user_id);
    if (a.resume_version_id) require_resume(s, *a.resume_version_id);
}

void remove_application(store_state& s, const domain::id& id) {
    if (s.applications.erase(id) == 0) return;
    erase_where(s.stages, [&](const domain::stage& x) { return x.application_id == id; });
    erase_where(s.outcomes, [&](const domain::outcome& x) { return x.application_id == id; });
    erase_where(s.reflections, [&](const domain::reflection& x) { return x.application_id == id; });
    erase_where(s.activity, [&](const domain::activity_entry& x) { return x.application_id == id; });
    erase_where(s.documents, [&](const domain::document& x) { return x.application_id == id; });
    erase_where(s.application_tags, [&](const domain::application_tag& x) { return x.application_id == id; });
    erase_where(s.reminders, [&](const domain::reminder& x) { return x.application_id == id; });
    // Contacts, saved jobs, practice sessions and import runs outlive the application (docs/behaviour.md §8), as
    // ON DELETE SET NULL does in SQL.
    for (auto& [cid, c] : s.contacts)
        if (c.application_id == id) c.application_id.reset();
    for (auto& [jid, j] : s.saved_jobs)
        if (j.converted_to_application_id == id) j.converted_to_application_id.reset();
    for (auto& [pid, p] : s.prep_sessions)
        if (p.application_id == id) p.application_id.reset();
    for (auto& [rid, r] : s.scraper_runs)
        if (r.job_id == id) r.job_id.reset();
}

bool contains_ascii_folded(std::string_view text, std::string_view lowered_needle) {
    return text::ascii_lower(text).find(lowered_needle) != std::string::npos;
}

// The order of search(): the sort key in the asked direction, unscored last, then id in the same direction.
bool job_before(const domain::application& a, const domain::application& b, const ports::job_query& q) {
    auto directed = [&](const auto& x, const auto& y) { return q.descending ? y < x : x < y; };
    switch (q.sort) {
        case ports::job_sort::created_at:
            if (a.created_at != b.created_at) return directed(a.created_at, b.created_at);
            break;
        case ports::job_sort::updated_at:
            if (a.updated_at != b.updated_at) return directed(a.updated_at, b.updated_at);
            break;
        case ports::job_sort::company_name:
            if (a.company_name != b.company_name) return directed(a.company_name, b.company_name);
            break;
        case ports::job_sort::ai_match_score:
            if (a.ai_match_score.has_value() != b.ai_match_score.has_value()) return a.ai_match_score.has_value();
            if (a.ai_match_score != b.ai_match_score) return directed(*a.ai_match_score, *b.ai_match_score);
            break;
    }
    return directed(a.id, b.id);
}

bool matches(const domain::application& a, const ports::job_query& q, std::string_view lowered_q) {
    if (!q.statuses.empty() && std::ranges::find(q.statuses, a.status) == q.statuses.end()) return false;
    if (q.source && a.applied_source != *q.source) return false;
    if (q.since && a.created_at < *q.since) return false;
    if (q.q && !contains_ascii_folded(a.company_name, lowered_q) && !contains_ascii_folded(a.role_title, lowered_q))
        return false;
    if (q.is_remote && (a.work_mode == domain::work_mode::remote) != *q.is_remote) return false;
    if (q.min_score && (!a.ai_match_score || *a.ai_match_score < *q.min_score)) return false;
    return true;
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

void in_memory_application_repository::remove(const domain::id& id) { remove_application(unit_.write(), id); }

std::optional<domain::application> in_memory_application_repository::find(const domain::id& id) {
    const auto& applications = unit_.read().applications;
    auto it = applications.find(id);
    if (it == applications.end() || it->second.deleted_at) return std::nullopt;
    return it->second;
}

std::optional<domain::application> in_memory_application_repository::find_any(const domain::id& id) {
    return find_row(unit_.read().applications, id);
}

std::optional<domain::application> in_memory_application_repository::find_by_url(const domain::id& user_id,
                                                                               std::string_view url) {
    const auto key = pipeline::job_url_key(url);
    if (!key) return std::nullopt;
    std::optional<domain::application> newest;
    for (const auto& [id, a] : unit_.read().applications) {
        if (a.user_id != user_id || a.deleted_at || !a.url || pipeline::job_url_key(*a.url) != key) continue;
        if (!newest || std::tie(a.created_at, a.id) > std::tie(newest->created_at, newest->id)) newest = a;
    }
    return newest;
}

ports::job_page in_memory_application_repository::search(const domain::id& user_id, const ports::job_query& q) {
    const std::string lowered_q = q.q ? text::ascii_lower(*q.q) : std::string{};
    std::vector<domain::application> found;
    for (const auto& [id, a] : unit_.read().applications)
        if (a.user_id == user_id && !a.deleted_at && matches(a, q, lowered_q)) found.push_back(a);
    std::ranges::sort(found, [&](const auto& a, const auto& b) { return job_before(a, b, q); });
    const std::size_t total = found.size();
    return {page_of(std::move(found), q.p), total};
}

std::size_t in_memory_application_repository::purge_deleted(domain::timestamp cutoff) {
    auto& s = unit_.write();
    std::vector<domain::id> doomed;
    for (const auto& [id, a] : s.applications)
        if (a.deleted_at && *a.deleted_at < cutoff) doomed.push_back(id);
    for (const auto& id : doomed) remove_application(s, id);
    return doomed.size();
}

std::vector<domain::application> in_memory_application_repository::list(const domain::id& user_id,
                                                                         const ports::application_filter& f,
                                                                         ports::page p) {
    std::vector<domain::application> found;
    for (const auto& [id, a] : unit_.read().applications) {
        if (a.user_id != user_id || a.deleted_at) continue;
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
        if (a.user_id == user_id && !a.deleted_at) found.push_back(a);
    std::ranges::sort(found, [](const auto& a, const auto& b) {
        return std::tie(a.created_at, a.id) < std::tie(b.created_at, b.id);
    });
    return found;
}

}  // namespace offertracker::adapters::memory::detail
