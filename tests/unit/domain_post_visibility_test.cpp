// Post visibility (docs/behaviour.md §11): every cell of audience × is_public × where the post is now ×
// author, member of its group, anyone else; and the audience a new post gets from where it is written.
#include <offertracker/domain/post_visibility.hpp>

#include <set>
#include <tuple>

#include "test_support.hpp"

using namespace offertracker;
using domain::may_view_post;
using domain::post_audience;
using domain::post_place;
using domain::post_viewer;

namespace {

constexpr post_viewer author{.is_author = true};
constexpr post_viewer member{.is_member = true};
constexpr post_viewer author_and_member{.is_author = true, .is_member = true};
constexpr post_viewer anyone_else{};

struct cell {
    post_audience audience;
    bool is_public;
    post_place now;
    bool author_sees, member_sees, others_see;
};

constexpr auto anyone = post_audience::anyone;
constexpr auto members = post_audience::group_members;
constexpr auto none = post_place::no_group;  // written outside any group, or its group was deleted
constexpr auto open = post_place::public_group;
constexpr auto closed = post_place::private_group;

// "member" in a row without a group is a viewer whose membership cannot count: there is no group.
const std::vector<cell> table{
    // written outside a group or into a public group
    {anyone, true, none, true, false, true},
    {anyone, true, open, true, true, true},
    {anyone, true, closed, true, true, false},  // the group was made private later
    {anyone, false, none, true, false, false},
    {anyone, false, open, true, true, false},
    {anyone, false, closed, true, true, false},
    // written into a private group: never beyond its members and its author
    {members, true, none, true, false, false},  // the group was deleted: the author's alone
    {members, true, open, true, true, false},   // the group was made public later
    {members, true, closed, true, true, false},
    {members, false, none, true, false, false},
    {members, false, open, true, true, false},
    {members, false, closed, true, true, false},
};

}  // namespace

TEST_CASE("may_view_post: every cell of the table", "[domain][visibility][posts]") {
    std::set<std::tuple<post_audience, bool, post_place>> covered;
    for (const auto& c : table) {
        INFO("audience " << domain::to_string(c.audience) << ", is_public " << c.is_public << ", place "
                         << static_cast<int>(c.now));
        covered.insert({c.audience, c.is_public, c.now});
        CHECK(may_view_post(c.audience, c.is_public, c.now, author) == c.author_sees);
        CHECK(may_view_post(c.audience, c.is_public, c.now, author_and_member) == c.author_sees);
        CHECK(may_view_post(c.audience, c.is_public, c.now, anyone_else) == c.others_see);
        if (c.now == none)
            CHECK(may_view_post(c.audience, c.is_public, c.now, member) == c.others_see);
        else
            CHECK(may_view_post(c.audience, c.is_public, c.now, member) == c.member_sees);
    }
    CHECK(covered.size() == 2 * 2 * 3);  // the table holds every combination once
}

TEST_CASE("may_view_post: a post written into a private group reaches no one beyond members and author",
          "[domain][visibility][posts]") {
    for (bool is_public : {true, false})
        for (auto now : {none, open, closed}) CHECK_FALSE(may_view_post(members, is_public, now, anyone_else));
}

TEST_CASE("audience_when_written: a private group's members, else anyone", "[domain][visibility][posts]") {
    CHECK(domain::audience_when_written(none) == anyone);
    CHECK(domain::audience_when_written(open) == anyone);
    CHECK(domain::audience_when_written(closed) == members);
    STATIC_REQUIRE(domain::audience_when_written(closed) == members);
    STATIC_REQUIRE_FALSE(may_view_post(members, true, open, anyone_else));
}

TEST_CASE("post_audience: stored strings both ways", "[domain][visibility][posts]") {
    CHECK(domain::to_string(anyone) == "anyone");
    CHECK(domain::to_string(members) == "group_members");
    CHECK(domain::parse_enum<post_audience>("group_members") == members);
    CHECK_FALSE(domain::parse_enum<post_audience>("Anyone").has_value());
}
