// GET/PUT /users/me, GET /users/search, GET /users/{user_id}: profiles and their visibility.
#include "api_fixture.hpp"

using namespace offertracker::api_test;

namespace {

const std::vector<std::string> public_profile_keys{"id",          "username",   "display_name", "bio",
                                                   "profile_visibility", "streak_days", "created_at"};

void set_visibility(api_server& s, const account& who, std::string_view visibility) {
    const auto r = s.put("/users/me", R"({"profile_visibility":")" + std::string(visibility) + "\"}", who.token);
    INFO(r.raw);
    REQUIRE(r.status == 200);
}

}  // namespace

TEST_CASE("GET /users/me: the caller's full profile, never a password", "[api][users]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto r = s.get("/users/me", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(str(r["id"]) == ada.id);
        CHECK(str(r["email"]) == ada.email);
        CHECK(str(r["username"]) == "ada");
        CHECK(r.raw.find("password") == std::string::npos);
        CHECK(r.raw.find("hash") == std::string::npos);
    });
}

TEST_CASE("PUT /users/me: partial update, null clears, the two visibility fields stay in step", "[api][users]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");

        auto r = s.put("/users/me", R"({"display_name":"Ada Lovelace","bio":"Analyst"})", ada.token);
        REQUIRE(r.status == 200);
        CHECK(str(r["display_name"]) == "Ada Lovelace");
        CHECK(str(r["bio"]) == "Analyst");
        CHECK(str(r["username"]) == "ada");

        r = s.put("/users/me", R"({"bio":"Engine"})", ada.token);
        CHECK(str(r["display_name"]) == "Ada Lovelace");  // omitted: kept
        CHECK(str(r["bio"]) == "Engine");
        r = s.put("/users/me", R"({"bio":null})", ada.token);
        CHECK(r.status == 200);
        CHECK(r["bio"].is_null());  // null: cleared (docs/behaviour.md §7)
        CHECK(s.get("/users/me", ada.token)["bio"].is_null());

        r = s.put("/users/me", R"({"profile_visibility":"public"})", ada.token);
        CHECK(str(r["profile_visibility"]) == "public");
        CHECK(r["is_profile_public"] == json::value(true));
        r = s.put("/users/me", R"({"is_profile_public":false})", ada.token);
        CHECK(str(r["profile_visibility"]) == "private");
        CHECK(r["is_profile_public"] == json::value(false));
        r = s.put("/users/me", R"({"is_profile_public":true})", ada.token);
        CHECK(str(r["profile_visibility"]) == "public");
        r = s.put("/users/me", R"({"profile_visibility":"followers"})", ada.token);
        CHECK(str(r["profile_visibility"]) == "followers");
        CHECK(r["is_profile_public"] == json::value(false));
        // Both sent: profile_visibility wins.
        r = s.put("/users/me", R"({"profile_visibility":"groups","is_profile_public":true})", ada.token);
        CHECK(str(r["profile_visibility"]) == "groups");
        CHECK(r["is_profile_public"] == json::value(false));
        // Persisted.
        const auto me = s.get("/users/me", ada.token);
        CHECK(str(me["profile_visibility"]) == "groups");
        CHECK(str(me["display_name"]) == "Ada Lovelace");
    });
}

TEST_CASE("PUT /users/me: 422 for bad values, nothing changed", "[api][users]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        check_422(s.put("/users/me", R"({"profile_visibility":"everyone"})", ada.token), {"body", "profile_visibility"},
                  "enum");
        check_422(s.put("/users/me", R"({"profile_visibility":"Public"})", ada.token), {"body", "profile_visibility"},
                  "enum");
        check_422(s.put("/users/me", R"({"is_profile_public":"true"})", ada.token), {"body", "is_profile_public"},
                  "bool_type", "Input should be a valid boolean");
        check_422(s.put("/users/me", R"({"display_name":12})", ada.token), {"body", "display_name"}, "string_type");
        CHECK(s.put("/users/me", json::serialize(json::object{{"display_name", chars(100)}}), ada.token).status == 200);
        check_422(s.put("/users/me", json::serialize(json::object{{"display_name", chars(101)}}), ada.token),
                  {"body", "display_name"}, "string_too_long");
        check_422(s.put("/users/me", "{\"bio\":", ada.token), {"body", 0LL}, "json_invalid");
        check_422(s.put("/users/me", "[]", ada.token), {"body"}, "model_attributes_type");
        const auto me = s.get("/users/me", ada.token);
        CHECK(str(me["profile_visibility"]) == "private");
        CHECK(str(me["display_name"]) == chars(100));
    });
}

TEST_CASE("GET /users/search: blank q gives [], only public profiles, paging validated", "[api][users]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto adam = s.register_user("adam");
        const auto adele = s.register_user("adele");
        s.register_user("bob");
        set_visibility(s, ada, "public");
        set_visibility(s, adam, "public");
        set_visibility(s, adele, "followers");  // not public: never in search results
        REQUIRE(s.put("/users/me", R"({"display_name":"Bobby Tables"})", adele.token).status == 200);

        auto r = s.get("/users/search", ada.token);
        CHECK(r.status == 200);
        CHECK(r.body == json::value(json::array{}));
        CHECK(s.get("/users/search?q=", ada.token).body == json::value(json::array{}));
        CHECK(s.get("/users/search?q=%20%20", ada.token).body == json::value(json::array{}));

        r = s.get("/users/search?q=ADA", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        REQUIRE(r.body.is_array());
        std::vector<std::string> names;
        for (const auto& u : r.body.as_array()) {
            names.push_back(str(u.at("username")));
            CHECK(keys_of(u) == public_profile_keys);
            CHECK(str(u.at("profile_visibility")) == "public");
        }
        std::sort(names.begin(), names.end());
        CHECK(names == std::vector<std::string>{"ada", "adam"});

        // Display names match too; private profiles never do.
        REQUIRE(s.put("/users/me", R"({"display_name":"Countess of Lovelace"})", ada.token).status == 200);
        r = s.get("/users/search?q=lovelace", adam.token);
        REQUIRE(r.body.is_array());
        REQUIRE(r.body.as_array().size() == 1);
        CHECK(str(r.body.as_array()[0].at("username")) == "ada");
        CHECK(s.get("/users/search?q=bob", ada.token).body == json::value(json::array{}));

        // Paging applies after the public filter (docs/behaviour.md §10).
        r = s.get("/users/search?q=a&limit=1", ada.token);
        CHECK(r.body.as_array().size() == 1);
        r = s.get("/users/search?q=a&skip=1&limit=5", ada.token);
        CHECK(r.body.as_array().size() == 1);
        r = s.get("/users/search?q=a&limit=1000", ada.token);
        CHECK(r.body.as_array().size() == 2);

        check_422(s.get("/users/search?q=a&skip=-1", ada.token), {"query", "skip"}, "greater_than_equal");
        check_422(s.get("/users/search?q=a&limit=0", ada.token), {"query", "limit"}, "greater_than_equal");
        check_422(s.get("/users/search?q=a&limit=1001", ada.token), {"query", "limit"}, "less_than_equal");
        check_422(s.get("/users/search?q=a&limit=abc", ada.token), {"query", "limit"}, "int_parsing");
    });
}

TEST_CASE("GET /users/{id}: public profiles for all, private ones only for their owner", "[api][users]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");

        // Private by default: 403 to others, visible to its owner.
        check_detail(s.get("/users/" + ada.id, bob.token), 403, "Profile is private");
        auto r = s.get("/users/" + ada.id, ada.token);
        CHECK(r.status == 200);
        CHECK(keys_of(r.body) == public_profile_keys);
        CHECK(str(r["profile_visibility"]) == "private");

        set_visibility(s, ada, "public");
        r = s.get("/users/" + ada.id, bob.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(keys_of(r.body) == public_profile_keys);  // no email, no password
        CHECK(str(r["id"]) == ada.id);
        CHECK(str(r["username"]) == "ada");
        CHECK(str(r["profile_visibility"]) == "public");

        // followers/groups without a follow or a shared group: private to bob.
        set_visibility(s, ada, "followers");
        check_detail(s.get("/users/" + ada.id, bob.token), 403, "Profile is private");
        set_visibility(s, ada, "groups");
        check_detail(s.get("/users/" + ada.id, bob.token), 403, "Profile is private");

        check_detail(s.get("/users/00000000-0000-4000-8000-000000000000", bob.token), 404, "User not found");
        check_detail(s.get("/users/not-a-uuid", bob.token), 404, "User not found");
    });
}
