// The social layer: follows, groups and their members, posts and reactions, and the community list
// (docs/behaviour.md §10, §11). Who may see a group or a post is decided here, once:
//   - a public group's details and members: everyone; a private group's: its members only (403 "Group is private");
//   - a post: domain::may_view_post (domain/post_visibility.hpp). Its author; the members of its group; and
//     everyone else only when it was written outside any group or into a public group (its audience, fixed
//     then), it is public, and its group is not private now. A post written into a private group therefore
//     never reaches beyond that group's members, also after the group is made public or deleted.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/social.hpp>
#include <offertracker/domain/user.hpp>
#include <offertracker/ports/page.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases {

inline constexpr std::string_view group_is_private = "Group is private";

// --- follows
// 400 "Cannot follow yourself", 404 "User not found", 400 "Already following this user" (also when two
// requests race). Counts towards progress (Connected).
domain::result<domain::follow> follow_user(services& s, const actor& who, const domain::id& user_id);
// 404 "Not following this user".
domain::result<domain::done> unfollow_user(services& s, const actor& who, const domain::id& user_id);
// Any user's followers / followees, newest first (no visibility check: they show ids only).
domain::result<std::vector<domain::follow>> list_followers(services& s, const actor& who, const domain::id& user_id,
                                                           ports::page p);
domain::result<std::vector<domain::follow>> list_following(services& s, const actor& who, const domain::id& user_id,
                                                           ports::page p);
// Counts for any id (0 and 0 for an unknown one).
domain::result<domain::follow_stats> get_follow_stats(services& s, const actor& who, const domain::id& user_id);

// --- groups
struct create_group_command {
    std::string name;                        // 1..100
    std::optional<std::string> description;
    std::optional<bool> is_public;           // default true
};

// Omitted fields are kept; null name is 422, null description clears it.
struct update_group_command {
    domain::patch<std::string> name;
    domain::patch<std::string> description;
    std::optional<bool> is_public;
};

// The creator becomes its admin member (member_count 1); counts towards progress (Part of a Circle).
domain::result<domain::group_view> create_group(services& s, const actor& who, const create_group_command& cmd);
// Public groups, newest first.
domain::result<std::vector<domain::group_view>> list_public_groups(services& s, const actor& who, ports::page p);
// The actor's groups, public or private, in the order joined.
domain::result<std::vector<domain::group_view>> list_my_groups(services& s, const actor& who);
// 404 "Group not found"; 403 "Group is private" for a private group the actor is not a member of.
domain::result<domain::group_view> get_group(services& s, const actor& who, const domain::id& group_id);
// 404, then 403 "Only group creator can update".
domain::result<domain::group_view> update_group(services& s, const actor& who, const domain::id& group_id,
                                                const update_group_command& cmd);
// 404, then 403 "Only group creator can delete". Memberships go; posts stay with group_id cleared (those written
// while it was private are then their authors' alone).
domain::result<domain::done> delete_group(services& s, const actor& who, const domain::id& group_id);
// 404 "Group not found", 400 "Already a member of this group" (also when two requests race). Private groups
// are joinable by id. Counts towards progress.
domain::result<domain::group_member> join_group(services& s, const actor& who, const domain::id& group_id);
// 404 "Not a member of this group".
domain::result<domain::done> leave_group(services& s, const actor& who, const domain::id& group_id);
// 404 "Group not found"; 403 "Group is private" for a private group the actor is not in. In the order joined.
domain::result<std::vector<domain::group_member>> list_members(services& s, const actor& who,
                                                               const domain::id& group_id);

// --- posts and reactions
struct create_post_command {
    std::string content;
    std::optional<domain::post_type> post_type;  // default Update
    std::optional<std::string> title;            // at most 255
    std::optional<domain::id> group_id;          // must exist (404) and have the actor as member (403)
    std::optional<bool> is_public;               // default true
};

// Only these three may change; null content is 422, null title clears it.
struct update_post_command {
    domain::patch<std::string> title;
    domain::patch<std::string> content;
    std::optional<bool> is_public;
};

// Counts towards progress (Sharing Insights). 404 "Group not found", 403 "Not a member of this group". Records
// the post's audience from the group's setting at this moment (domain::audience_when_written).
domain::result<domain::post_view> create_post(services& s, const actor& who, const create_post_command& cmd);
// Without group_id: public posts the actor may see, newest first. With group_id: 404 "Group not found",
// 403 "Group is private" for a private group the actor is not in; else the group's posts the actor may see.
domain::result<std::vector<domain::post_view>> feed(services& s, const actor& who,
                                                    const std::optional<domain::id>& group_id, ports::page p);
// The actor's posts, private ones included, newest first.
domain::result<std::vector<domain::post_view>> list_my_posts(services& s, const actor& who, ports::page p);
// 404 "Post not found", 403 "Not your post".
domain::result<domain::post_view> update_post(services& s, const actor& who, const domain::id& post_id,
                                              const update_post_command& cmd);
domain::result<domain::done> delete_post(services& s, const actor& who, const domain::id& post_id);
// One reaction per user per post, a new one replacing the old (default Like). 404 "Post not found", also for
// a post the actor may not see.
domain::result<domain::reaction> react(services& s, const actor& who, const domain::id& post_id,
                                       std::optional<domain::reaction_type> kind);
// 404 "No reaction to remove".
domain::result<domain::done> unreact(services& s, const actor& who, const domain::id& post_id);

// --- community
// Users with public profiles, most recently active first, never-active last; 1 <= limit <= 1000 (else 422).
domain::result<std::vector<domain::user>> community(services& s, const actor& who, long long limit);

}  // namespace offertracker::usecases
