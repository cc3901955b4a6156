// Candidates in memory: name search, the duplicate lookup, and removal with applications and match logs.
#include <algorithm>

#include "in_memory_recruiting_repositories.hpp"

namespace offertracker::adapters::memory::detail {

record_id in_memory_candidate_repository::create(const recruiting::candidate& c) {
    auto& s = unit_.write();
    require_org(s, c.org_id);
    return s.candidates.insert(c);
}

std::optional<recruiting::candidate> in_memory_candidate_repository::get(record_id org_id, record_id id) {
    if (const auto* c = row_in_org(unit_.read().candidates, org_id, id)) return *c;
    return std::nullopt;
}

ports::counted<recruiting::candidate> in_memory_candidate_repository::list(
    record_id org_id, const std::optional<std::string>& name_contains, ports::page p) {
    return counted_page(newest_first(unit_.read().candidates,
                                     [&](const recruiting::candidate& c) {
                                         return c.org_id == org_id &&
                                                (!name_contains || contains_folded(c.full_name, *name_contains));
                                     }),
                        p);
}

std::vector<recruiting::candidate> in_memory_candidate_repository::all(record_id org_id, std::size_t limit) {
    return counted_page(newest_first(unit_.read().candidates, [&](const auto& c) { return c.org_id == org_id; }),
                        ports::page{0, limit})
        .items;
}

std::vector<record_id> in_memory_candidate_repository::find_similar(record_id org_id,
                                                                    const std::optional<std::string>& email,
                                                                    const std::vector<std::string>& urls,
                                                                    record_id except) {
    const bool by_email = email && !email->empty();
    const auto key = by_email ? fold_ascii(*email) : std::string{};
    auto listed = [&](const std::optional<std::string>& url) {
        return url && !url->empty() && std::ranges::find(urls, *url) != urls.end();
    };
    std::vector<record_id> out;
    for (const auto& [id, c] : unit_.read().candidates.rows) {
        if (c.org_id != org_id || id == except) continue;
        const bool same_email = by_email && c.email && fold_ascii(*c.email) == key;
        if (same_email || listed(c.linkedin_url) || listed(c.github_url) || listed(c.website_url)) out.push_back(id);
    }
    return out;
}

bool in_memory_candidate_repository::update(const recruiting::candidate& c) {
    auto* row = row_in_org(unit_.write().candidates, c.org_id, c.id);
    if (!row) return false;
    const auto created_at = row->created_at;
    *row = c;
    row->created_at = created_at;
    return true;
}

bool in_memory_candidate_repository::remove(record_id org_id, record_id id) {
    auto& s = unit_.write();
    if (!row_in_org(s.candidates, org_id, id)) return false;
    s.candidates.rows.erase(id);
    remove_applications_where(s, [&](const auto& a) { return a.candidate_id == id; });
    std::erase_if(s.match_logs.rows, [&](const auto& row) { return row.second.candidate_id == id; });
    return true;
}

}  // namespace offertracker::adapters::memory::detail
