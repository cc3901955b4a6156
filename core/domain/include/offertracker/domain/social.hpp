// The social layer: follows, groups and their members, shared posts and reactions.
#pragma once

#include <offertracker/domain/enums.hpp>
#include <offertracker/domain/post_visibility.hpp>
#include <offertracker/domain/time.hpp>
#include <offertracker/domain/types.hpp>

namespace offertracker::domain {

// follower follows following (never themselves; one row per pair).
struct follow {
    domain::id id;
    domain::id follower_id;
    domain::id following_id;
    timestamp created_at{};

    friend bool operator==(const follow&, const follow&) = default;
};

struct follow_stats {
    long long followers_count = 0;
    long long following_count = 0;

    friend bool operator==(const follow_stats&, const follow_stats&) = default;
};

// A group. Private groups are unlisted; their id is the invitation (anyone holding it may join).
struct group {
    domain::id id;
    std::string name;
    std::optional<std::string> description;
    domain::id created_by;
    bool is_public = true;
    timestamp created_at{};
    timestamp updated_at{};

    friend bool operator==(const group&, const group&) = default;
};

// A group with its member count, computed by the store in the same query.
struct group_view {
    domain::group group;
    long long member_count = 0;

    friend bool operator==(const group_view&, const group_view&) = default;
};

struct group_member {
    domain::id id;
    domain::id group_id;
    domain::id user_id;
    group_role role = group_role::member;
    timestamp joined_at{};

    friend bool operator==(const group_member&, const group_member&) = default;
};

struct post {
    domain::id id;
    domain::id user_id;
    std::optional<domain::id> group_id;  // cleared when the group is deleted (the post stays)
    domain::post_type post_type = domain::post_type::update;
    std::optional<std::string> title;
    std::string content;
    bool is_public = true;
    post_audience audience = post_audience::anyone;  // fixed when written (audience_when_written)
    timestamp created_at{};
    timestamp updated_at{};

    friend bool operator==(const post&, const post&) = default;
};

// A post with its reaction count, computed by the store in the same query.
struct post_view {
    domain::post post;
    long long reaction_count = 0;

    friend bool operator==(const post_view&, const post_view&) = default;
};

// One user's reaction to one post (a new one replaces the old).
struct reaction {
    domain::id id;
    domain::id post_id;
    domain::id user_id;
    reaction_type kind = reaction_type::like;
    timestamp created_at{};

    friend bool operator==(const reaction&, const reaction&) = default;
};

}  // namespace offertracker::domain
