// Follows, groups, members, posts and reactions in memory, with migration 003's keys, checks and cascades.
#include <algorithm>
#include <tuple>

#include <offertracker/domain/post_visibility.hpp>
#include <offertracker/domain/visibility.hpp>
#include <offertracker/ports/storage_error.hpp>

#include "in_memory_social_repository.hpp"

namespace offertracker::adapters::memory::detail {
namespace {

// Newest first: created_at desc, then id desc (the SQL stores' ORDER BY).
template <class Row>
bool newer(const Row& a, const Row& b) {
    return std::tie(a.created_at, a.id) > std::tie(b.created_at, b.id);
}

bool joined_earlier(const domain::group_member& a, const domain::group_member& b) {
    return std::tie(a.joined_at, a.id) < std::tie(b.joined_at, b.id);
}

long long member_count(const store_state& s, const domain::id& group_id) {
    return static_cast<long long>(
        std::ranges::count_if(s.group_members, [&](const auto& row) { return row.second.group_id == group_id; }));
}

long long reaction_count(const store_state& s, const domain::id& post_id) {
    return static_cast<long long>(
        std::ranges::count_if(s.reactions, [&](const auto& row) { return row.second.post_id == post_id; }));
}

domain::group_view group_view_of(const store_state& s, const domain::group& g) {
    return domain::group_view{g, member_count(s, g.id)};
}

domain::post_view post_view_of(const store_state& s, const domain::post& p) {
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

bool is_member_of(const store_state& s, const domain::id& group_id, const domain::id& user_id) {
    return std::ranges::any_of(s.group_members, [&](const auto& row) {
        return row.second.group_id == group_id && row.second.user_id == user_id;
    });
}

bool follows_in(const store_state& s, const domain::id& follower_id, const domain::id& following_id) {
    return std::ranges::any_of(s.follows, [&](const auto& row) {
        return row.second.follower_id == follower_id && row.second.following_id == following_id;
    });
}

bool share_a_group_in(const store_state& s, const domain::id& a, const domain::id& b) {
    for (const auto& [id, m] : s.group_members)
        if (m.user_id == a && is_member_of(s, m.group_id, b)) return true;
    return false;
}

}  // namespace

// --- follows

void in_memory_social_repository::follow(const domain::follow& f) {
    auto& s = unit_.write();
    if (s.follows.contains(f.id)) throw ports::unique_violation("follows.id is taken");
    // CHECK (follower_id <> following_id): a check violation is not a unique one.
    if (f.follower_id == f.following_id)
        throw ports::storage_error("in-memory store: check violation: a user cannot follow themself");
    require_user(s, f.follower_id);
    require_user(s, f.following_id);
    if (follows_in(s, f.follower_id, f.following_id))
        throw ports::unique_violation("follows (follower_id, following_id) is taken");
    s.follows.emplace(f.id, f);
}

bool in_memory_social_repository::unfollow(const domain::id& follower_id, const domain::id& following_id) {
    auto& s = unit_.write();
    return std::erase_if(s.follows, [&](const auto& row) {
               return row.second.follower_id == follower_id && row.second.following_id == following_id;
           }) > 0;
}

bool in_memory_social_repository::follows(const domain::id& follower_id, const domain::id& following_id) {
    return follows_in(unit_.read(), follower_id, following_id);
}

std::vector<domain::follow> in_memory_social_repository::followers(const domain::id& user_id, ports::page p) {
    std::vector<domain::follow> found;
    for (const auto& [id, f] : unit_.read().follows)
        if (f.following_id == user_id) found.push_back(f);
    std::ranges::sort(found, newer<domain::follow>);
    return page_of(std::move(found), p);
}

std::vector<domain::follow> in_memory_social_repository::following(const domain::id& user_id, ports::page p) {
    std::vector<domain::follow> found;
    for (const auto& [id, f] : unit_.read().follows)
        if (f.follower_id == user_id) found.push_back(f);
    std::ranges::sort(found, newer<domain::follow>);
    return page_of(std::move(found), p);
}

domain::follow_stats in_memory_social_repository::follow_stats(const domain::id& user_id) {
    domain::follow_stats st;
    for (const auto& [id, f] : unit_.read().follows) {
        if (f.following_id == user_id) ++st.followers_count;
        if (f.follower_id == user_id) ++st.following_count;
    }
    return st;
}

// --- groups

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

// --- posts and reactions

void in_memory_social_repository::insert_post(const domain::post& p) {
    auto& s = unit_.write();
    if (s.posts.contains(p.id)) throw ports::unique_violation("shared_posts.id is taken");
    require_user(s, p.user_id);
    if (p.group_id) require_group(s, *p.group_id);
    s.posts.emplace(p.id, p);
}

void in_memory_social_repository::update_post(const domain::post& p) {
    auto& s = unit_.write();
    auto it = s.posts.find(p.id);
    if (it == s.posts.end()) return;
    require_user(s, p.user_id);
    if (p.group_id) require_group(s, *p.group_id);
    const auto audience = it->second.audience;  // fixed when the post was written
    it->second = p;
    it->second.audience = audience;
}

void in_memory_social_repository::remove_post(const domain::id& post_id) {
    auto& s = unit_.write();
    if (s.posts.erase(post_id) == 0) return;
    erase_where(s.reactions, [&](const domain::reaction& r) { return r.post_id == post_id; });
}

std::optional<domain::post_view> in_memory_social_repository::find_post(const domain::id& post_id) {
    const auto& s = unit_.read();
    auto post = find_row(s.posts, post_id);
    if (!post) return std::nullopt;
    return post_view_of(s, *post);
}

std::vector<domain::post_view> in_memory_social_repository::public_posts(ports::page p) {
    const auto& s = unit_.read();
    // The policy itself, for a viewer who is neither author nor member.
    return posts_where(s, p, [&](const domain::post& post) {
        auto place = domain::post_place::no_group;
        if (post.group_id) {
            const auto g = s.groups.find(*post.group_id);
            if (g == s.groups.end()) return false;  // unreachable: deleting a group clears group_id
            place = g->second.is_public ? domain::post_place::public_group : domain::post_place::private_group;
        }
        return domain::may_view_post(post.audience, post.is_public, place, domain::post_viewer{});
    });
}

std::vector<domain::post_view> in_memory_social_repository::group_posts(const domain::id& group_id,
                                                                        bool viewer_is_member, ports::page p) {
    return posts_where(unit_.read(), p, [&](const domain::post& post) {
        return post.group_id == group_id &&
               (viewer_is_member || (post.audience == domain::post_audience::anyone && post.is_public));
    });
}

std::vector<domain::post_view> in_memory_social_repository::posts_of(const domain::id& user_id, ports::page p) {
    return posts_where(unit_.read(), p, [&](const domain::post& post) { return post.user_id == user_id; });
}

domain::reaction in_memory_social_repository::react(const domain::reaction& r) {
    auto& s = unit_.write();
    // ON CONFLICT (post_id, user_id) DO UPDATE SET reaction: the stored row keeps its id and created_at.
    for (auto& [id, existing] : s.reactions) {
        if (existing.post_id == r.post_id && existing.user_id == r.user_id) {
            existing.kind = r.kind;
            return existing;
        }
    }
    if (s.reactions.contains(r.id)) throw ports::unique_violation("post_reactions.id is taken");
    require_post(s, r.post_id);
    require_user(s, r.user_id);
    s.reactions.emplace(r.id, r);
    return r;
}

bool in_memory_social_repository::unreact(const domain::id& post_id, const domain::id& user_id) {
    auto& s = unit_.write();
    return std::erase_if(s.reactions, [&](const auto& row) {
               return row.second.post_id == post_id && row.second.user_id == user_id;
           }) > 0;
}

// --- people

std::vector<domain::user> in_memory_social_repository::search_visible(const domain::id& viewer_id,
                                                                       std::string_view q, ports::page p) {
    const auto& s = unit_.read();
    const std::string needle = ascii_lower(q);
    auto contains = [&](std::string_view text) { return ascii_lower(text).find(needle) != std::string::npos; };

    std::vector<domain::user> found;
    for (const auto& [id, u] : s.users) {
        if (!contains(u.username) && !(u.display_name && contains(*u.display_name))) continue;
        // The policy itself, so this store agrees with domain::may_view_profile by construction.
        const domain::relationship rel{
            .is_self = u.id == viewer_id,
            .follows_owner = follows_in(s, viewer_id, u.id),
            .shares_a_group = share_a_group_in(s, viewer_id, u.id),
        };
        if (domain::may_view_profile(u.visibility, rel)) found.push_back(u);
    }
    std::ranges::sort(found, {}, &domain::user::username);
    return page_of(std::move(found), p);
}

std::vector<domain::user> in_memory_social_repository::community(std::size_t limit) {
    std::vector<domain::user> found;
    for (const auto& [id, u] : unit_.read().users)
        if (u.visibility == domain::profile_visibility::public_) found.push_back(u);
    std::ranges::sort(found, [](const domain::user& a, const domain::user& b) {
        // Most recently active first; never active (nullopt) after every date.
        if (a.last_active_date != b.last_active_date) {
            if (!a.last_active_date) return false;
            if (!b.last_active_date) return true;
            return *a.last_active_date > *b.last_active_date;
        }
        return a.username < b.username;
    });
    if (found.size() > limit) found.resize(limit);
    return found;
}

}  // namespace offertracker::adapters::memory::detail
