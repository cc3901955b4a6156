// Orderings, counts and membership tests the in-memory social repository's files share.
#pragma once

#include <algorithm>
#include <tuple>
#include <vector>

#include <offertracker/domain/social.hpp>
#include <offertracker/ports/page.hpp>

#include "store_state.hpp"

namespace offertracker::adapters::memory::detail {

// Newest first: created_at desc, then id desc (the SQL stores' ORDER BY).
template <class Row>
inline bool newer(const Row& a, const Row& b) {
    return std::tie(a.created_at, a.id) > std::tie(b.created_at, b.id);
}

inline bool joined_earlier(const domain::group_member& a, const domain::group_member& b) {
    return std::tie(a.joined_at, a.id) < std::tie(b.joined_at, b.id);
}

inline long long member_count(const store_state& s, const domain::id& group_id) {
    return static_cast<long long>(
        std::ranges::count_if(s.group_members, [&](const auto& row) { return row.second.group_id == group_id; }));
}

inline long long reaction_count(const store_state& s, const domain::id& post_id) {
    return static_cast<long long>(
        std::ranges::count_if(s.reactions, [&](const auto& row) { return row.second.post_id == post_id; }));
}

inline domain::group_view group_view_of(const store_state& s, const domain::group& g) {
    return domain::group_view{g, member_count(s, g.id)};
}

inline domain::post_view post_view_of(const store_state& s, const domain::post& p) {
    return domain::post_view{p, reaction_count(s, p.id)};
}

template <class Pred>
std::vector<domain::post_view> posts_where(const store_state& s, ports::page p, Pred pred) {
    std::vector<domain::post> found;
    for (const auto& [id, post] : s.posts)
        if (pred(post)) found.push_back(post);
    std::ranges::sort(found, newer<domain::post>);
    std::vector<domain::post_view> out;
    for (auto& post : page_of(std::move(found), p)) out.push_back(post_view_of(s, post));
    return out;
}

inline bool is_member_of(const store_state& s, const domain::id& group_id, const domain::id& user_id) {
    return std::ranges::any_of(s.group_members, [&](const auto& row) {
        return row.second.group_id == group_id && row.second.user_id == user_id;
    });
}

inline bool follows_in(const store_state& s, const domain::id& follower_id, const domain::id& following_id) {
    return std::ranges::any_of(s.follows, [&](const auto& row) {
        return row.second.follower_id == follower_id && row.second.following_id == following_id;
    });
}

inline bool share_a_group_in(const store_state& s, const domain::id& a, const domain::id& b) {
    for (const auto& [id, m] : s.group_members)
        if (m.user_id == a && is_member_of(s, m.group_id, b)) return true;
    return false;
}

}  // namespace offertracker::adapters::memory::detail
