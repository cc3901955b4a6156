// Members in memory: the login email is unique across every organisation, compared case-insensitively.
#include <offertracker/ports/storage_error.hpp>

#include "in_memory_recruiting_repositories.hpp"

namespace offertracker::adapters::memory::detail {

record_id in_memory_member_repository::create(const recruiting::member& m) {
    auto& s = unit_.write();
    require_org(s, m.org_id);
    // The SQL stores' unique index is on lower(email).
    const auto key = fold_ascii(m.email);
    for (const auto& [id, other] : s.members.rows)
        if (fold_ascii(other.email) == key) throw ports::unique_violation("recruiting_members.email is taken");
    return s.members.insert(m);
}

std::optional<recruiting::member> in_memory_member_repository::find(record_id id) {
    const auto& rows = unit_.read().members.rows;
    auto it = rows.find(id);
    if (it == rows.end()) return std::nullopt;
    return it->second;
}

std::optional<recruiting::member> in_memory_member_repository::find_by_email(const std::string& email) {
    const auto key = fold_ascii(email);
    for (const auto& [id, m] : unit_.read().members.rows)
        if (fold_ascii(m.email) == key) return m;
    return std::nullopt;
}

std::optional<recruiting::member> in_memory_member_repository::get(record_id org_id, record_id id) {
    if (const auto* m = row_in_org(unit_.read().members, org_id, id)) return *m;
    return std::nullopt;
}

std::vector<recruiting::member> in_memory_member_repository::list(record_id org_id) {
    return oldest_first(unit_.read().members, [&](const auto& m) { return m.org_id == org_id; });
}

bool in_memory_member_repository::update(const recruiting::member& m) {
    auto& s = unit_.write();
    auto* row = row_in_org(s.members, m.org_id, m.id);
    if (!row) return false;
    row->full_name = m.full_name;
    row->role = m.role;
    row->password_hash = m.password_hash;
    row->active = m.active;
    return true;
}

}  // namespace offertracker::adapters::memory::detail
