// Contract of ports::social_repository (follows, groups, members, posts, reactions, people), run against every store;
// the feeds are held to domain::may_view_post for posts written into public, private and later changed groups.
#include <catch2/catch.hpp>

#include <tuple>

#include <offertracker/domain/post_visibility.hpp>
#include <offertracker/domain/visibility.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

namespace {

std::vector<domain::id> group_ids(const std::vector<domain::group_view>& rows) {
    std::vector<domain::id> out;
    for (const auto& v : rows) out.push_back(v.group.id);
    return out;
}

std::vector<long long> member_counts(const std::vector<domain::group_view>& rows) {
    std::vector<long long> out;
    for (const auto& v : rows) out.push_back(v.member_count);
    return out;
}

std::vector<domain::id> post_ids(const std::vector<domain::post_view>& rows) {
    std::vector<domain::id> out;
    for (const auto& v : rows) out.push_back(v.post.id);
    return out;
}

std::vector<long long> reaction_counts(const std::vector<domain::post_view>& rows) {
    std::vector<long long> out;
    for (const auto& v : rows) out.push_back(v.reaction_count);
    return out;
}

std::vector<std::string> usernames(const std::vector<domain::user>& rows) {
    std::vector<std::string> out;
    for (const auto& u : rows) out.push_back(u.username);
    return out;
}

}  // namespace

TEST_CASE("social: follow, follows, unfollow; a second follow of the pair is a unique_violation",
          "[contract][social]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto a = make_user(1);
        const auto b = make_user(2);
        write(*store, [&](auto& uow) {
            uow.users().insert(a);
            uow.users().insert(b);
            uow.social().follow(make_follow(1, a.id, b.id));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.social().follows(a.id, b.id));
            CHECK_FALSE(uow.social().follows(b.id, a.id));  // directed
            return 0;
        });
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->social().follow(make_follow(2, a.id, b.id)), ports::unique_violation);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->social().follow(make_follow(3, a.id, a.id)), ports::storage_error);  // CHECK
        }
        write(*store, [&](auto& uow) { uow.social().follow(make_follow(4, b.id, a.id)); });  // the other way is fine
        write(*store, [&](auto& uow) {
            CHECK(uow.social().unfollow(a.id, b.id));
            CHECK_FALSE(uow.social().unfollow(a.id, b.id));
        });
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.social().follows(a.id, b.id));
            CHECK(uow.social().follows(b.id, a.id));
            return 0;
        });
    }
}

TEST_CASE("social: followers and following are newest first (then id desc), paged; follow_stats counts both",
          "[contract][social]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto star = make_user(1);
        std::vector<domain::user> fans;
        for (int n = 2; n <= 5; ++n) fans.push_back(make_user(n));
        auto f1 = make_follow(1, fans[0].id, star.id);
        auto f2 = make_follow(2, fans[1].id, star.id);
        auto f3 = make_follow(3, fans[2].id, star.id);
        auto f4 = make_follow(4, fans[3].id, star.id);
        f1.created_at = at(50);
        f2.created_at = at(10);
        f3.created_at = at(10);  // same instant as f2: id decides (desc)
        f4.created_at = at(30, 7);
        auto back1 = make_follow(5, star.id, fans[0].id);
        auto back2 = make_follow(6, star.id, fans[1].id);
        back1.created_at = at(1);
        back2.created_at = at(2);
        const auto unrelated = make_follow(7, fans[2].id, fans[3].id);
        write(*store, [&](auto& uow) {
            uow.users().insert(star);
            for (const auto& u : fans) uow.users().insert(u);
            for (const auto& x : {f1, f2, f3, f4, back1, back2, unrelated}) uow.social().follow(x);
        });
        read(*store, [&](auto& uow) {
            auto& s = uow.social();
            const auto all = s.followers(star.id, {0, 100});
            CHECK(all == std::vector<domain::follow>{f1, f4, f3, f2});
            CHECK(ids_of(s.followers(star.id, {1, 2})) == std::vector<domain::id>{f4.id, f3.id});
            CHECK(s.followers(star.id, {4, 10}).empty());
            CHECK(s.following(star.id, {0, 100}) == std::vector<domain::follow>{back2, back1});
            CHECK(ids_of(s.following(star.id, {1, 5})) == std::vector<domain::id>{back1.id});
            CHECK(s.follow_stats(star.id) == domain::follow_stats{4, 2});
            CHECK(s.follow_stats(fans[2].id) == domain::follow_stats{0, 2});
            CHECK(s.follow_stats(fans[3].id) == domain::follow_stats{1, 1});
            CHECK(s.follow_stats(uuid(table::user, 99)) == domain::follow_stats{});
            return 0;
        });
    }
}

TEST_CASE("social: groups with member_count in find, public_groups and groups_of; update; membership rules",
          "[contract][social]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto a = make_user(1);
        const auto b = make_user(2);
        const auto c = make_user(3);
        auto g1 = make_group(1, a.id);
        g1.description = "Job hunters — 東京";
        auto g2 = make_group(2, b.id);
        g2.created_at = at(9000);  // newest
        auto hidden = make_group(3, a.id);
        hidden.is_public = false;
        hidden.created_at = at(9999);
        auto g4 = make_group(4, c.id);
        g4.created_at = g1.created_at;  // tie with g1: id desc puts g4 first
        write(*store, [&](auto& uow) {
            for (const auto& u : {a, b, c}) uow.users().insert(u);
            for (const auto& g : {g1, g2, hidden, g4}) uow.social().insert_group(g);
            auto m1 = make_member(1, g1.id, a.id);
            m1.role = domain::group_role::admin;
            uow.social().add_member(m1);
            uow.social().add_member(make_member(2, g1.id, b.id));
            uow.social().add_member(make_member(3, g1.id, c.id));
            uow.social().add_member(make_member(4, g2.id, b.id));
            uow.social().add_member(make_member(5, hidden.id, a.id));
            uow.social().add_member(make_member(6, hidden.id, c.id));
        });
        read(*store, [&](auto& uow) {
            auto& s = uow.social();
            CHECK(s.find_group(g1.id) == domain::group_view{g1, 3});
            CHECK(s.find_group(hidden.id) == domain::group_view{hidden, 2});  // private groups are found by id
            CHECK(s.find_group(g4.id) == domain::group_view{g4, 0});
            CHECK_FALSE(s.find_group(uuid(table::group, 99)).has_value());
            const auto listed = s.public_groups({0, 100});
            CHECK(group_ids(listed) == std::vector<domain::id>{g2.id, g4.id, g1.id});
            CHECK(member_counts(listed) == std::vector<long long>{1, 0, 3});
            CHECK(listed.at(2).group == g1);
            CHECK(group_ids(s.public_groups({1, 1})) == std::vector<domain::id>{g4.id});
            CHECK(s.public_groups({3, 10}).empty());
            const auto of_c = s.groups_of(c.id);  // joined order: g1 (member 3) then hidden (member 6)
            CHECK(group_ids(of_c) == std::vector<domain::id>{g1.id, hidden.id});
            CHECK(member_counts(of_c) == std::vector<long long>{3, 2});
            CHECK(s.groups_of(uuid(table::user, 99)).empty());
            CHECK(s.is_member(g1.id, b.id));
            CHECK_FALSE(s.is_member(g2.id, a.id));
            const auto members = s.members(g1.id);
            CHECK(ids_of(members) ==
                  std::vector<domain::id>{uuid(table::group_member, 1), uuid(table::group_member, 2),
                                          uuid(table::group_member, 3)});
            CHECK(members.at(0).role == domain::group_role::admin);
            CHECK(members.at(1) == make_member(2, g1.id, b.id));
            CHECK(s.members(uuid(table::group, 99)).empty());
            return 0;
        });
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->social().add_member(make_member(7, g1.id, b.id)), ports::unique_violation);
        }
        auto renamed = g1;
        renamed.name = "Renamed";
        renamed.description.reset();
        renamed.is_public = false;
        renamed.updated_at = at(20000);
        write(*store, [&](auto& uow) {
            uow.social().update_group(renamed);
            CHECK(uow.social().remove_member(g1.id, b.id));
            CHECK_FALSE(uow.social().remove_member(g1.id, b.id));
        });
        read(*store, [&](auto& uow) {
            auto& s = uow.social();
            CHECK(s.find_group(g1.id) == domain::group_view{renamed, 2});
            CHECK(group_ids(s.public_groups({0, 100})) == std::vector<domain::id>{g2.id, g4.id});
            CHECK_FALSE(s.is_member(g1.id, b.id));
            CHECK(group_ids(s.groups_of(b.id)) == std::vector<domain::id>{g2.id});
            return 0;
        });
    }
}

TEST_CASE("social: members and groups_of are in the order joined, then id", "[contract][social]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto a = make_user(1);
        const auto b = make_user(2);
        const auto g1 = make_group(1, a.id);
        const auto g2 = make_group(2, a.id);
        const auto g3 = make_group(3, a.id);
        auto late = make_member(1, g1.id, a.id);
        late.joined_at = at(500);
        auto early = make_member(3, g2.id, a.id);
        early.joined_at = at(100);
        auto tie = make_member(2, g3.id, a.id);
        tie.joined_at = at(100);  // same instant as early, smaller id: first
        auto b_in_g1 = make_member(4, g1.id, b.id);
        b_in_g1.joined_at = at(50);
        write(*store, [&](auto& uow) {
            uow.users().insert(a);
            uow.users().insert(b);
            for (const auto& g : {g1, g2, g3}) uow.social().insert_group(g);
            for (const auto& m : {late, early, tie, b_in_g1}) uow.social().add_member(m);
        });
        read(*store, [&](auto& uow) {
            CHECK(group_ids(uow.social().groups_of(a.id)) == std::vector<domain::id>{g3.id, g2.id, g1.id});
            CHECK(uow.social().members(g1.id) == std::vector<domain::group_member>{b_in_g1, late});
            return 0;
        });
    }
}

TEST_CASE("social: share_a_group is true exactly when both are members of one group", "[contract][social]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto a = make_user(1);
        const auto b = make_user(2);
        const auto c = make_user(3);
        const auto d = make_user(4);
        const auto g1 = make_group(1, a.id);
        const auto g2 = make_group(2, c.id);
        write(*store, [&](auto& uow) {
            for (const auto& u : {a, b, c, d}) uow.users().insert(u);
            uow.social().insert_group(g1);
            uow.social().insert_group(g2);
            uow.social().add_member(make_member(1, g1.id, a.id));
            uow.social().add_member(make_member(2, g1.id, b.id));
            uow.social().add_member(make_member(3, g2.id, c.id));
            uow.social().add_member(make_member(4, g2.id, b.id));
        });
        read(*store, [&](auto& uow) {
            auto& s = uow.social();
            CHECK(s.share_a_group(a.id, b.id));
            CHECK(s.share_a_group(b.id, a.id));
            CHECK(s.share_a_group(b.id, c.id));
            CHECK_FALSE(s.share_a_group(a.id, c.id));  // b bridges them, but that is no common group
            CHECK_FALSE(s.share_a_group(a.id, d.id));
            CHECK_FALSE(s.share_a_group(d.id, d.id));
            return 0;
        });
    }
}

TEST_CASE("social: remove_group deletes its memberships and keeps its posts with group_id cleared",
          "[contract][social]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto a = make_user(1);
        const auto b = make_user(2);
        const auto doomed = make_group(1, a.id);
        const auto kept = make_group(2, a.id);
        auto in_doomed = make_post(1, a.id);
        in_doomed.group_id = doomed.id;
        in_doomed.is_public = false;
        auto in_kept = make_post(2, b.id);
        in_kept.group_id = kept.id;
        write(*store, [&](auto& uow) {
            uow.users().insert(a);
            uow.users().insert(b);
            uow.social().insert_group(doomed);
            uow.social().insert_group(kept);
            uow.social().add_member(make_member(1, doomed.id, a.id));
            uow.social().add_member(make_member(2, doomed.id, b.id));
            uow.social().add_member(make_member(3, kept.id, b.id));
            uow.social().insert_post(in_doomed);
            uow.social().insert_post(in_kept);
            uow.social().react(make_reaction(1, in_doomed.id, b.id));
        });
        write(*store, [&](auto& uow) { uow.social().remove_group(doomed.id); });
        read(*store, [&](auto& uow) {
            auto& s = uow.social();
            CHECK_FALSE(s.find_group(doomed.id).has_value());
            CHECK(s.members(doomed.id).empty());
            CHECK_FALSE(s.is_member(doomed.id, a.id));
            CHECK(s.groups_of(a.id).empty());
            CHECK(group_ids(s.groups_of(b.id)) == std::vector<domain::id>{kept.id});
            CHECK(s.group_posts(doomed.id, true, {0, 100}).empty());
            auto orphan = in_doomed;
            orphan.group_id.reset();
            CHECK(s.find_post(in_doomed.id) == domain::post_view{orphan, 1});  // the post and its reaction stay
            CHECK(s.find_post(in_kept.id) == domain::post_view{in_kept, 0});
            CHECK(post_ids(s.group_posts(kept.id, true, {0, 100})) == std::vector<domain::id>{in_kept.id});
            CHECK(s.find_group(kept.id) == domain::group_view{kept, 1});
            return 0;
        });
    }
}

TEST_CASE("social: posts with reaction_count in find, public_posts, group_posts and posts_of; order and paging",
          "[contract][social]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto a = make_user(1);
        const auto b = make_user(2);
        const auto c = make_user(3);
        const auto g = make_group(1, a.id);
        auto p1 = make_post(1, a.id);
        p1.post_type = domain::post_type::tip;
        p1.title = "Negotiate — 100%";
        p1.created_at = at(10);
        auto p2 = make_post(2, a.id);  // private, in the group
        p2.is_public = false;
        p2.group_id = g.id;
        p2.created_at = at(30);
        auto p3 = make_post(3, b.id);  // public, in the group
        p3.group_id = g.id;
        p3.post_type = domain::post_type::celebration;
        p3.created_at = at(20);
        auto p4 = make_post(4, b.id);
        p4.created_at = at(20);  // tie with p3: id desc puts p4 first
        write(*store, [&](auto& uow) {
            for (const auto& u : {a, b, c}) uow.users().insert(u);
            uow.social().insert_group(g);
            for (const auto& p : {p1, p2, p3, p4}) uow.social().insert_post(p);
            uow.social().react(make_reaction(1, p1.id, a.id));
            uow.social().react(make_reaction(2, p1.id, b.id));
            uow.social().react(make_reaction(3, p1.id, c.id));
            uow.social().react(make_reaction(4, p2.id, b.id));
            uow.social().react(make_reaction(5, p4.id, a.id));
        });
        read(*store, [&](auto& uow) {
            auto& s = uow.social();
            CHECK(s.find_post(p1.id) == domain::post_view{p1, 3});
            CHECK(s.find_post(p2.id) == domain::post_view{p2, 1});
            CHECK(s.find_post(p3.id) == domain::post_view{p3, 0});
            CHECK_FALSE(s.find_post(uuid(table::post, 99)).has_value());
            const auto feed = s.public_posts({0, 100});
            CHECK(post_ids(feed) == std::vector<domain::id>{p4.id, p3.id, p1.id});
            CHECK(reaction_counts(feed) == std::vector<long long>{1, 0, 3});
            CHECK(feed.at(2).post == p1);
            CHECK(post_ids(s.public_posts({1, 1})) == std::vector<domain::id>{p3.id});
            CHECK(s.public_posts({3, 5}).empty());
            const auto in_group = s.group_posts(g.id, true, {0, 100});
            CHECK(post_ids(in_group) == std::vector<domain::id>{p2.id, p3.id});  // private ones too, for members
            CHECK(reaction_counts(in_group) == std::vector<long long>{1, 0});
            CHECK(post_ids(s.group_posts(g.id, true, {1, 100})) == std::vector<domain::id>{p3.id});
            CHECK(post_ids(s.group_posts(g.id, false, {0, 100})) == std::vector<domain::id>{p3.id});
            const auto mine = s.posts_of(a.id, {0, 100});
            CHECK(post_ids(mine) == std::vector<domain::id>{p2.id, p1.id});
            CHECK(reaction_counts(mine) == std::vector<long long>{1, 3});
            CHECK(post_ids(s.posts_of(a.id, {0, 1})) == std::vector<domain::id>{p2.id});
            CHECK(s.posts_of(c.id, {0, 100}).empty());
            return 0;
        });
        auto edited = p1;
        edited.title.reset();
        edited.content = "Edited";
        edited.is_public = false;
        edited.updated_at = at(40000);
        write(*store, [&](auto& uow) { uow.social().update_post(edited); });
        read(*store, [&](auto& uow) {
            CHECK(uow.social().find_post(p1.id) == domain::post_view{edited, 3});
            CHECK(post_ids(uow.social().public_posts({0, 100})) == std::vector<domain::id>{p4.id, p3.id});
            return 0;
        });
        // A public post inside a private group is for its members only: never in the everyone feed, and the
        // filter runs in the query, so the first page is still full.
        auto hidden_group = make_group(2, c.id);
        hidden_group.is_public = false;
        auto p5 = make_post(5, c.id);
        p5.group_id = hidden_group.id;
        p5.created_at = at(50000);
        write(*store, [&](auto& uow) {
            uow.social().insert_group(hidden_group);
            uow.social().insert_post(p5);
        });
        read(*store, [&](auto& uow) {
            CHECK(post_ids(uow.social().public_posts({0, 1})) == std::vector<domain::id>{p4.id});
            CHECK(post_ids(uow.social().group_posts(hidden_group.id, false, {0, 100})) == std::vector<domain::id>{p5.id});
            return 0;
        });
    }
}

TEST_CASE("social: react is an upsert per (post, user) that replaces the kind; unreact; remove_post takes reactions",
          "[contract][social]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto a = make_user(1);
        const auto b = make_user(2);
        const auto p = make_post(1, a.id);
        const auto other_post = make_post(2, a.id);
        const auto first = make_reaction(1, p.id, b.id);  // Like
        write(*store, [&](auto& uow) {
            uow.users().insert(a);
            uow.users().insert(b);
            uow.social().insert_post(p);
            uow.social().insert_post(other_post);
            CHECK(uow.social().react(first) == first);
        });
        auto again = make_reaction(2, p.id, b.id);
        again.kind = domain::reaction_type::insightful;
        again.created_at = at(99999);
        write(*store, [&](auto& uow) {
            auto stored = first;  // the row keeps its id and created_at; only the kind changes
            stored.kind = domain::reaction_type::insightful;
            CHECK(uow.social().react(again) == stored);
            CHECK(uow.social().react(again) == stored);  // a repeat of the same kind is no error either
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.social().find_post(p.id)->reaction_count == 1);
            return 0;
        });
        write(*store, [&](auto& uow) {
            auto by_a = make_reaction(3, p.id, a.id);
            by_a.kind = domain::reaction_type::support;
            CHECK(uow.social().react(by_a) == by_a);
            uow.social().react(make_reaction(4, other_post.id, b.id));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.social().find_post(p.id)->reaction_count == 2);
            return 0;
        });
        write(*store, [&](auto& uow) {
            CHECK(uow.social().unreact(p.id, b.id));
            CHECK_FALSE(uow.social().unreact(p.id, b.id));
            CHECK_FALSE(uow.social().unreact(other_post.id, a.id));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.social().find_post(p.id)->reaction_count == 1);
            CHECK(uow.social().find_post(other_post.id)->reaction_count == 1);
            return 0;
        });
        write(*store, [&](auto& uow) { uow.social().remove_post(p.id); });
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.social().find_post(p.id).has_value());
            CHECK(uow.social().find_post(other_post.id)->reaction_count == 1);
            return 0;
        });
        // The same id again starts with no reactions: remove_post took them with it.
        write(*store, [&](auto& uow) { uow.social().insert_post(p); });
        read(*store, [&](auto& uow) {
            CHECK(uow.social().find_post(p.id) == domain::post_view{p, 0});
            return 0;
        });
        write(*store, [&](auto& uow) {
            const auto fresh = make_reaction(5, p.id, a.id);
            CHECK(uow.social().react(fresh) == fresh);  // a new row: the earlier one by a went with the post
        });
    }
}

TEST_CASE("social: search_visible agrees with domain::may_view_profile for every level and viewer kind",
          "[contract][social]") {
    using domain::profile_visibility;
    const std::vector<profile_visibility> levels{profile_visibility::public_, profile_visibility::followers,
                                                 profile_visibility::groups, profile_visibility::private_};
    enum class viewer_kind { self, follower, co_member, stranger };
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        for (auto level : levels) {
            auto store = f.make();
            auto owner = make_user(1);
            owner.username = "owner";
            owner.display_name = "Target Person";
            owner.visibility = level;
            owner.is_profile_public = level == profile_visibility::public_;
            const auto follower = make_user(2);
            const auto co_member = make_user(3);
            const auto stranger = make_user(4);
            const auto g = make_group(1, co_member.id);
            write(*store, [&](auto& uow) {
                for (const auto& u : {owner, follower, co_member, stranger}) uow.users().insert(u);
                uow.social().follow(make_follow(1, follower.id, owner.id));
                // The owner following the stranger, and the stranger in a group without the owner, must
                // reveal nothing: only the viewer → owner direction and a common group count.
                uow.social().follow(make_follow(2, owner.id, stranger.id));
                uow.social().insert_group(g);
                uow.social().insert_group(make_group(2, stranger.id));
                uow.social().add_member(make_member(1, g.id, co_member.id));
                uow.social().add_member(make_member(2, g.id, owner.id));
                uow.social().add_member(make_member(3, uuid(table::group, 2), stranger.id));
            });
            for (auto kind : {viewer_kind::self, viewer_kind::follower, viewer_kind::co_member, viewer_kind::stranger}) {
                domain::relationship rel;
                domain::id viewer;
                switch (kind) {
                    case viewer_kind::self: viewer = owner.id; rel.is_self = true; break;
                    case viewer_kind::follower: viewer = follower.id; rel.follows_owner = true; break;
                    case viewer_kind::co_member: viewer = co_member.id; rel.shares_a_group = true; break;
                    case viewer_kind::stranger: viewer = stranger.id; break;
                }
                const bool expected = domain::may_view_profile(level, rel);
                INFO("level " << domain::to_string(level) << ", viewer kind " << static_cast<int>(kind));
                read(*store, [&](auto& uow) {
                    // By username and by display name (case-insensitive), the same answer.
                    for (std::string_view q : {"OWNER", "target p"}) {
                        const auto found = uow.social().search_visible(viewer, q, {0, 100});
                        CHECK(found == (expected ? std::vector<domain::user>{owner} : std::vector<domain::user>{}));
                    }
                    // The relationship facts the policy was fed are the store's own.
                    CHECK(uow.social().follows(viewer, owner.id) == rel.follows_owner);
                    CHECK(uow.social().share_a_group(viewer, owner.id) == (rel.shares_a_group || (rel.is_self)));
                    return 0;
                });
            }
        }
    }
}

TEST_CASE("social: search_visible matches literally, orders by username and pages after filtering",
          "[contract][social]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto viewer = make_user(1);
        auto make = [](int n, std::string name, domain::profile_visibility v) {
            auto u = make_user(n);
            u.username = std::move(name);
            u.visibility = v;
            u.is_profile_public = v == domain::profile_visibility::public_;
            return u;
        };
        using domain::profile_visibility;
        const auto hidden1 = make(2, "dev_a", profile_visibility::private_);
        const auto hidden2 = make(3, "dev_b", profile_visibility::followers);  // not followed
        const auto shown1 = make(4, "dev_d", profile_visibility::public_);
        const auto shown2 = make(5, "dev_c", profile_visibility::followers);
        const auto shown3 = make(6, "dev_e", profile_visibility::public_);
        auto by_display = make(7, "zed", profile_visibility::public_);
        by_display.display_name = "Senior DEV_ lead";
        const auto wildcard_victim = make(8, "devXa", profile_visibility::public_);  // "_" must not match X
        write(*store, [&](auto& uow) {
            uow.users().insert(viewer);
            for (const auto& u : {hidden1, hidden2, shown1, shown2, shown3, by_display, wildcard_victim})
                uow.users().insert(u);
            uow.social().follow(make_follow(1, viewer.id, shown2.id));
        });
        read(*store, [&](auto& uow) {
            auto& s = uow.social();
            CHECK(usernames(s.search_visible(viewer.id, "DEV_", {0, 100})) ==
                  std::vector<std::string>{"dev_c", "dev_d", "dev_e", "zed"});
            // A page is taken from the visible rows only: the hidden dev_a and dev_b take no place in it.
            CHECK(usernames(s.search_visible(viewer.id, "dev_", {0, 2})) == std::vector<std::string>{"dev_c", "dev_d"});
            CHECK(usernames(s.search_visible(viewer.id, "dev_", {2, 2})) == std::vector<std::string>{"dev_e", "zed"});
            CHECK(s.search_visible(viewer.id, "dev_", {4, 2}).empty());
            CHECK(usernames(s.search_visible(viewer.id, "%", {0, 100})).empty());
            CHECK(usernames(s.search_visible(viewer.id, "user1", {0, 100})) == std::vector<std::string>{"user1"});
            return 0;
        });
    }
}

TEST_CASE("social: community lists public profiles, most recently active first, never active last, then username",
          "[contract][social]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        auto make = [](int n, std::string name, std::optional<domain::date> active, domain::profile_visibility v) {
            auto u = make_user(n);
            u.username = std::move(name);
            u.last_active_date = active;
            u.visibility = v;
            u.is_profile_public = v == domain::profile_visibility::public_;
            return u;
        };
        using domain::profile_visibility;
        const auto never_b = make(1, "b_never", std::nullopt, profile_visibility::public_);
        const auto never_a = make(2, "a_never", std::nullopt, profile_visibility::public_);
        const auto old = make(3, "old", day(2025, 1, 5), profile_visibility::public_);
        const auto recent_z = make(4, "z_recent", day(2026, 3, 1), profile_visibility::public_);
        const auto recent_m = make(5, "m_recent", day(2026, 3, 1), profile_visibility::public_);
        const auto hidden = make(6, "hidden", day(2026, 4, 1), profile_visibility::followers);
        const auto private_one = make(7, "private", day(2026, 4, 2), profile_visibility::private_);
        write(*store, [&](auto& uow) {
            for (const auto& u : {never_b, never_a, old, recent_z, recent_m, hidden, private_one}) uow.users().insert(u);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.social().community(100) ==
                  std::vector<domain::user>{recent_m, recent_z, old, never_a, never_b});
            CHECK(usernames(uow.social().community(3)) == std::vector<std::string>{"m_recent", "z_recent", "old"});
            CHECK(uow.social().community(0).empty());
            return 0;
        });
    }
}

TEST_CASE("social: progress counts following, group memberships (the creator's admin row too) and posts",
          "[contract][social][progress]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto a = make_user(1);
        const auto b = make_user(2);
        const auto c = make_user(3);
        const auto g1 = make_group(1, a.id);
        const auto g2 = make_group(2, b.id);
        write(*store, [&](auto& uow) {
            for (const auto& u : {a, b, c}) uow.users().insert(u);
            uow.social().follow(make_follow(1, a.id, b.id));
            uow.social().follow(make_follow(2, a.id, c.id));
            uow.social().follow(make_follow(3, b.id, a.id));  // a's follower: not counted for a
            uow.social().insert_group(g1);
            uow.social().insert_group(g2);
            auto admin = make_member(1, g1.id, a.id);
            admin.role = domain::group_role::admin;
            uow.social().add_member(admin);
            uow.social().add_member(make_member(2, g2.id, a.id));
            uow.social().add_member(make_member(3, g2.id, b.id));
            auto private_post = make_post(1, a.id);
            private_post.is_public = false;
            uow.social().insert_post(private_post);
            uow.social().insert_post(make_post(2, a.id));
            uow.social().insert_post(make_post(3, a.id));
            uow.social().insert_post(make_post(4, b.id));
        });
        auto counts = [&](const domain::id& user_id) {
            return read(*store, [&](auto& uow) { return uow.progress().counts(user_id); });
        };
        domain::progress_counts for_a;
        for_a.following = 2;
        for_a.group_memberships = 2;
        for_a.posts = 3;
        CHECK(counts(a.id) == for_a);
        domain::progress_counts for_b;
        for_b.following = 1;
        for_b.group_memberships = 1;
        for_b.posts = 1;
        CHECK(counts(b.id) == for_b);
        CHECK(counts(c.id) == domain::progress_counts{});

        write(*store, [&](auto& uow) {
            uow.social().unfollow(a.id, c.id);
            uow.social().remove_group(g2.id);
            uow.social().remove_post(uuid(table::post, 2));
        });
        for_a.following = 1;
        for_a.group_memberships = 1;
        for_a.posts = 2;
        CHECK(counts(a.id) == for_a);
    }
}

TEST_CASE("social: a post keeps the audience it was written with; update_post does not change it",
          "[contract][social][visibility]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto a = make_user(1);
        auto g = make_group(1, a.id);
        g.is_public = false;
        auto p = make_post(1, a.id);
        p.group_id = g.id;
        p.audience = domain::post_audience::group_members;
        write(*store, [&](auto& uow) {
            uow.users().insert(a);
            uow.social().insert_group(g);
            uow.social().insert_post(p);
        });
        auto edited = p;
        edited.content = "Edited";
        edited.audience = domain::post_audience::anyone;  // ignored: fixed when written
        write(*store, [&](auto& uow) { uow.social().update_post(edited); });
        read(*store, [&](auto& uow) {
            auto found = uow.social().find_post(p.id);
            REQUIRE(found.has_value());
            CHECK(found->post.content == "Edited");
            CHECK(found->post.audience == domain::post_audience::group_members);
            return 0;
        });
    }
}

TEST_CASE("social: public_posts and group_posts agree with domain::may_view_post, also after the group changes",
          "[contract][social][visibility]") {
    using domain::post_audience;
    using domain::post_place;
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto author = make_user(1);
        const auto member = make_user(2);
        auto opened = make_group(1, author.id);  // private when its posts were written, public now
        opened.is_public = false;
        auto closed = make_group(2, author.id);  // public when its posts were written, private now
        auto doomed = make_group(3, author.id);  // private, then deleted
        doomed.is_public = false;
        const auto steady = make_group(4, author.id);  // public throughout
        struct written {
            domain::post post;
            const domain::group* group;  // where it was written (nullptr: outside any group)
        };
        std::vector<written> posts;
        int n = 0;
        using groups = std::vector<const domain::group*>;
        for (const domain::group* g : groups{nullptr, &opened, &closed, &doomed, &steady})
            for (bool is_public : {true, false}) {
                auto p = make_post(++n, author.id);
                p.is_public = is_public;
                if (g) p.group_id = g->id;
                const auto where = !g ? post_place::no_group
                                      : (g->is_public ? post_place::public_group : post_place::private_group);
                p.audience = domain::audience_when_written(where);
                // Posts written into private groups are the newest: a filter after paging would leave pages short.
                p.created_at = at(p.audience == post_audience::group_members ? 5000 + n : 3000 + n, 0);
                posts.push_back({p, g});
            }
        write(*store, [&](auto& uow) {
            uow.users().insert(author);
            uow.users().insert(member);
            int m = 0;
            for (const auto* g : groups{&opened, &closed, &doomed, &steady}) {
                uow.social().insert_group(*g);
                uow.social().add_member(make_member(++m, g->id, member.id));
            }
            for (const auto& w : posts) uow.social().insert_post(w.post);
        });
        auto now_open = opened;
        now_open.is_public = true;
        auto now_closed = closed;
        now_closed.is_public = false;
        write(*store, [&](auto& uow) {
            uow.social().update_group(now_open);
            uow.social().update_group(now_closed);
            uow.social().remove_group(doomed.id);
        });

        auto place_now = [&](const written& w) {
            if (!w.group || w.group == &doomed) return post_place::no_group;
            if (w.group == &opened || w.group == &steady) return post_place::public_group;
            return post_place::private_group;
        };
        auto newest_first = [](std::vector<domain::post> v) {
            std::ranges::sort(v, [](const auto& x, const auto& y) {
                return std::tie(x.created_at, x.id) > std::tie(y.created_at, y.id);
            });
            std::vector<domain::id> out;
            for (const auto& p : v) out.push_back(p.id);
            return out;
        };
        std::vector<domain::post> for_everyone;
        for (const auto& w : posts)
            if (domain::may_view_post(w.post.audience, w.post.is_public, place_now(w), domain::post_viewer{}))
                for_everyone.push_back(w.post);
        REQUIRE(for_everyone.size() == 2);  // the public posts outside any group and in the steady group
        read(*store, [&](auto& uow) {
            auto& s = uow.social();
            CHECK(post_ids(s.public_posts({0, 100})) == newest_first(for_everyone));
            CHECK(post_ids(s.public_posts({0, 1})) == std::vector<domain::id>{newest_first(for_everyone).front()});
            for (const auto* g : groups{&opened, &steady, &closed}) {
                std::vector<domain::post> all, open_to_others;
                for (const auto& w : posts) {
                    if (w.group != g) continue;
                    all.push_back(w.post);
                    CHECK(domain::may_view_post(w.post.audience, w.post.is_public, place_now(w), {.is_member = true}));
                    // A non-member reads only a public group's feed; for a private one the rule says no anyway.
                    const auto as_public = post_place::public_group;
                    if (domain::may_view_post(w.post.audience, w.post.is_public, as_public, domain::post_viewer{}))
                        open_to_others.push_back(w.post);
                }
                INFO("group " << g->id);
                CHECK(post_ids(s.group_posts(g->id, true, {0, 100})) == newest_first(all));
                CHECK(post_ids(s.group_posts(g->id, false, {0, 100})) == newest_first(open_to_others));
            }
            // Made public after its posts were written: none of them reaches a non-member.
            CHECK(s.group_posts(opened.id, false, {0, 100}).empty());
            // Deleted: its posts are in no feed, and their author still has them.
            CHECK(s.posts_of(author.id, {0, 100}).size() == posts.size());
            return 0;
        });
    }
}
