// Posts in memory; the feeds filter by domain::may_view_post as the SQL queries do.
#include <offertracker/domain/post_visibility.hpp>
#include <offertracker/ports/storage_error.hpp>

#include "in_memory_social_repository.hpp"
#include "in_memory_social_rows.hpp"

namespace offertracker::adapters::memory::detail {

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

}  // namespace offertracker::adapters::memory::detail
