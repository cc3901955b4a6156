// Follows, groups, members, posts and reactions. Not thread-safe: one instance belongs to one unit_of_work.
// Counts (member_count, reaction_count) come from the same query as their rows: no query per row.
#pragma once

#include <optional>
#include <vector>

#include <offertracker/domain/social.hpp>
#include <offertracker/domain/user.hpp>
#include <offertracker/ports/page.hpp>

namespace offertracker::ports {

class social_repository {
public:
    virtual ~social_repository() = default;

    // --- follows
    // Throws unique_violation when follower already follows following.
    virtual void follow(const domain::follow& f) = 0;
    // False when there was no such follow.
    virtual bool unfollow(const domain::id& follower_id, const domain::id& following_id) = 0;
    virtual bool follows(const domain::id& follower_id, const domain::id& following_id) = 0;
    // Follows whose following_id is user_id (its followers), newest first (created_at desc, then id desc).
    virtual std::vector<domain::follow> followers(const domain::id& user_id, page p) = 0;
    // Follows whose follower_id is user_id, newest first.
    virtual std::vector<domain::follow> following(const domain::id& user_id, page p) = 0;
    virtual domain::follow_stats follow_stats(const domain::id& user_id) = 0;

    // --- groups
    virtual void insert_group(const domain::group& g) = 0;
    virtual void update_group(const domain::group& g) = 0;
    // Deletes the group and its memberships; its posts stay, with group_id cleared.
    virtual void remove_group(const domain::id& group_id) = 0;
    virtual std::optional<domain::group_view> find_group(const domain::id& group_id) = 0;
    // Public groups, newest first (created_at desc, then id desc).
    virtual std::vector<domain::group_view> public_groups(page p) = 0;
    // Groups user_id belongs to, in the order joined (joined_at asc, then id).
    virtual std::vector<domain::group_view> groups_of(const domain::id& user_id) = 0;
    // Throws unique_violation when the user is already a member.
    virtual void add_member(const domain::group_member& m) = 0;
    // False when the user was not a member.
    virtual bool remove_member(const domain::id& group_id, const domain::id& user_id) = 0;
    virtual bool is_member(const domain::id& group_id, const domain::id& user_id) = 0;
    // In the order joined (joined_at asc, then id).
    virtual std::vector<domain::group_member> members(const domain::id& group_id) = 0;
    // True when a and b are both members of at least one group.
    virtual bool share_a_group(const domain::id& a, const domain::id& b) = 0;

    // --- posts and reactions
    virtual void insert_post(const domain::post& p) = 0;
    // Replaces the post's fields except its audience, which stays as inserted (it is fixed when written).
    virtual void update_post(const domain::post& p) = 0;
    // Deletes the post and its reactions.
    virtual void remove_post(const domain::id& post_id) = 0;
    virtual std::optional<domain::post_view> find_post(const domain::id& post_id) = 0;
    // What everyone may see (domain::may_view_post for a viewer who is neither author nor member): public
    // posts written for anyone that are not in a private group, newest first (created_at desc, then id desc).
    // Filtered in the query, so a page is never short.
    virtual std::vector<domain::post_view> public_posts(page p) = 0;
    // The group's posts, newest first: all of them for its members (viewer_is_member), else the public ones
    // written for anyone (never those written while the group was private). Filtered in the query.
    virtual std::vector<domain::post_view> group_posts(const domain::id& group_id, bool viewer_is_member,
                                                       page p) = 0;
    // The user's own posts, private ones included, newest first.
    virtual std::vector<domain::post_view> posts_of(const domain::id& user_id, page p) = 0;
    // Records user's reaction to the post, replacing any earlier one by the same user; returns the stored row.
    // Never throws unique_violation for a repeat, also when two transactions race (an upsert).
    virtual domain::reaction react(const domain::reaction& r) = 0;
    // Removes the user's reaction to the post; false when there was none.
    virtual bool unreact(const domain::id& post_id, const domain::id& user_id) = 0;

    // --- people
    // Users whose username or display_name contains q (ASCII case-insensitive, q literal) and whom viewer may
    // see (docs/behaviour.md §10: public; followers when viewer follows them; groups when they share a group; the
    // viewer themself), ordered by username, the page applied after filtering. Must agree with
    // domain::may_view_profile (a contract test holds the two together).
    virtual std::vector<domain::user> search_visible(const domain::id& viewer_id, std::string_view q, page p) = 0;
    // Users with public profiles, most recently active first, never-active last (then username), at most limit.
    virtual std::vector<domain::user> community(std::size_t limit) = 0;
};

}  // namespace offertracker::ports
