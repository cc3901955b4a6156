// Profile visibility (docs/behaviour.md §10): the four levels against every kind of viewer.
#include <offertracker/domain/visibility.hpp>

#include "test_support.hpp"

using namespace offertracker;
using domain::may_view_profile;
using domain::profile_visibility;
using domain::relationship;
using V = profile_visibility;

namespace {

const relationship self{.is_self = true};
const relationship follower{.follows_owner = true};
const relationship co_member{.shares_a_group = true};
const relationship both{.follows_owner = true, .shares_a_group = true};
const relationship stranger{};

}  // namespace

TEST_CASE("public: everyone", "[domain][visibility]") {
    CHECK(may_view_profile(V::public_, self));
    CHECK(may_view_profile(V::public_, follower));
    CHECK(may_view_profile(V::public_, co_member));
    CHECK(may_view_profile(V::public_, both));
    CHECK(may_view_profile(V::public_, stranger));
}

TEST_CASE("followers: the owner and users who follow the owner", "[domain][visibility]") {
    CHECK(may_view_profile(V::followers, self));
    CHECK(may_view_profile(V::followers, follower));
    CHECK_FALSE(may_view_profile(V::followers, co_member));
    CHECK(may_view_profile(V::followers, both));
    CHECK_FALSE(may_view_profile(V::followers, stranger));
}

TEST_CASE("groups: the owner and users who share a group", "[domain][visibility]") {
    CHECK(may_view_profile(V::groups, self));
    CHECK_FALSE(may_view_profile(V::groups, follower));
    CHECK(may_view_profile(V::groups, co_member));
    CHECK(may_view_profile(V::groups, both));
    CHECK_FALSE(may_view_profile(V::groups, stranger));
}

TEST_CASE("private: only the owner", "[domain][visibility]") {
    CHECK(may_view_profile(V::private_, self));
    CHECK_FALSE(may_view_profile(V::private_, follower));
    CHECK_FALSE(may_view_profile(V::private_, co_member));
    CHECK_FALSE(may_view_profile(V::private_, both));
    CHECK_FALSE(may_view_profile(V::private_, stranger));
}

TEST_CASE("the policy is usable at compile time", "[domain][visibility]") {
    STATIC_REQUIRE(may_view_profile(V::private_, relationship{.is_self = true}));
    STATIC_REQUIRE_FALSE(may_view_profile(V::private_, relationship{}));
}
