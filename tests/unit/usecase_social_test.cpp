// The social use cases: follows (self, unknown, duplicate, the store's race), groups (creator admin, private
// groups unlisted but joinable, details and members for members only, creator-only update/delete, posts kept
// on delete), posts (type default, title length, group membership, feed visibility, author-only edits),
// reactions (default, replace, invisible post, remove), community, milestones and streaks, and the profile
// visibility matrix (four levels × owner, follower, co-member, stranger) through get_profile and search_users.
#include <offertracker/usecases/progress.hpp>
#include <offertracker/usecases/social.hpp>

#include <algorithm>

#include <offertracker/adapters/memory/forwarding_unit_of_work.hpp>

#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using domain::field_error;

namespace {

template <class T>
domain::patch<T> set(T v) {
    return domain::patch<T>{std::optional<T>{std::move(v)}};
}
template <class T>
domain::patch<T> null() {
    return domain::patch<T>{std::optional<T>{}};
}

struct social_fixture : core_fixture {
    domain::group_view group(const uc::actor& who, std::string name, bool is_public = true) {
        tick();
        auto g = uc::create_group(svc, who, {std::move(name), std::nullopt, is_public});
        REQUIRE(g.has_value());
        return *g;
    }
    void join(const uc::actor& who, const domain::id& group_id) {
        tick();
        REQUIRE(uc::join_group(svc, who, group_id).has_value());
    }
    void follow(const uc::actor& who, const uc::actor& whom) {
        tick();
        REQUIRE(uc::follow_user(svc, who, whom.user_id).has_value());
    }
    domain::post_view post(const uc::actor& who, std::string content, std::optional<domain::id> group_id = std::nullopt,
                           bool is_public = true) {
        tick();
        uc::create_post_command cmd;
        cmd.content = std::move(content);
        cmd.group_id = std::move(group_id);
        cmd.is_public = is_public;
        auto p = uc::create_post(svc, who, cmd);
        REQUIRE(p.has_value());
        return *p;
    }
    std::vector<std::string> feed_of(const uc::actor& who, std::optional<domain::id> group_id = std::nullopt) {
        auto list = uc::feed(svc, who, group_id, ports::page{0, 50});
        REQUIRE(list.has_value());
        std::vector<std::string> out;
        for (const auto& v : *list) out.push_back(v.post.content);
        return out;
    }
    std::vector<std::string> milestones(const uc::actor& who) {
        auto list = uc::list_my_milestones(svc, who);
        REQUIRE(list.has_value());
        std::vector<std::string> out;
        for (const auto& [um, m] : *list) out.push_back(m.name);
        std::sort(out.begin(), out.end());
        return out;
    }
    bool has_milestone(const uc::actor& who, const std::string& name) {
        auto all = milestones(who);
        return std::find(all.begin(), all.end(), name) != all.end();
    }
    void set_visibility(const uc::actor& who, domain::profile_visibility v) {
        uc::update_profile_command cmd;
        cmd.profile_visibility = v;
        REQUIRE(uc::update_me(svc, who, cmd).has_value());
    }
};

// Forwards to a real social repository, except that follow and add_member always hit the unique key, as when
// another request commits the same row between the pre-check and the write.
class racing_social_repository : public ports::social_repository {
public:
    explicit racing_social_repository(ports::social_repository& inner) : in_(inner) {}
    void follow(const domain::follow&) override { throw ports::unique_violation("follows_pkey"); }
    bool unfollow(const domain::id& a, const domain::id& b) override { return in_.unfollow(a, b); }
    bool follows(const domain::id& a, const domain::id& b) override { return in_.follows(a, b); }
    std::vector<domain::follow> followers(const domain::id& u, ports::page p) override { return in_.followers(u, p); }
    std::vector<domain::follow> following(const domain::id& u, ports::page p) override { return in_.following(u, p); }
    domain::follow_stats follow_stats(const domain::id& u) override { return in_.follow_stats(u); }
    void insert_group(const domain::group& g) override { in_.insert_group(g); }
    void update_group(const domain::group& g) override { in_.update_group(g); }
    void remove_group(const domain::id& g) override { in_.remove_group(g); }
    std::optional<domain::group_view> find_group(const domain::id& g) override { return in_.find_group(g); }
    std::vector<domain::group_view> public_groups(ports::page p) override { return in_.public_groups(p); }
    std::vector<domain::group_view> groups_of(const domain::id& u) override { return in_.groups_of(u); }
    void add_member(const domain::group_member&) override { throw ports::unique_violation("group_members_key"); }
    bool remove_member(const domain::id& g, const domain::id& u) override { return in_.remove_member(g, u); }
    bool is_member(const domain::id& g, const domain::id& u) override { return in_.is_member(g, u); }
    std::vector<domain::group_member> members(const domain::id& g) override { return in_.members(g); }
    bool share_a_group(const domain::id& a, const domain::id& b) override { return in_.share_a_group(a, b); }
    void insert_post(const domain::post& p) override { in_.insert_post(p); }
    void update_post(const domain::post& p) override { in_.update_post(p); }
    void remove_post(const domain::id& p) override { in_.remove_post(p); }
    std::optional<domain::post_view> find_post(const domain::id& p) override { return in_.find_post(p); }
    std::vector<domain::post_view> public_posts(ports::page p) override { return in_.public_posts(p); }
    std::vector<domain::post_view> group_posts(const domain::id& g, bool include_private, ports::page p) override {
        return in_.group_posts(g, include_private, p);
    }
    std::vector<domain::post_view> posts_of(const domain::id& u, ports::page p) override { return in_.posts_of(u, p); }
    domain::reaction react(const domain::reaction& r) override { return in_.react(r); }
    bool unreact(const domain::id& p, const domain::id& u) override { return in_.unreact(p, u); }
    std::vector<domain::user> search_visible(const domain::id& v, std::string_view q, ports::page p) override {
        return in_.search_visible(v, q, p);
    }
    std::vector<domain::user> community(std::size_t limit) override { return in_.community(limit); }

private:
    ports::social_repository& in_;
};

class racing_uow : public adapters::memory::forwarding_unit_of_work {
public:
    explicit racing_uow(std::unique_ptr<ports::unit_of_work> inner)
        : forwarding_unit_of_work(std::move(inner)), social_(this->inner().social()) {}
    ports::social_repository& social() override { return social_; }

private:
    racing_social_repository social_;
};

class racing_store : public ports::store {
public:
    explicit racing_store(ports::store& inner) : inner_(inner) {}
    std::unique_ptr<ports::unit_of_work> begin(ports::access mode) override {
        return std::make_unique<racing_uow>(inner_.begin(mode));
    }

private:
    ports::store& inner_;
};

}  // namespace

// --- follows

TEST_CASE_METHOD(social_fixture, "follow: self 400, unknown 404, duplicate 400, then unfollow", "[usecases][social][follows]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    REQUIRE_ERROR(uc::follow_user(svc, ada, ada.user_id), error_kind::rule_violation, "Cannot follow yourself");
    REQUIRE_ERROR(uc::follow_user(svc, ada, "no-such-user"), error_kind::not_found, "User not found");
    set_day(ymd(2026, 3, 16));
    auto f = uc::follow_user(svc, ada, bob.user_id);
    REQUIRE(f.has_value());
    CHECK(f->follower_id == ada.user_id);
    CHECK(f->following_id == bob.user_id);
    CHECK(f->created_at == clock.now());
    CHECK(stored_user(ada.user_id)->last_active_date == ymd(2026, 3, 16));  // a tracked write
    CHECK_FALSE(stored_user(bob.user_id)->last_active_date.has_value());
    REQUIRE_ERROR(uc::follow_user(svc, ada, bob.user_id), error_kind::rule_violation, "Already following this user");

    CHECK(*uc::get_follow_stats(svc, ada, bob.user_id) == domain::follow_stats{1, 0});
    CHECK(*uc::get_follow_stats(svc, bob, ada.user_id) == domain::follow_stats{0, 1});
    CHECK(*uc::get_follow_stats(svc, bob, "no-such-user") == domain::follow_stats{0, 0});
    auto followers = uc::list_followers(svc, ada, bob.user_id, {0, 50});
    REQUIRE(followers.has_value());
    REQUIRE(followers->size() == 1);
    CHECK(followers->front() == *f);
    auto following = uc::list_following(svc, bob, ada.user_id, {0, 50});
    REQUIRE(following.has_value());
    CHECK(*following == std::vector<domain::follow>{*f});
    CHECK(uc::list_following(svc, bob, bob.user_id, {0, 50})->empty());

    REQUIRE_ERROR(uc::unfollow_user(svc, bob, ada.user_id), error_kind::not_found, "Not following this user");
    REQUIRE(uc::unfollow_user(svc, ada, bob.user_id).has_value());
    REQUIRE_ERROR(uc::unfollow_user(svc, ada, bob.user_id), error_kind::not_found, "Not following this user");
    CHECK(*uc::get_follow_stats(svc, ada, bob.user_id) == domain::follow_stats{0, 0});
}

TEST_CASE_METHOD(social_fixture, "follow: lists newest first with skip/limit", "[usecases][social][follows]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto cy = user("cyd");
    const auto dee = user("dee");
    follow(bob, ada);
    follow(cy, ada);
    follow(dee, ada);
    auto list = uc::list_followers(svc, ada, ada.user_id, {0, 50});
    REQUIRE(list->size() == 3);
    CHECK((*list)[0].follower_id == dee.user_id);
    CHECK((*list)[2].follower_id == bob.user_id);
    list = uc::list_followers(svc, ada, ada.user_id, {1, 1});
    REQUIRE(list->size() == 1);
    CHECK((*list)[0].follower_id == cy.user_id);
}

TEST_CASE_METHOD(social_fixture, "follow and join: a lost race on the unique key is the documented 400", "[usecases][social][race]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto g = group(bob, "circle");
    racing_store racing(store);
    uc::services raced{racing, clock, ids, hasher, tokens, files, log, throttle};
    REQUIRE_ERROR(uc::follow_user(raced, ada, bob.user_id), error_kind::rule_violation, "Already following this user");
    REQUIRE_ERROR(uc::join_group(raced, ada, g.group.id), error_kind::rule_violation, "Already a member of this group");
}

TEST_CASE_METHOD(social_fixture, "follow: five follows award Connected", "[usecases][social][milestones]") {
    const auto ada = user("ada");
    std::vector<uc::actor> others;
    for (const auto* n : {"bb1", "bb2", "bb3", "bb4", "bb5"}) others.push_back(user(n));
    for (std::size_t i = 0; i < 4; ++i) follow(ada, others[i]);
    CHECK_FALSE(has_milestone(ada, "Connected"));
    follow(ada, others[4]);
    CHECK(has_milestone(ada, "Connected"));
    CHECK_FALSE(has_milestone(others[0], "Connected"));
}

// --- groups

TEST_CASE_METHOD(social_fixture, "create_group: creator is the admin member, count 1, Part of a Circle at once", "[usecases][social][groups]") {
    const auto ada = user("ada");
    set_day(ymd(2026, 3, 16));
    auto g = uc::create_group(svc, ada, {"Rustaceans", "jobs in rust", std::nullopt});
    REQUIRE(g.has_value());
    CHECK(g->group.name == "Rustaceans");
    CHECK(g->group.description == "jobs in rust");
    CHECK(g->group.created_by == ada.user_id);
    CHECK(g->group.is_public);
    CHECK(g->member_count == 1);
    auto members = uc::list_members(svc, ada, g->group.id);
    REQUIRE(members.has_value());
    REQUIRE(members->size() == 1);
    CHECK(members->front().user_id == ada.user_id);
    CHECK(members->front().role == domain::group_role::admin);
    CHECK(has_milestone(ada, "Part of a Circle"));
    CHECK(stored_user(ada.user_id)->last_active_date == ymd(2026, 3, 16));
}

TEST_CASE_METHOD(social_fixture, "create_group / update_group: name 1..100, null name 422", "[usecases][social][validation]") {
    const auto ada = user("ada");
    CHECK_FALSE(uc::create_group(svc, ada, {"", std::nullopt, std::nullopt}).has_value());
    auto r = uc::create_group(svc, ada, {std::string(101, 'g'), std::nullopt, std::nullopt});
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().kind == error_kind::validation);
    REQUIRE(r.error().field_errors.size() == 1);
    CHECK(r.error().field_errors[0].path == std::vector<std::string>{"name"});
    CHECK(uc::create_group(svc, ada, {std::string(100, 'g'), std::nullopt, std::nullopt}).has_value());
    const auto g = group(ada, "circle");
    uc::update_group_command cmd;
    cmd.name = null<std::string>();
    auto u = uc::update_group(svc, ada, g.group.id, cmd);
    REQUIRE_FALSE(u.has_value());
    CHECK(u.error().kind == error_kind::validation);
}

TEST_CASE_METHOD(social_fixture, "groups: public listed, private unlisted but in mine; details and members for members only", "[usecases][social][groups]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto pub = group(ada, "open");
    const auto priv = group(ada, "secret", false);
    auto listed = uc::list_public_groups(svc, bob, {0, 50});
    REQUIRE(listed.has_value());
    REQUIRE(listed->size() == 1);
    CHECK(listed->front().group.id == pub.group.id);
    CHECK(listed->front().member_count == 1);
    CHECK(uc::list_my_groups(svc, ada)->size() == 2);
    CHECK(uc::list_my_groups(svc, bob)->empty());

    CHECK(uc::get_group(svc, bob, pub.group.id).has_value());
    CHECK(uc::list_members(svc, bob, pub.group.id).has_value());
    REQUIRE_ERROR(uc::get_group(svc, bob, priv.group.id), error_kind::forbidden, "Group is private");
    REQUIRE_ERROR(uc::list_members(svc, bob, priv.group.id), error_kind::forbidden, "Group is private");
    REQUIRE_ERROR(uc::get_group(svc, bob, "nope"), error_kind::not_found, "Group not found");
    REQUIRE_ERROR(uc::list_members(svc, bob, "nope"), error_kind::not_found, "Group not found");

    // The id is the invitation.
    auto m = uc::join_group(svc, bob, priv.group.id);
    REQUIRE(m.has_value());
    CHECK(m->role == domain::group_role::member);
    CHECK(m->user_id == bob.user_id);
    CHECK(m->group_id == priv.group.id);
    auto seen = uc::get_group(svc, bob, priv.group.id);
    REQUIRE(seen.has_value());
    CHECK(seen->member_count == 2);
    CHECK(uc::list_members(svc, bob, priv.group.id)->size() == 2);
    CHECK(uc::list_my_groups(svc, bob)->size() == 1);
    CHECK(uc::list_public_groups(svc, bob, {0, 50})->size() == 1);
}

TEST_CASE_METHOD(social_fixture, "join and leave: 404, 400 already a member, Part of a Circle, leave 404", "[usecases][social][groups]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto g = group(ada, "circle");
    REQUIRE_ERROR(uc::join_group(svc, bob, "nope"), error_kind::not_found, "Group not found");
    REQUIRE_ERROR(uc::join_group(svc, ada, g.group.id), error_kind::rule_violation, "Already a member of this group");
    CHECK_FALSE(has_milestone(bob, "Part of a Circle"));
    join(bob, g.group.id);
    CHECK(has_milestone(bob, "Part of a Circle"));
    REQUIRE_ERROR(uc::join_group(svc, bob, g.group.id), error_kind::rule_violation, "Already a member of this group");
    CHECK(uc::get_group(svc, bob, g.group.id)->member_count == 2);
    REQUIRE(uc::leave_group(svc, bob, g.group.id).has_value());
    REQUIRE_ERROR(uc::leave_group(svc, bob, g.group.id), error_kind::not_found, "Not a member of this group");
    REQUIRE_ERROR(uc::leave_group(svc, bob, "nope"), error_kind::not_found, "Not a member of this group");
    CHECK(uc::get_group(svc, bob, g.group.id)->member_count == 1);
}

TEST_CASE_METHOD(social_fixture, "update/delete group: creator only; delete keeps posts with group_id cleared", "[usecases][social][groups]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto g = group(ada, "circle");
    join(bob, g.group.id);
    uc::update_group_command cmd;
    cmd.name = set<std::string>("renamed");
    cmd.description = set<std::string>("about");
    cmd.is_public = false;
    REQUIRE_ERROR(uc::update_group(svc, bob, g.group.id, cmd), error_kind::forbidden, "Only group creator can update");
    REQUIRE_ERROR(uc::update_group(svc, ada, "nope", cmd), error_kind::not_found, "Group not found");
    tick();
    auto u = uc::update_group(svc, ada, g.group.id, cmd);
    REQUIRE(u.has_value());
    CHECK(u->group.name == "renamed");
    CHECK(u->group.description == "about");
    CHECK_FALSE(u->group.is_public);
    CHECK(u->member_count == 2);
    CHECK(u->group.updated_at == clock.now());
    uc::update_group_command clear;
    clear.description = null<std::string>();
    CHECK_FALSE(uc::update_group(svc, ada, g.group.id, clear)->group.description.has_value());

    const auto p = post(bob, "in the circle", g.group.id);
    REQUIRE_ERROR(uc::delete_group(svc, bob, g.group.id), error_kind::forbidden, "Only group creator can delete");
    REQUIRE_ERROR(uc::delete_group(svc, ada, "nope"), error_kind::not_found, "Group not found");
    REQUIRE(uc::delete_group(svc, ada, g.group.id).has_value());
    REQUIRE_ERROR(uc::get_group(svc, ada, g.group.id), error_kind::not_found, "Group not found");
    CHECK(uc::list_my_groups(svc, bob)->empty());
    auto mine = uc::list_my_posts(svc, bob, {0, 50});
    REQUIRE(mine->size() == 1);
    CHECK(mine->front().post.id == p.post.id);
    CHECK_FALSE(mine->front().post.group_id.has_value());
    // Written while the group was private: after the group goes, its author's alone.
    CHECK(feed_of(ada).empty());
    CHECK(feed_of(bob).empty());
}

// --- posts

TEST_CASE_METHOD(social_fixture, "create_post: defaults, title length, group 404/403, Sharing Insights", "[usecases][social][posts]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto g = group(bob, "circle");
    uc::create_post_command cmd;
    cmd.content = "hello";
    cmd.title = std::string(256, 't');
    auto bad = uc::create_post(svc, ada, cmd);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().kind == error_kind::validation);
    CHECK(bad.error().field_errors.at(0).path == std::vector<std::string>{"title"});
    cmd.title = std::string(255, 't');
    cmd.group_id = "nope";
    REQUIRE_ERROR(uc::create_post(svc, ada, cmd), error_kind::not_found, "Group not found");
    cmd.group_id = g.group.id;
    REQUIRE_ERROR(uc::create_post(svc, ada, cmd), error_kind::forbidden, "Not a member of this group");
    CHECK_FALSE(has_milestone(ada, "Sharing Insights"));
    cmd.group_id.reset();
    set_day(ymd(2026, 3, 17));
    auto p = uc::create_post(svc, ada, cmd);
    REQUIRE(p.has_value());
    CHECK(p->post.post_type == domain::post_type::update);
    CHECK(p->post.is_public);
    CHECK(p->post.user_id == ada.user_id);
    CHECK(p->reaction_count == 0);
    CHECK(has_milestone(ada, "Sharing Insights"));
    CHECK(stored_user(ada.user_id)->last_active_date == ymd(2026, 3, 17));
    join(ada, g.group.id);
    cmd.group_id = g.group.id;
    cmd.post_type = domain::post_type::tip;
    auto in_group = uc::create_post(svc, ada, cmd);
    REQUIRE(in_group.has_value());
    CHECK(in_group->post.group_id == g.group.id);
    CHECK(in_group->post.post_type == domain::post_type::tip);
}

TEST_CASE_METHOD(social_fixture, "feed: public posts; private posts and private groups' posts only for who may see them", "[usecases][social][posts][visibility]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto eve = user("eve");
    const auto pub = group(ada, "open");
    const auto priv = group(ada, "secret", false);
    join(bob, priv.group.id);
    post(ada, "plain");
    post(ada, "hidden", std::nullopt, false);
    post(ada, "open public", pub.group.id);
    post(ada, "open private", pub.group.id, false);
    post(ada, "secret public", priv.group.id);
    post(ada, "secret private", priv.group.id, false);

    // The main feed is what everyone may see, the same for every viewer (so the store pages it in one query);
    // a private group's posts are read through that group's feed, by its members.
    CHECK(feed_of(eve) == std::vector<std::string>{"open public", "plain"});
    CHECK(feed_of(bob) == std::vector<std::string>{"open public", "plain"});
    CHECK(feed_of(ada) == std::vector<std::string>{"open public", "plain"});

    CHECK(feed_of(eve, pub.group.id) == std::vector<std::string>{"open public"});
    CHECK(feed_of(ada, pub.group.id) == std::vector<std::string>{"open private", "open public"});
    REQUIRE_ERROR(uc::feed(svc, eve, priv.group.id, {0, 50}), error_kind::forbidden, "Group is private");
    REQUIRE_ERROR(uc::feed(svc, eve, std::string("nope"), {0, 50}), error_kind::not_found, "Group not found");
    CHECK(feed_of(bob, priv.group.id) == std::vector<std::string>{"secret private", "secret public"});

    auto mine = uc::list_my_posts(svc, ada, {0, 50});
    CHECK(mine->size() == 6);
    CHECK(uc::list_my_posts(svc, eve, {0, 50})->empty());
}

TEST_CASE_METHOD(social_fixture, "feed: posts written while a group was private stay with its members and their authors",
                 "[usecases][social][posts][visibility]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto eve = user("eve");
    const auto g = group(ada, "circle");
    join(bob, g.group.id);
    post(bob, "while public", g.group.id);
    uc::update_group_command hide;
    hide.is_public = false;
    REQUIRE(uc::update_group(svc, ada, g.group.id, hide).has_value());
    const auto secret = post(bob, "while private", g.group.id);
    post(bob, "private and unlisted", g.group.id, false);
    uc::update_group_command show;
    show.is_public = true;
    REQUIRE(uc::update_group(svc, ada, g.group.id, show).has_value());

    // Made public: only what was written while it was public reaches non-members.
    CHECK(feed_of(eve) == std::vector<std::string>{"while public"});
    CHECK(feed_of(eve, g.group.id) == std::vector<std::string>{"while public"});
    CHECK(feed_of(ada, g.group.id) == std::vector<std::string>{"private and unlisted", "while private", "while public"});
    REQUIRE_ERROR(uc::react(svc, eve, secret.post.id, std::nullopt), error_kind::not_found, "Post not found");
    CHECK(uc::react(svc, ada, secret.post.id, std::nullopt).has_value());
    // One post per page: the filter runs in the query, so the first page is not empty.
    auto page = uc::feed(svc, eve, std::nullopt, {0, 1});
    REQUIRE(page->size() == 1);
    CHECK(page->front().post.content == "while public");

    // Deleted: the authors alone, through their own posts.
    REQUIRE(uc::delete_group(svc, ada, g.group.id).has_value());
    for (const auto& who : {ada, bob, eve}) CHECK(feed_of(who) == std::vector<std::string>{"while public"});
    REQUIRE_ERROR(uc::react(svc, ada, secret.post.id, std::nullopt), error_kind::not_found, "Post not found");
    CHECK(uc::react(svc, bob, secret.post.id, std::nullopt).has_value());
    CHECK(uc::list_my_posts(svc, bob, {0, 50})->size() == 3);
}

TEST_CASE_METHOD(social_fixture, "update/delete post: 404, 403, only title/content/is_public, null content 422", "[usecases][social][posts]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto p = post(ada, "first");
    uc::update_post_command cmd;
    cmd.title = set<std::string>("Title");
    cmd.content = set<std::string>("second");
    cmd.is_public = false;
    REQUIRE_ERROR(uc::update_post(svc, ada, "nope", cmd), error_kind::not_found, "Post not found");
    REQUIRE_ERROR(uc::update_post(svc, bob, p.post.id, cmd), error_kind::forbidden, "Not your post");
    tick();
    auto u = uc::update_post(svc, ada, p.post.id, cmd);
    REQUIRE(u.has_value());
    CHECK(u->post.title == "Title");
    CHECK(u->post.content == "second");
    CHECK_FALSE(u->post.is_public);
    CHECK(u->post.post_type == p.post.post_type);
    CHECK(u->post.created_at == p.post.created_at);
    CHECK(u->post.updated_at == clock.now());
    uc::update_post_command nulls;
    nulls.content = null<std::string>();
    auto bad = uc::update_post(svc, ada, p.post.id, nulls);
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().kind == error_kind::validation);
    uc::update_post_command clear;
    clear.title = null<std::string>();
    CHECK_FALSE(uc::update_post(svc, ada, p.post.id, clear)->post.title.has_value());

    REQUIRE_ERROR(uc::delete_post(svc, bob, p.post.id), error_kind::forbidden, "Not your post");
    REQUIRE(uc::delete_post(svc, ada, p.post.id).has_value());
    REQUIRE_ERROR(uc::delete_post(svc, ada, p.post.id), error_kind::not_found, "Post not found");
}

TEST_CASE_METHOD(social_fixture, "react: default Like, a new one replaces the old, invisible posts are 404, unreact", "[usecases][social][reactions]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto eve = user("eve");
    const auto p = post(ada, "news");
    REQUIRE_ERROR(uc::react(svc, bob, "nope", std::nullopt), error_kind::not_found, "Post not found");
    auto r = uc::react(svc, bob, p.post.id, std::nullopt);
    REQUIRE(r.has_value());
    CHECK(r->kind == domain::reaction_type::like);
    CHECK(r->post_id == p.post.id);
    CHECK(r->user_id == bob.user_id);
    r = uc::react(svc, bob, p.post.id, domain::reaction_type::celebrate);
    REQUIRE(r.has_value());
    CHECK(r->kind == domain::reaction_type::celebrate);
    CHECK(uc::feed(svc, ada, std::nullopt, {0, 50})->front().reaction_count == 1);
    REQUIRE(uc::react(svc, eve, p.post.id, domain::reaction_type::support).has_value());
    CHECK(uc::feed(svc, ada, std::nullopt, {0, 50})->front().reaction_count == 2);

    const auto hidden = post(ada, "hidden", std::nullopt, false);
    REQUIRE_ERROR(uc::react(svc, bob, hidden.post.id, std::nullopt), error_kind::not_found, "Post not found");
    CHECK(uc::react(svc, ada, hidden.post.id, std::nullopt).has_value());  // the author may
    const auto priv = group(ada, "secret", false);
    const auto secret = post(ada, "secret", priv.group.id);
    REQUIRE_ERROR(uc::react(svc, eve, secret.post.id, std::nullopt), error_kind::not_found, "Post not found");
    join(eve, priv.group.id);
    CHECK(uc::react(svc, eve, secret.post.id, std::nullopt).has_value());

    REQUIRE(uc::unreact(svc, bob, p.post.id).has_value());
    REQUIRE_ERROR(uc::unreact(svc, bob, p.post.id), error_kind::not_found, "No reaction to remove");
    REQUIRE_ERROR(uc::unreact(svc, bob, "nope"), error_kind::not_found, "No reaction to remove");
    CHECK(uc::list_my_posts(svc, ada, {0, 50})->back().reaction_count == 1);
}

// --- community

TEST_CASE_METHOD(social_fixture, "community: public profiles, recently active first, never-active last; limit 1..1000", "[usecases][social][community]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto cy = user("cyd");
    const auto dee = user("dee");
    for (const auto& u : {ada, bob, cy}) set_visibility(u, domain::profile_visibility::public_);
    set_visibility(dee, domain::profile_visibility::followers);
    set_day(ymd(2026, 3, 16));
    post(ada, "a");
    set_day(ymd(2026, 3, 18));
    post(bob, "b");
    post(dee, "d");
    auto list = uc::community(svc, ada, 20);
    REQUIRE(list.has_value());
    std::vector<std::string> names;
    for (const auto& u : *list) names.push_back(u.username);
    CHECK(names == std::vector<std::string>{"bob", "ada", "cyd"});
    CHECK(uc::community(svc, ada, 1)->size() == 1);
    REQUIRE_FIELD_ERRORS(uc::community(svc, ada, 0),
                         field_error{.path = {"limit"}, .code = field_code::below_minimum, .limit = 1});
    CHECK_FALSE(uc::community(svc, ada, 1001).has_value());
}

// --- profile visibility: the one policy through every profile route of the core

TEST_CASE_METHOD(social_fixture, "profile visibility matrix: four levels × owner, follower, co-member, stranger", "[usecases][social][visibility]") {
    const auto owner = user("owner");
    const auto fan = user("fan");
    const auto mate = user("mate");
    const auto stranger = user("stranger");
    follow(fan, owner);
    const auto g = group(owner, "circle", false);
    join(mate, g.group.id);
    using V = domain::profile_visibility;
    struct row {
        V level;
        bool self, follower, co_member, other;
    };
    for (const auto& r : {row{V::public_, true, true, true, true}, row{V::followers, true, true, false, false},
                          row{V::groups, true, false, true, false}, row{V::private_, true, false, false, false}}) {
        set_visibility(owner, r.level);
        INFO("level " << domain::to_string(r.level));
        const std::vector<std::pair<uc::actor, bool>> viewers{
            {owner, r.self}, {fan, r.follower}, {mate, r.co_member}, {stranger, r.other}};
        for (const auto& [viewer, may] : viewers) {
            INFO("viewer " << stored_user(viewer.user_id)->username);
            auto p = uc::get_profile(svc, viewer, owner.user_id);
            if (may) {
                REQUIRE(p.has_value());
                CHECK(p->id == owner.user_id);
                CHECK(p->visibility == r.level);
            } else {
                REQUIRE_ERROR(p, error_kind::forbidden, "Profile is private");
            }
            auto found = uc::search_users(svc, viewer, "OWN", {0, 20});
            REQUIRE(found.has_value());
            CHECK(found->size() == (may ? 1u : 0u));
            if (may && !found->empty()) CHECK(found->front().visibility == r.level);
        }
    }
    REQUIRE_ERROR(uc::get_profile(svc, stranger, "nope"), error_kind::not_found, "User not found");
}
