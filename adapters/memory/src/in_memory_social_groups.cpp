// Groups and members in memory, with migration 003's keys and cascades.
#include <offertracker/ports/storage_error.hpp>

#include "in_memory_social_repository.hpp"
#include "in_memory_social_rows.hpp"

namespace offertracker::adapters::memory::detail {

void in_memory_social_repository::insert_group(const domain::group& g) {
    auto& s = unit_.write();
    if (s.groups.contains(g.id)) throw ports::unique_violation("groups.id is taken");
    require_user(s, g.created_by);
    s.groups.emplace(g.id, g);
}

void in_memory_social_repository::update_group(const domain::group& g) {
    auto& s = unit_.write();
    auto it = s.groups.find(g.id);
    if (it == s.groups.end()) return;
    require_user(s, g.created_by);
    it->second = g;
}

void in_memory_social_repository::remove_group(const domain::id& group_id) {
    auto& s = unit_.write();
    if (s.groups.erase(group_id) == 0) return;
    // group_members.group_id cascades; shared_posts.group_id is set null.
    erase_where(s.group_members, [&](const domain::group_member& m) { return m.group_id == group_id; });
    for (auto& [id, post] : s.posts)
        if (post.group_id == group_id) post.group_id.reset();
}

std::optional<domain::group_view> in_memory_social_repository::find_group(const domain::id& group_id) {
    const auto& s = unit_.read();
    auto g = find_row(s.groups, group_id);
    if (!g) return std::nullopt;
    return group_view_of(s, *g);
}

std::vector<domain::group_view> in_memory_social_repository::public_groups(ports::page p) {
    const auto& s = unit_.read();
    std::vector<domain::group> found;
    for (const auto& [id, g] : s.groups)
        if (g.is_public) found.push_back(g);
    std::ranges::sort(found, newer<domain::group>);
    std::vector<domain::group_view> out;
    for (auto& g : page_of(std::move(found), p)) out.push_back(group_view_of(s, g));
    return out;
}

std::vector<domain::group_view> in_memory_social_repository::groups_of(const domain::id& user_id) {
    const auto& s = unit_.read();
    std::vector<domain::group_member> memberships;
    for (const auto& [id, m] : s.group_members)
        if (m.user_id == user_id) memberships.push_back(m);
    std::ranges::sort(memberships, joined_earlier);
    std::vector<domain::group_view> out;
    for (const auto& m : memberships) out.push_back(group_view_of(s, s.groups.at(m.group_id)));
    return out;
}

void in_memory_social_repository::add_member(const domain::group_member& m) {
    auto& s = unit_.write();
    if (s.group_members.contains(m.id)) throw ports::unique_violation("group_members.id is taken");
    require_group(s, m.group_id);
    require_user(s, m.user_id);
    if (is_member_of(s, m.group_id, m.user_id))
        throw ports::unique_violation("group_members (group_id, user_id) is taken");
    s.group_members.emplace(m.id, m);
}

bool in_memory_social_repository::remove_member(const domain::id& group_id, const domain::id& user_id) {
    auto& s = unit_.write();
    return std::erase_if(s.group_members, [&](const auto& row) {
               return row.second.group_id == group_id && row.second.user_id == user_id;
           }) > 0;
}

bool in_memory_social_repository::is_member(const domain::id& group_id, const domain::id& user_id) {
    return is_member_of(unit_.read(), group_id, user_id);
}

std::vector<domain::group_member> in_memory_social_repository::members(const domain::id& group_id) {
    std::vector<domain::group_member> found;
    for (const auto& [id, m] : unit_.read().group_members)
        if (m.group_id == group_id) found.push_back(m);
    std::ranges::sort(found, joined_earlier);
    return found;
}

bool in_memory_social_repository::share_a_group(const domain::id& a, const domain::id& b) {
    return share_a_group_in(unit_.read(), a, b);
}

}  // namespace offertracker::adapters::memory::detail
