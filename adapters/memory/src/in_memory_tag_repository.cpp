// Tags and their assignments in memory, with the SQL schema's two unique keys and its cascades.
#include <algorithm>
#include <tuple>

#include <offertracker/ports/storage_error.hpp>

#include "in_memory_tag_repository.hpp"

namespace offertracker::adapters::memory::detail {
namespace {

// UNIQUE (user_id, name), checked against every row other than t itself.
void check_unique_name(const store_state& s, const domain::tag& t) {
    for (const auto& [id, other] : s.tags)
        if (id != t.id && other.user_id == t.user_id && other.name == t.name)
            throw ports::unique_violation("tags (user_id, name) is taken");
}

}  // namespace

void in_memory_tag_repository::insert(const domain::tag& t) {
    auto& s = unit_.write();
    if (s.tags.contains(t.id)) throw ports::unique_violation("tags.id is taken");
    require_user(s, t.user_id);
    check_unique_name(s, t);
    s.tags.emplace(t.id, t);
}

void in_memory_tag_repository::update(const domain::tag& t) {
    auto& s = unit_.write();
    auto it = s.tags.find(t.id);
    if (it == s.tags.end()) return;
    require_user(s, t.user_id);
    check_unique_name(s, t);
    it->second = t;
}

void in_memory_tag_repository::remove(const domain::id& id) {
    auto& s = unit_.write();
    if (s.tags.erase(id) == 0) return;
    erase_where(s.application_tags, [&](const domain::application_tag& x) { return x.tag_id == id; });
}

std::optional<domain::tag> in_memory_tag_repository::find(const domain::id& id) {
    return find_row(unit_.read().tags, id);
}

std::optional<domain::tag> in_memory_tag_repository::find_by_name(const domain::id& user_id, std::string_view name) {
    for (const auto& [id, t] : unit_.read().tags)
        if (t.user_id == user_id && t.name == name) return t;
    return std::nullopt;
}

std::vector<domain::tag> in_memory_tag_repository::list(const domain::id& user_id) {
    std::vector<domain::tag> found;
    for (const auto& [id, t] : unit_.read().tags)
        if (t.user_id == user_id) found.push_back(t);
    // Names are unique per user, so the id only matters for equal names of different users (never here).
    std::ranges::sort(found, [](const auto& a, const auto& b) { return std::tie(a.name, a.id) < std::tie(b.name, b.id); });
    return found;
}

void in_memory_tag_repository::assign(const domain::application_tag& link) {
    auto& s = unit_.write();
    if (s.application_tags.contains(link.id)) throw ports::unique_violation("application_tags.id is taken");
    require_user(s, link.user_id);
    require_application(s, link.application_id);
    require_tag(s, link.tag_id);
    for (const auto& [id, other] : s.application_tags)
        if (other.application_id == link.application_id && other.tag_id == link.tag_id)
            throw ports::unique_violation("application_tags (application_id, tag_id) is taken");
    s.application_tags.emplace(link.id, link);
}

bool in_memory_tag_repository::unassign(const domain::id& application_id, const domain::id& tag_id) {
    auto& s = unit_.write();
    return std::erase_if(s.application_tags, [&](const auto& row) {
               return row.second.application_id == application_id && row.second.tag_id == tag_id;
           }) > 0;
}

std::vector<std::pair<domain::application_tag, domain::tag>> in_memory_tag_repository::list_for(
    const domain::id& application_id) {
    const auto& s = unit_.read();
    std::vector<std::pair<domain::application_tag, domain::tag>> found;
    for (const auto& [id, link] : s.application_tags) {
        if (link.application_id != application_id) continue;
        // The foreign key and the cascade on tag delete guarantee the tag is there.
        found.emplace_back(link, s.tags.at(link.tag_id));
    }
    std::ranges::sort(found, [](const auto& a, const auto& b) {
        return std::tie(a.first.created_at, a.first.id) < std::tie(b.first.created_at, b.first.id);
    });
    return found;
}

}  // namespace offertracker::adapters::memory::detail
