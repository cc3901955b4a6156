// /social over real sockets: follows, groups, members, posts, feed and reactions with their errors (401, 403,
// 404, 400, 422), member_count and reaction_count in every response, milestones from social writes, deleting a
// group keeping its posts, and /progress/community.
#include "api_fixture.hpp"

#include <algorithm>

using namespace offertracker::api_test;

namespace {

const std::vector<std::string> follow_keys{"id", "follower_id", "following_id", "created_at"};
const std::vector<std::string> group_keys{"id", "name", "description", "created_by", "is_public",
                                          "member_count", "created_at", "updated_at"};
const std::vector<std::string> member_keys{"id", "group_id", "user_id", "role", "joined_at"};
const std::vector<std::string> post_keys{"id", "user_id", "group_id", "post_type", "title", "content",
                                         "is_public", "reaction_count", "created_at", "updated_at"};
const std::vector<std::string> reaction_keys{"id", "post_id", "user_id", "reaction", "created_at"};
const std::string unknown = "00000000-0000-4000-8000-000000000000";

json::value ok(const reply& r, unsigned status = 200) {
    INFO(r.raw);
    REQUIRE(r.status == status);
    return r.body;
}

std::string new_group(api_server& s, const account& who, std::string_view name, bool is_public = true) {
    auto r = s.post("/social/groups", R"({"name":)" + quoted(name) + R"(,"is_public":)" + (is_public ? "true" : "false") + "}",
                    who.token);
    return str(ok(r, 201).at("id"));
}

std::string new_post(api_server& s, const account& who, std::string_view content, const std::string& extra = "") {
    auto r = s.post("/social/posts", R"({"content":)" + quoted(content) + extra + "}", who.token);
    return str(ok(r, 201).at("id"));
}

// A field of every element of a list response.
std::vector<std::string> field_of(const reply& r, std::string_view key) {
    const auto body = ok(r);
    REQUIRE(body.is_array());
    std::vector<std::string> out;
    for (const auto& e : body.as_array()) out.push_back(str(e.at(key)));
    return out;
}

std::vector<std::string> milestones(api_server& s, const account& who) {
    std::vector<std::string> out;
    const auto body = ok(s.get("/progress/milestones/mine", who.token));
    for (const auto& m : body.as_array())
        out.push_back(str(m.at("milestone").at("name")));
    std::sort(out.begin(), out.end());
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

TEST_CASE("social: 401 on every route without a valid token", "[api][social]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const std::vector<std::pair<std::string, std::string>> routes{
            {"POST", "/social/follow/" + unknown},     {"DELETE", "/social/follow/" + unknown},
            {"GET", "/social/followers/" + unknown},   {"GET", "/social/following/" + unknown},
            {"GET", "/social/follow-stats/" + unknown}, {"POST", "/social/groups"},
            {"GET", "/social/groups"},                 {"GET", "/social/groups/mine"},
            {"GET", "/social/groups/" + unknown},      {"PUT", "/social/groups/" + unknown},
            {"DELETE", "/social/groups/" + unknown},   {"POST", "/social/groups/" + unknown + "/join"},
            {"DELETE", "/social/groups/" + unknown + "/leave"}, {"GET", "/social/groups/" + unknown + "/members"},
            {"POST", "/social/posts"},                 {"GET", "/social/posts/feed"},
            {"GET", "/social/posts/mine"},             {"PUT", "/social/posts/" + unknown},
            {"DELETE", "/social/posts/" + unknown},    {"POST", "/social/posts/" + unknown + "/react"},
            {"DELETE", "/social/posts/" + unknown + "/react"}, {"GET", "/progress/community"}};
        for (const auto& [method, path] : routes) {
            INFO(method << " " << path);
            const std::string target = std::string(prefix) + path;
            check_detail(s.raw(method, target, "{}", "", {{"Content-Type", "application/json"}}), 401,
                         "Not authenticated");
            CHECK(s.raw(method, target, "{}", s.expired_token(ada.id), {{"Content-Type", "application/json"}}).status ==
                  401);
        }
    });
}

TEST_CASE("social: follow, duplicate, self, unknown, lists, stats, unfollow, Connected", "[api][social][follows]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        check_detail(s.post("/social/follow/" + ada.id, "", ada.token), 400, "Cannot follow yourself");
        check_detail(s.post("/social/follow/" + unknown, "", ada.token), 404, "User not found");
        auto f = ok(s.post("/social/follow/" + bob.id, "", ada.token), 201);
        CHECK(keys_of(f) == follow_keys);
        CHECK(str(f.at("follower_id")) == ada.id);
        CHECK(str(f.at("following_id")) == bob.id);
        check_detail(s.post("/social/follow/" + bob.id, "", ada.token), 400, "Already following this user");

        CHECK(field_of(s.get("/social/followers/" + bob.id, ada.token), "follower_id") == std::vector<std::string>{ada.id});
        CHECK(field_of(s.get("/social/following/" + ada.id, bob.token), "following_id") == std::vector<std::string>{bob.id});
        CHECK(field_of(s.get("/social/followers/" + ada.id, ada.token), "id").empty());
        CHECK(field_of(s.get("/social/followers/" + bob.id + "?skip=1", ada.token), "id").empty());
        check_422(s.get("/social/followers/" + bob.id + "?limit=0", ada.token), {"query", "limit"}, "greater_than_equal");
        check_422(s.get("/social/following/" + bob.id + "?skip=x", ada.token), {"query", "skip"}, "int_parsing");
        auto stats = ok(s.get("/social/follow-stats/" + bob.id, ada.token));
        CHECK(stats == json::parse(R"({"followers_count":1,"following_count":0})"));
        CHECK(ok(s.get("/social/follow-stats/" + unknown, ada.token)) ==
              json::parse(R"({"followers_count":0,"following_count":0})"));

        check_detail(s.del("/social/follow/" + ada.id, bob.token), 404, "Not following this user");
        check_detail(s.del("/social/follow/" + bob.id, ada.token), 200, "Unfollowed successfully");
        check_detail(s.del("/social/follow/" + bob.id, ada.token), 404, "Not following this user");

        // Five follows: Connected.
        for (const auto* n : {"uu1", "uu2", "uu3", "uu4"}) ok(s.post("/social/follow/" + s.register_user(n).id, "", ada.token), 201);
        CHECK_FALSE(has(milestones(s, ada), "Connected"));
        ok(s.post("/social/follow/" + bob.id, "", ada.token), 201);
        CHECK(has(milestones(s, ada), "Connected"));
        CHECK(ok(s.get("/users/me", ada.token)).at("last_active_date") == json::value(today_utc()));
    });
}

TEST_CASE("social: groups — create, list, mine, get, update, delete, join, leave, members", "[api][social][groups]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        auto g = ok(s.post("/social/groups", R"({"name":"Rust","description":"jobs"})", ada.token), 201);
        CHECK(keys_of(g) == group_keys);
        CHECK(str(g.at("created_by")) == ada.id);
        CHECK(g.at("is_public") == json::value(true));
        CHECK(g.at("member_count") == json::value(1));
        CHECK(has(milestones(s, ada), "Part of a Circle"));
        const auto pub = str(g.at("id"));
        const auto priv = new_group(s, ada, "Secret", false);
        const auto newest = new_group(s, bob, "Newest");

        check_422(s.post("/social/groups", R"({"name":""})", ada.token), {"body", "name"}, "string_too_short");
        check_422(s.post("/social/groups", R"({"name":")" + chars(101) + R"("})", ada.token), {"body", "name"},
                  "string_too_long");
        check_422(s.post("/social/groups", R"({})", ada.token), {"body", "name"}, "missing");
        check_422(s.post("/social/groups", R"({"name":"x","is_public":"maybe"})", ada.token), {"body", "is_public"},
                  "bool_type");

        auto listed = s.get("/social/groups", bob.token);
        CHECK(field_of(listed, "name") == std::vector<std::string>{"Newest", "Rust"});
        for (const auto& e : listed.body.as_array()) CHECK(e.at("member_count") == json::value(1));
        CHECK(field_of(s.get("/social/groups?limit=1", bob.token), "name") == std::vector<std::string>{"Newest"});
        CHECK(field_of(s.get("/social/groups/mine", ada.token), "name") == std::vector<std::string>{"Rust", "Secret"});

        check_detail(s.get("/social/groups/" + unknown, bob.token), 404, "Group not found");
        CHECK(ok(s.get("/social/groups/" + pub, bob.token)).at("name") == json::value("Rust"));
        check_detail(s.get("/social/groups/" + priv, bob.token), 403, "Group is private");
        check_detail(s.get("/social/groups/" + priv + "/members", bob.token), 403, "Group is private");
        check_detail(s.get("/social/groups/" + unknown + "/members", bob.token), 404, "Group not found");

        // Join: 404, 400, private by id.
        check_detail(s.post("/social/groups/" + unknown + "/join", "", bob.token), 404, "Group not found");
        check_detail(s.post("/social/groups/" + pub + "/join", "", ada.token), 400, "Already a member of this group");
        auto m = ok(s.post("/social/groups/" + priv + "/join", "", bob.token), 201);
        CHECK(keys_of(m) == member_keys);
        CHECK(m.at("role") == json::value("member"));
        CHECK(str(m.at("user_id")) == bob.id);
        CHECK(ok(s.get("/social/groups/" + priv, bob.token)).at("member_count") == json::value(2));
        auto members = s.get("/social/groups/" + priv + "/members", bob.token);
        CHECK(field_of(members, "user_id") == std::vector<std::string>{ada.id, bob.id});
        CHECK(field_of(members, "role") == std::vector<std::string>{"admin", "member"});
        CHECK(keys_of(members.body.as_array()[0]) == member_keys);

        // Update: creator only; member_count in the answer.
        check_detail(s.put("/social/groups/" + priv, R"({"name":"x"})", bob.token), 403, "Only group creator can update");
        check_detail(s.put("/social/groups/" + unknown, R"({"name":"x"})", ada.token), 404, "Group not found");
        check_422(s.put("/social/groups/" + priv, R"({"name":null})", ada.token), {"body", "name"}, "string_type");
        auto u = ok(s.put("/social/groups/" + priv, R"({"description":"d","is_public":true})", ada.token));
        CHECK(keys_of(u) == group_keys);
        CHECK(u.at("name") == json::value("Secret"));
        CHECK(u.at("description") == json::value("d"));
        CHECK(u.at("member_count") == json::value(2));
        CHECK(field_of(s.get("/social/groups", bob.token), "name").size() == 3);

        // Leave.
        check_detail(s.del("/social/groups/" + priv + "/leave", bob.token), 200, "Left group successfully");
        check_detail(s.del("/social/groups/" + priv + "/leave", bob.token), 404, "Not a member of this group");
        check_detail(s.del("/social/groups/" + unknown + "/leave", bob.token), 404, "Not a member of this group");

        // Delete: creator only; posts stay with group_id null.
        ok(s.post("/social/groups/" + pub + "/join", "", bob.token), 201);
        const auto in_group = new_post(s, bob, "kept", R"(,"group_id":")" + pub + "\"");
        check_detail(s.del("/social/groups/" + pub, bob.token), 403, "Only group creator can delete");
        check_detail(s.del("/social/groups/" + unknown, ada.token), 404, "Group not found");
        check_detail(s.del("/social/groups/" + pub, ada.token), 200, "Group deleted");
        check_detail(s.get("/social/groups/" + pub, ada.token), 404, "Group not found");
        check_detail(s.post("/social/groups/" + pub + "/join", "", bob.token), 404, "Group not found");
        auto mine = ok(s.get("/social/posts/mine", bob.token));
        REQUIRE(mine.as_array().size() == 1);
        CHECK(str(mine.as_array()[0].at("id")) == in_group);
        CHECK(mine.as_array()[0].at("group_id").is_null());
        CHECK(field_of(s.get("/social/groups/mine", bob.token), "name") == std::vector<std::string>{"Newest"});
        (void)newest;
    });
}

TEST_CASE("social: posts — create, 422s, group 404/403, feed, mine, update, delete, Sharing Insights", "[api][social][posts]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const auto g = new_group(s, bob, "Circle");
        auto p = ok(s.post("/social/posts", R"({"content":"hello"})", ada.token), 201);
        CHECK(keys_of(p) == post_keys);
        CHECK(p.at("post_type") == json::value("Update"));
        CHECK(p.at("is_public") == json::value(true));
        CHECK(p.at("group_id").is_null());
        CHECK(p.at("title").is_null());
        CHECK(p.at("reaction_count") == json::value(0));
        CHECK(has(milestones(s, ada), "Sharing Insights"));
        const auto first = str(p.at("id"));

        check_422(s.post("/social/posts", R"({"content":"x","post_type":"tip"})", ada.token), {"body", "post_type"}, "enum");
        check_422(s.post("/social/posts", R"({"content":"x","title":")" + chars(256) + R"("})", ada.token),
                  {"body", "title"}, "string_too_long");
        check_422(s.post("/social/posts", R"({"content":5})", ada.token), {"body", "content"}, "string_type");
        check_422(s.post("/social/posts", R"({"title":"t"})", ada.token), {"body", "content"}, "missing");
        check_422(s.post("/social/posts", R"([1])", ada.token), {"body"}, "model_attributes_type");
        CHECK(s.post("/social/posts", R"({"content":"x","title":")" + chars(255) + R"("})", ada.token).status == 201);
        check_detail(s.post("/social/posts", R"({"content":"x","group_id":")" + unknown + "\"}", ada.token), 404,
                     "Group not found");
        check_detail(s.post("/social/posts", R"({"content":"x","group_id":")" + g + "\"}", ada.token), 403,
                     "Not a member of this group");
        auto tip = ok(s.post("/social/posts", R"({"content":"group tip","post_type":"Tip","group_id":")" + g + "\"}",
                             bob.token), 201);
        CHECK(tip.at("post_type") == json::value("Tip"));
        CHECK(str(tip.at("group_id")) == g);
        new_post(s, ada, "private", R"(,"is_public":false)");

        CHECK(field_of(s.get("/social/posts/feed", bob.token), "content") ==
              std::vector<std::string>{"group tip", "x", "hello"});
        CHECK(field_of(s.get("/social/posts/feed?limit=1", bob.token), "content") == std::vector<std::string>{"group tip"});
        CHECK(field_of(s.get("/social/posts/feed?group_id=" + g, ada.token), "content") ==
              std::vector<std::string>{"group tip"});
        check_detail(s.get("/social/posts/feed?group_id=" + unknown, ada.token), 404, "Group not found");
        check_422(s.get("/social/posts/feed?limit=abc", ada.token), {"query", "limit"}, "int_parsing");
        CHECK(field_of(s.get("/social/posts/mine", ada.token), "content") ==
              std::vector<std::string>{"private", "x", "hello"});
        check_422(s.get("/social/posts/mine?skip=-1", ada.token), {"query", "skip"}, "greater_than_equal");

        check_detail(s.put("/social/posts/" + unknown, R"({"content":"y"})", ada.token), 404, "Post not found");
        check_detail(s.put("/social/posts/" + first, R"({"content":"y"})", bob.token), 403, "Not your post");
        check_422(s.put("/social/posts/" + first, R"({"content":null})", ada.token), {"body", "content"}, "string_type");
        check_422(s.put("/social/posts/" + first, R"({"is_public":[]})", ada.token), {"body", "is_public"}, "bool_type");
        auto u = ok(s.put("/social/posts/" + first, R"({"title":"T","content":"edited","is_public":false,"post_type":"Tip"})",
                          ada.token));
        CHECK(keys_of(u) == post_keys);
        CHECK(u.at("title") == json::value("T"));
        CHECK(u.at("content") == json::value("edited"));
        CHECK(u.at("is_public") == json::value(false));
        CHECK(u.at("post_type") == json::value("Update"));  // not updatable

        check_detail(s.del("/social/posts/" + first, bob.token), 403, "Not your post");
        check_detail(s.del("/social/posts/" + first, ada.token), 200, "Post deleted");
        check_detail(s.del("/social/posts/" + first, ada.token), 404, "Post not found");
    });
}

TEST_CASE("social: reactions — default Like, replace, counts, invisible post 404, remove", "[api][social][reactions]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const auto eve = s.register_user("eve");
        const auto p = new_post(s, ada, "news");
        check_detail(s.post("/social/posts/" + unknown + "/react", "{}", bob.token), 404, "Post not found");
        auto r = ok(s.post("/social/posts/" + p + "/react", "{}", bob.token), 201);
        CHECK(keys_of(r) == reaction_keys);
        CHECK(r.at("reaction") == json::value("Like"));
        CHECK(str(r.at("post_id")) == p);
        CHECK(str(r.at("user_id")) == bob.id);
        r = ok(s.post("/social/posts/" + p + "/react", R"({"reaction":"Celebrate"})", bob.token), 201);
        CHECK(r.at("reaction") == json::value("Celebrate"));
        ok(s.post("/social/posts/" + p + "/react", "", eve.token), 201);
        check_422(s.post("/social/posts/" + p + "/react", R"({"reaction":"like"})", bob.token), {"body", "reaction"}, "enum");
        auto feed = ok(s.get("/social/posts/feed", ada.token));
        CHECK(feed.as_array()[0].at("reaction_count") == json::value(2));
        CHECK(ok(s.get("/social/posts/mine", ada.token)).as_array()[0].at("reaction_count") == json::value(2));
        CHECK(ok(s.put("/social/posts/" + p, R"({"title":"t"})", ada.token)).at("reaction_count") == json::value(2));

        const auto hidden = new_post(s, ada, "hidden", R"(,"is_public":false)");
        check_detail(s.post("/social/posts/" + hidden + "/react", "{}", bob.token), 404, "Post not found");
        CHECK(s.post("/social/posts/" + hidden + "/react", "{}", ada.token).status == 201);

        check_detail(s.del("/social/posts/" + p + "/react", bob.token), 200, "Reaction removed");
        check_detail(s.del("/social/posts/" + p + "/react", bob.token), 404, "No reaction to remove");
        check_detail(s.del("/social/posts/" + unknown + "/react", bob.token), 404, "No reaction to remove");
        CHECK(ok(s.get("/social/posts/feed", ada.token)).as_array()[0].at("reaction_count") == json::value(1));
        // Deleting the post removes its reactions with it.
        check_detail(s.del("/social/posts/" + p, ada.token), 200, "Post deleted");
        check_detail(s.del("/social/posts/" + p + "/react", eve.token), 404, "No reaction to remove");
    });
}

TEST_CASE("progress/community: public profiles, recently active first, never-active last, limit", "[api][social][community]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const auto cy = s.register_user("cyd");
        const auto dee = s.register_user("dee");
        for (const auto* who : {&ada, &bob, &cy})
            ok(s.put("/users/me", R"({"profile_visibility":"public"})", who->token));
        ok(s.put("/users/me", R"({"profile_visibility":"followers"})", dee.token));
        new_post(s, bob, "active today");  // bob active today; the rest never
        auto r = s.get("/progress/community", ada.token);
        const auto body = ok(r);
        REQUIRE(body.as_array().size() == 3);
        CHECK(keys_of(body.as_array()[0]) == std::vector<std::string>{"user_id", "username", "display_name", "streak_days"});
        CHECK(str(body.as_array()[0].at("user_id")) == bob.id);
        CHECK(body.as_array()[0].at("streak_days") == json::value(1));
        auto names = field_of(r, "username");
        CHECK(names[0] == "bob");
        CHECK(!has(names, "dee"));
        CHECK(field_of(s.get("/progress/community?limit=1", ada.token), "username") == std::vector<std::string>{"bob"});
        check_422(s.get("/progress/community?limit=0", ada.token), {"query", "limit"}, "greater_than_equal");
        check_422(s.get("/progress/community?limit=x", ada.token), {"query", "limit"}, "int_parsing");
    });
}
