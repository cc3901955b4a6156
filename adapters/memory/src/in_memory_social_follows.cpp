// Follows in memory, with migration 003's unique key and self-follow check.
#include <offertracker/ports/storage_error.hpp>

#include "in_memory_social_repository.hpp"
#include "in_memory_social_rows.hpp"

namespace offertracker::adapters::memory::detail {

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

}  // namespace offertracker::adapters::memory::detail
