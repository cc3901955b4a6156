// Who may see a post: its audience, fixed when it is written, and one pure policy used by every route that
// shows a post and mirrored by the stores' feed queries (docs/behaviour.md §11).
#pragma once

#include <offertracker/domain/enum_table.hpp>

namespace offertracker::domain {

// Who a post was written for. Recorded with the post and never changed, so nothing that later happens to its
// group (made public, deleted) widens it.
enum class post_audience {
    anyone,         // written outside any group or into a public group: its is_public flag and its group decide
    group_members,  // written into a private group: that group's members and the author, and never anyone else
};
template <>
struct enum_strings<post_audience> {
    static constexpr std::array<std::pair<post_audience, std::string_view>, 2> values{{
        {post_audience::anyone, "anyone"},
        {post_audience::group_members, "group_members"},
    }};
};

// Where a post is, at the moment it is written or now: outside any group (also once its group is deleted),
// or in a group that is public or private at that moment.
enum class post_place { no_group, public_group, private_group };

// The audience a new post gets from where it is written.
constexpr post_audience audience_when_written(post_place where) noexcept {
    return where == post_place::private_group ? post_audience::group_members : post_audience::anyone;
}

// Facts about the viewer, looked up by the caller.
struct post_viewer {
    bool is_author = false;
    bool is_member = false;  // of the post's group now (ignored when the post is in no group)
};

// A post's author sees it; the members of its group see every post in it; anyone else sees it only when it
// was written for anyone, is public, and is not (now) in a private group.
constexpr bool may_view_post(post_audience audience, bool is_public, post_place now, const post_viewer& v) noexcept {
    if (v.is_author) return true;
    if (now != post_place::no_group && v.is_member) return true;
    switch (audience) {
        case post_audience::group_members: return false;
        case post_audience::anyone: return is_public && now != post_place::private_group;
    }
    return false;
}

}  // namespace offertracker::domain
