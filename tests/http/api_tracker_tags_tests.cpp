// /tags over real sockets: create (default colour), list by name, duplicate names (create and rename), update,
// delete removing assignments, assign/remove under both route forms, the application's tags with the nested tag,
// ownership, 401 and 422.
#include "api_fixture.hpp"

#include <algorithm>

using namespace offertracker::api_test;

namespace {

const std::vector<std::string> tag_keys{"id", "user_id", "name", "color", "created_at"};
const std::vector<std::string> link_keys{"id", "application_id", "tag_id", "created_at", "tag"};
const std::string unknown = "00000000-0000-4000-8000-000000000000";

std::string new_tag(api_server& s, const account& who, std::string_view name) {
    auto r = s.post("/tags/", R"({"name":)" + quoted(name) + "}", who.token);
    INFO(r.raw);
    REQUIRE(r.status == 201);
    return str(r["id"]);
}

std::vector<std::string> tag_names(const reply& r) {
    INFO(r.raw);
    REQUIRE(r.status == 200);
    std::vector<std::string> out;
    for (const auto& t : r.body.as_array()) {
        CHECK(keys_of(t) == tag_keys);
        out.push_back(str(t.at("name")));
    }
    return out;
}

// The names of the tags on an application, sorted (the route has no set order).
std::vector<std::string> tags_on(api_server& s, const account& who, const std::string& app) {
    auto r = s.get("/tags/application/" + app, who.token);
    INFO(r.raw);
    REQUIRE(r.status == 200);
    std::vector<std::string> out;
    for (const auto& link : r.body.as_array()) {
        CHECK(keys_of(link) == link_keys);
        CHECK(str(link.at("application_id")) == app);
        REQUIRE(link.at("tag").is_object());
        CHECK(keys_of(link.at("tag")) == tag_keys);
        CHECK(str(link.at("tag").at("id")) == str(link.at("tag_id")));
        out.push_back(str(link.at("tag").at("name")));
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("tags: create with the default colour, list by name, duplicates, rename, delete", "[api][tags]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        auto r = s.post("/tags/", R"({"name":"remote"})", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        CHECK(keys_of(r.body) == tag_keys);
        CHECK(str(r["user_id"]) == ada.id);
        CHECK(str(r["name"]) == "remote");
        CHECK(str(r["color"]) == "#6366f1");
        const auto remote = str(r["id"]);
        r = s.post("/tags", R"({"name":"Urgent","color":"#ff0000"})", ada.token);
        REQUIRE(r.status == 201);
        CHECK(str(r["color"]) == "#ff0000");
        const auto urgent = str(r["id"]);
        new_tag(s, ada, "alpha");

        check_detail(s.post("/tags/", R"({"name":"remote","color":"#000"})", ada.token), 400,
                     "Tag with this name already exists");
        // Case-sensitive, and per user.
        new_tag(s, ada, "Remote");
        new_tag(s, bob, "remote");
        CHECK(tag_names(s.get("/tags/", ada.token)) == std::vector<std::string>{"Remote", "Urgent", "alpha", "remote"});
        CHECK(tag_names(s.get("/tags", bob.token)) == std::vector<std::string>{"remote"});

        r = s.put("/tags/" + remote, R"({"name":"hybrid"})", ada.token);
        REQUIRE(r.status == 200);
        CHECK(keys_of(r.body) == tag_keys);
        CHECK(str(r["name"]) == "hybrid");
        CHECK(str(r["color"]) == "#6366f1");
        r = s.put("/tags/" + remote, R"({"color":"#00ff00"})", ada.token);
        REQUIRE(r.status == 200);
        CHECK(str(r["name"]) == "hybrid");
        CHECK(str(r["color"]) == "#00ff00");
        CHECK(s.put("/tags/" + remote, R"({"name":"hybrid"})", ada.token).status == 200);
        check_detail(s.put("/tags/" + remote, R"({"name":"Urgent"})", ada.token), 400, "Tag with this name already exists");
        check_detail(s.put("/tags/" + urgent, R"({"name":"hybrid","color":"#111111"})", ada.token), 400,
                     "Tag with this name already exists");
        CHECK(tag_names(s.get("/tags/", ada.token)) == std::vector<std::string>{"Remote", "Urgent", "alpha", "hybrid"});
        r = s.get("/tags/", ada.token);
        for (const auto& t : r.body.as_array())
            if (str(t.at("id")) == urgent) CHECK(str(t.at("color")) == "#ff0000");

        check_detail(s.del("/tags/" + urgent, ada.token), 200, "Tag deleted");
        check_detail(s.del("/tags/" + urgent, ada.token), 404, "Tag not found");
        CHECK(tag_names(s.get("/tags/", ada.token)) == std::vector<std::string>{"Remote", "alpha", "hybrid"});
        // The name is free again.
        new_tag(s, ada, "Urgent");
    });
}

TEST_CASE("tags: assign and remove under both route forms; delete removes from every application", "[api][tags]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto a1 = str(s.create_application(ada).at("id"));
        const auto a2 = str(s.create_application(ada, R"({"company_name":"Globex","role_title":"SRE"})").at("id"));
        const auto remote = new_tag(s, ada, "remote");
        const auto urgent = new_tag(s, ada, "urgent");
        CHECK(s.get("/tags/application/" + a1, ada.token).body == json::value(json::array{}));

        auto r = s.post("/tags/application/" + a1 + "/assign/" + remote, "", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        CHECK(keys_of(r.body) == link_keys);
        CHECK(str(r["application_id"]) == a1);
        CHECK(str(r["tag_id"]) == remote);
        CHECK(r["tag"].is_null());
        CHECK(r["created_at"].is_string());
        r = s.post("/tags/application/" + a1 + "/" + urgent, "", ada.token);  // the reference backend's form
        REQUIRE(r.status == 201);
        CHECK(str(r["tag_id"]) == urgent);
        REQUIRE(s.post("/tags/application/" + a2 + "/assign/" + remote, "", ada.token).status == 201);
        CHECK(tags_on(s, ada, a1) == std::vector<std::string>{"remote", "urgent"});
        CHECK(tags_on(s, ada, a2) == std::vector<std::string>{"remote"});

        check_detail(s.post("/tags/application/" + a1 + "/assign/" + remote, "", ada.token), 400,
                     "Tag already assigned to this application");
        check_detail(s.post("/tags/application/" + a1 + "/" + urgent, "", ada.token), 400,
                     "Tag already assigned to this application");

        auto log = s.get("/analytics/activity?application_id=" + a1, ada.token);
        REQUIRE(log.status == 200);
        const auto& entries = log.body.as_array();
        REQUIRE(entries.size() == 3);
        CHECK(str(entries[0].at("action")) == "Tag Assigned");
        CHECK(str(entries[0].at("description")) == "Tagged application with 'urgent'");
        CHECK(str(entries[0].at("application_id")) == a1);
        CHECK(str(entries[1].at("description")) == "Tagged application with 'remote'");

        check_detail(s.del("/tags/application/" + a1 + "/remove/" + urgent, ada.token), 200, "Tag removed from application");
        CHECK(tags_on(s, ada, a1) == std::vector<std::string>{"remote"});
        check_detail(s.del("/tags/application/" + a1 + "/remove/" + urgent, ada.token), 404,
                     "Tag not assigned to this application");
        check_detail(s.del("/tags/application/" + a1 + "/" + remote, ada.token), 200, "Tag removed from application");
        check_detail(s.del("/tags/application/" + a1 + "/" + remote, ada.token), 404, "Tag not assigned to this application");
        check_detail(s.del("/tags/application/" + a1 + "/remove/" + unknown, ada.token), 404,
                     "Tag not assigned to this application");
        CHECK(tags_on(s, ada, a1).empty());

        // Delete: gone from every application, the other tags stay.
        REQUIRE(s.post("/tags/application/" + a1 + "/assign/" + remote, "", ada.token).status == 201);
        REQUIRE(s.post("/tags/application/" + a1 + "/assign/" + urgent, "", ada.token).status == 201);
        check_detail(s.del("/tags/" + remote, ada.token), 200, "Tag deleted");
        CHECK(tags_on(s, ada, a1) == std::vector<std::string>{"urgent"});
        CHECK(tags_on(s, ada, a2).empty());
        check_detail(s.post("/tags/application/" + a2 + "/assign/" + remote, "", ada.token), 404, "Tag not found");
    });
}

TEST_CASE("tags: 401, 403 for another user's tag or application, 404", "[api][tags][auth]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const auto app = str(s.create_application(ada).at("id"));
        const auto bob_app = str(s.create_application(bob).at("id"));
        const auto tag = new_tag(s, ada, "mine");
        const auto bob_tag = new_tag(s, bob, "bob's");

        check_detail(s.get("/tags/"), 401, "Not authenticated");
        check_detail(s.post("/tags/", R"({"name":"x"})"), 401, "Not authenticated");
        check_detail(s.put("/tags/" + tag, R"({"name":"x"})"), 401, "Not authenticated");
        check_detail(s.del("/tags/" + tag), 401, "Not authenticated");
        check_detail(s.get("/tags/application/" + app), 401, "Not authenticated");
        check_detail(s.post("/tags/application/" + app + "/assign/" + tag, ""), 401, "Not authenticated");
        check_detail(s.post("/tags/application/" + app + "/" + tag, ""), 401, "Not authenticated");
        check_detail(s.del("/tags/application/" + app + "/remove/" + tag), 401, "Not authenticated");
        check_detail(s.del("/tags/application/" + app + "/" + tag), 401, "Not authenticated");

        check_detail(s.put("/tags/" + tag, R"({"name":"stolen"})", bob.token), 403, "Not your tag");
        check_detail(s.del("/tags/" + tag, bob.token), 403, "Not your tag");
        check_detail(s.put("/tags/" + unknown, R"({"name":"x"})", ada.token), 404, "Tag not found");
        check_detail(s.del("/tags/" + unknown, ada.token), 404, "Tag not found");

        // Application first (404, 403), then the tag (404, also for someone else's tag).
        check_detail(s.get("/tags/application/" + app, bob.token), 403, "Not your application");
        check_detail(s.get("/tags/application/" + unknown, ada.token), 404, "Application not found");
        check_detail(s.post("/tags/application/" + bob_app + "/assign/" + tag, "", ada.token), 403, "Not your application");
        check_detail(s.post("/tags/application/" + bob_app + "/" + unknown, "", ada.token), 403, "Not your application");
        check_detail(s.post("/tags/application/" + unknown + "/assign/" + tag, "", ada.token), 404, "Application not found");
        check_detail(s.post("/tags/application/" + app + "/assign/" + unknown, "", ada.token), 404, "Tag not found");
        check_detail(s.post("/tags/application/" + app + "/assign/" + bob_tag, "", ada.token), 404, "Tag not found");
        check_detail(s.post("/tags/application/" + app + "/" + bob_tag, "", ada.token), 404, "Tag not found");
        check_detail(s.del("/tags/application/" + bob_app + "/remove/" + bob_tag, ada.token), 403, "Not your application");
        check_detail(s.del("/tags/application/" + unknown + "/" + tag, ada.token), 404, "Application not found");

        CHECK(tags_on(s, ada, app).empty());
        CHECK(tag_names(s.get("/tags/", ada.token)) == std::vector<std::string>{"mine"});
        CHECK(tag_names(s.get("/tags/", bob.token)) == std::vector<std::string>{"bob's"});
    });
}

TEST_CASE("tags: 422 for bad bodies", "[api][tags][validation]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        auto post = [&](const std::string& body) { return s.post("/tags/", body, ada.token); };
        check_422(post("{}"), {"body", "name"}, "missing");
        check_422(post(R"({"name":5})"), {"body", "name"}, "string_type");
        check_422(post(R"({"name":null})"), {"body", "name"}, "string_type");
        check_422(post(json::serialize(json::object{{"name", chars(51)}})), {"body", "name"}, "string_too_long",
                  "String should have at most 50 characters");
        check_422(post(R"({"name":"x","color":"#1234567"})"), {"body", "color"}, "string_too_long",
                  "String should have at most 7 characters");
        check_422(post(R"({"name":"x","color":123})"), {"body", "color"}, "string_type");
        check_422(post("not json"), {"body", 0LL}, "json_invalid");
        CHECK(s.get("/tags/", ada.token).body == json::value(json::array{}));
        CHECK(post(json::serialize(json::object{{"name", chars(50)}, {"color", "#123456"}})).status == 201);

        const auto id = str(s.get("/tags/", ada.token).body.as_array()[0].at("id"));
        check_422(s.put("/tags/" + id, R"({"name":null})", ada.token), {"body", "name"}, "string_type");
        check_422(s.put("/tags/" + id, R"({"color":null})", ada.token), {"body", "color"}, "string_type");
        check_422(s.put("/tags/" + id, json::serialize(json::object{{"name", chars(51)}}), ada.token), {"body", "name"},
                  "string_too_long");
        check_422(s.put("/tags/" + id, R"({"color":"#12345678"})", ada.token), {"body", "color"}, "string_too_long");
        CHECK(tag_names(s.get("/tags/", ada.token)) == std::vector<std::string>{chars(50)});
    });
}
