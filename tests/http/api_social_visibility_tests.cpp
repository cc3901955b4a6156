// The visibility matrix over real sockets (docs/behaviour.md §10, §11): owner, follower, group co-member and
// stranger × the four profile levels × every route that reveals a profile (GET /users/{id}, /users/search,
// /progress/community), a post (feed, feed?group_id for a private group, react) or a membership (a private
// group's details and members). Posts written while a group was private, after it is made public and after it
// is deleted (docs/behaviour.md §11). Then simultaneous duplicates: two follows, two joins, two reactions.
#include <algorithm>
#include <barrier>
#include <thread>

#include "api_fixture.hpp"

using namespace offertracker::api_test;

namespace {

std::vector<std::string> field_of(const reply& r, std::string_view key) {
    INFO(r.raw);
    REQUIRE(r.status == 200);
    REQUIRE(r.body.is_array());
    std::vector<std::string> out;
    for (const auto& e : r.body.as_array()) out.push_back(str(e.at(key)));
    return out;
}

bool contains(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

// Sends the same request on two connections at the same moment; returns both statuses.
std::pair<unsigned, unsigned> twice_at_once(api_server& s, std::string_view method, const std::string& path,
                                            const std::string& body, const std::string& token) {
    auto ca = s.connect();
    auto cb = s.connect();
    std::barrier sync(2);
    unsigned sa = 0, sb = 0;
    const std::string target = std::string(prefix) + path;
    auto send = [&](offertracker::testing::test_client& c, unsigned& status) {
        sync.arrive_and_wait();
        try {
            status = c.request(method, target, body,
                               {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}})
                         .status;
        } catch (const std::exception&) {
            status = 0;
        }
    };
    std::thread ta([&] { send(ca, sa); });
    std::thread tb([&] { send(cb, sb); });
    ta.join();
    tb.join();
    return {sa, sb};
}

}  // namespace

TEST_CASE("social: visibility matrix — no cell leaks, no cell hides", "[api][social][visibility]") {
    for_each_engine([](api_server& s) {
        const auto owner = s.register_user("owner");
        const auto fan = s.register_user("fan");
        const auto mate = s.register_user("mate");
        const auto stranger = s.register_user("stranger");
        REQUIRE(s.post("/social/follow/" + owner.id, "", fan.token).status == 201);
        auto g = s.post("/social/groups", R"({"name":"inner","is_public":false})", owner.token);
        REQUIRE(g.status == 201);
        const auto group = str(g["id"]);
        REQUIRE(s.post("/social/groups/" + group + "/join", "", mate.token).status == 201);
        auto p = s.post("/social/posts", R"({"content":"circle news","group_id":")" + group + "\"}", owner.token);
        REQUIRE(p.status == 201);
        const auto group_post = str(p["id"]);
        REQUIRE(s.post("/social/posts", R"({"content":"circle aside","is_public":false,"group_id":")" + group + "\"}",
                       mate.token).status == 201);
        REQUIRE(s.post("/social/posts", R"({"content":"open news"})", owner.token).status == 201);
        auto hp = s.post("/social/posts", R"({"content":"diary","is_public":false})", owner.token);
        REQUIRE(hp.status == 201);
        const auto diary = str(hp["id"]);

        struct viewer {
            std::string name;
            const account* who;
            bool follows, co_member, self;
        };
        const std::vector<viewer> viewers{{"owner", &owner, false, true, true},
                                          {"follower", &fan, true, false, false},
                                          {"co-member", &mate, false, true, false},
                                          {"stranger", &stranger, false, false, false}};
        for (const std::string level : {"public", "followers", "groups", "private"}) {
            auto r = s.put("/users/me", R"({"profile_visibility":")" + level + "\"}", owner.token);
            REQUIRE(r.status == 200);
            for (const auto& v : viewers) {
                INFO("level " << level << ", viewer " << v.name);
                const bool may_profile = v.self || level == "public" || (level == "followers" && v.follows) ||
                                         (level == "groups" && v.co_member);
                // The profile.
                r = s.get("/users/" + owner.id, v.who->token);
                if (may_profile) {
                    INFO(r.raw);
                    REQUIRE(r.status == 200);
                    CHECK(str(r["id"]) == owner.id);
                    CHECK(str(r["profile_visibility"]) == level);
                    CHECK(r["email"].is_null());
                } else {
                    check_detail(r, 403, "Profile is private");
                }
                // Search.
                r = s.get("/users/search?q=OWN", v.who->token);
                CHECK(contains(field_of(r, "id"), owner.id) == may_profile);
                if (may_profile) CHECK(str(r.body.as_array()[0].at("profile_visibility")) == level);
                // Community: public profiles only, for every viewer.
                CHECK(contains(field_of(s.get("/progress/community", v.who->token), "user_id"), owner.id) ==
                      (level == "public"));

                // Posts do not depend on the profile level: the private group's posts are for members only,
                // through that group's feed; the main feed shows what everyone may see.
                const auto feed = field_of(s.get("/social/posts/feed", v.who->token), "content");
                CHECK(contains(feed, "open news"));
                CHECK_FALSE(contains(feed, "diary"));
                CHECK_FALSE(contains(feed, "circle aside"));
                CHECK_FALSE(contains(feed, "circle news"));
                r = s.get("/social/posts/feed?group_id=" + group, v.who->token);
                if (v.co_member) {
                    auto in_group = field_of(r, "content");
                    std::sort(in_group.begin(), in_group.end());
                    CHECK(in_group == std::vector<std::string>{"circle aside", "circle news"});
                } else {
                    check_detail(r, 403, "Group is private");
                }
                r = s.post("/social/posts/" + group_post + "/react", "{}", v.who->token);
                if (v.co_member)
                    CHECK(r.status == 201);
                else
                    check_detail(r, 404, "Post not found");
                r = s.post("/social/posts/" + diary + "/react", "{}", v.who->token);
                if (v.self)
                    CHECK(r.status == 201);
                else
                    check_detail(r, 404, "Post not found");

                // Membership of the private group.
                r = s.get("/social/groups/" + group + "/members", v.who->token);
                if (v.co_member) {
                    auto ids = field_of(r, "user_id");
                    CHECK(ids == std::vector<std::string>{owner.id, mate.id});
                } else {
                    check_detail(r, 403, "Group is private");
                }
                r = s.get("/social/groups/" + group, v.who->token);
                if (v.co_member) {
                    INFO(r.raw);
                    CHECK(r.status == 200);
                    CHECK(r["member_count"] == json::value(2));
                } else {
                    check_detail(r, 403, "Group is private");
                }
                CHECK_FALSE(contains(field_of(s.get("/social/groups", v.who->token), "id"), group));
                CHECK(contains(field_of(s.get("/social/groups/mine", v.who->token), "id"), group) == v.co_member);
            }
        }
    });
}

TEST_CASE("social: simultaneous duplicate follows, joins and reactions leave one row, never a 500", "[api][social][race]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        for (int round = 0; round < 3; ++round) {
            INFO("round " << round);
            const auto target = s.register_user("target" + std::to_string(round));
            auto [a, b] = twice_at_once(s, "POST", "/social/follow/" + target.id, "", ada.token);
            CHECK(std::min(a, b) == 201);
            CHECK(std::max(a, b) == 400);
            auto stats = s.get("/social/follow-stats/" + target.id, ada.token);
            CHECK(stats["followers_count"] == json::value(1));
            check_detail(s.post("/social/follow/" + target.id, "", ada.token), 400, "Already following this user");

            auto g = s.post("/social/groups", R"({"name":"g"})", bob.token);
            REQUIRE(g.status == 201);
            const auto group = str(g["id"]);
            std::tie(a, b) = twice_at_once(s, "POST", "/social/groups/" + group + "/join", "", ada.token);
            CHECK(std::min(a, b) == 201);
            CHECK(std::max(a, b) == 400);
            CHECK(s.get("/social/groups/" + group, ada.token)["member_count"] == json::value(2));
            check_detail(s.post("/social/groups/" + group + "/join", "", ada.token), 400, "Already a member of this group");

            auto p = s.post("/social/posts", R"({"content":"c"})", bob.token);
            REQUIRE(p.status == 201);
            const auto post = str(p["id"]);
            std::tie(a, b) = twice_at_once(s, "POST", "/social/posts/" + post + "/react", R"({"reaction":"Support"})",
                                           ada.token);
            CHECK(a == 201);
            CHECK(b == 201);
            auto mine = s.get("/social/posts/mine?limit=1", bob.token);
            REQUIRE(mine.status == 200);
            CHECK(mine.body.as_array()[0].at("reaction_count") == json::value(1));
            check_detail(s.del("/social/posts/" + post + "/react", ada.token), 200, "Reaction removed");
            check_detail(s.del("/social/posts/" + post + "/react", ada.token), 404, "No reaction to remove");
        }
    });
}

TEST_CASE("social: posts written while a group was private stay with its members when it is made public or deleted",
          "[api][social][visibility]") {
    for_each_engine([](api_server& s) {
        const auto owner = s.register_user("owner");
        const auto mate = s.register_user("mate");
        const auto fan = s.register_user("fan");  // follows the owner, never joins
        const auto stranger = s.register_user("stranger");
        REQUIRE(s.post("/social/follow/" + owner.id, "", fan.token).status == 201);
        auto g = s.post("/social/groups", R"({"name":"inner"})", owner.token);
        REQUIRE(g.status == 201);
        const auto group = str(g["id"]);
        REQUIRE(s.post("/social/groups/" + group + "/join", "", mate.token).status == 201);
        auto post_in_group = [&](const account& who, const std::string& content) {
            auto r = s.post("/social/posts", R"({"content":")" + content + R"(","group_id":")" + group + "\"}",
                            who.token);
            REQUIRE(r.status == 201);
            return str(r["id"]);
        };
        auto set_public = [&](bool is_public) {
            auto r = s.put("/social/groups/" + group, is_public ? R"({"is_public":true})" : R"({"is_public":false})",
                           owner.token);
            REQUIRE(r.status == 200);
        };
        post_in_group(owner, "while public");
        set_public(false);
        // Newer than "while public", so a filter applied after paging would leave the first page empty.
        const auto owners_secret = post_in_group(owner, "owner while private");
        const auto mates_secret = post_in_group(mate, "mate while private");

        struct viewer {
            std::string name;
            const account* who;
            bool member;
        };
        const std::vector<viewer> viewers{
            {"owner", &owner, true}, {"mate", &mate, true}, {"fan", &fan, false}, {"stranger", &stranger, false}};
        auto feed_of = [&](const account& who, const std::string& query = "") {
            return field_of(s.get("/social/posts/feed" + query, who.token), "content");
        };
        const std::vector<std::string> only_open{"while public"};

        set_public(true);
        for (const auto& v : viewers) {
            INFO("made public, viewer " << v.name);
            CHECK(feed_of(*v.who) == only_open);
            CHECK(feed_of(*v.who, "?limit=1") == only_open);
            auto in_group = feed_of(*v.who, "?group_id=" + group);
            std::sort(in_group.begin(), in_group.end());
            if (v.member) {
                CHECK(in_group == std::vector<std::string>{"mate while private", "owner while private", "while public"});
            } else {
                CHECK(in_group == only_open);
                CHECK(feed_of(*v.who, "?group_id=" + group + "&limit=1") == only_open);
            }
            auto r = s.post("/social/posts/" + owners_secret + "/react", "{}", v.who->token);
            if (v.member)
                CHECK(r.status == 201);
            else
                check_detail(r, 404, "Post not found");
        }

        set_public(false);
        REQUIRE(s.del("/social/groups/" + group, owner.token).status == 200);
        for (const auto& v : viewers) {
            INFO("deleted, viewer " << v.name);
            CHECK(feed_of(*v.who) == only_open);
            CHECK(feed_of(*v.who, "?limit=1") == only_open);
            check_detail(s.get("/social/posts/feed?group_id=" + group, v.who->token), 404, "Group not found");
            auto r = s.post("/social/posts/" + owners_secret + "/react", R"({"reaction":"Support"})", v.who->token);
            if (v.who == &owner)
                CHECK(r.status == 201);
            else
                check_detail(r, 404, "Post not found");
            r = s.post("/social/posts/" + mates_secret + "/react", R"({"reaction":"Support"})", v.who->token);
            if (v.who == &mate)
                CHECK(r.status == 201);
            else
                check_detail(r, 404, "Post not found");
        }
        CHECK(field_of(s.get("/social/posts/mine", owner.token), "content") ==
              std::vector<std::string>{"owner while private", "while public"});
        CHECK(field_of(s.get("/social/posts/mine", mate.token), "content") ==
              std::vector<std::string>{"mate while private"});
    });
}
