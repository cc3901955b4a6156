// Inputs at the edges: characters the databases treat specially, extreme numbers, form encoding, wildcards,
// hostile paths and file names, deep nesting. None may give a 500 or change what was sent.
#include "api_fixture.hpp"

using namespace offertracker::api_test;
using offertracker::testing::make_multipart;
using offertracker::testing::multipart_field;

TEST_CASE("edge: unicode, quote and control characters round-trip exactly or are refused with 422", "[api][edge]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        for (const std::string& name : {std::string("Zürich AG 日本 😀"), std::string("O'Brien \"Quotes\" \\ back; DROP TABLE users;--"),
                                       std::string("tab\there\nnewline")}) {
            INFO(json::serialize(json::value(json::string(name))));
            const auto r = s.post("/applications/",
                                  json::serialize(json::object{{"company_name", name}, {"role_title", "r"}, {"notes", name}}),
                                  ada.token);
            INFO(r.raw);
            CHECK((r.status == 201 || r.status == 422));
            if (r.status != 201) continue;
            CHECK(str(r["company_name"]) == name);
            const auto got = s.get("/applications/" + str(r["id"]), ada.token);
            CHECK(str(got["company_name"]) == name);
            CHECK(str(got["notes"]) == name);
        }
        // 255 four-byte characters are 255 characters.
        std::string emoji;
        for (int i = 0; i < 255; ++i) emoji += "😀";
        CHECK(s.post("/applications/", json::serialize(json::object{{"company_name", emoji}, {"role_title", "r"}}), ada.token)
                  .status == 201);
        check_422(s.post("/applications/", json::serialize(json::object{{"company_name", emoji + "😀"}, {"role_title", "r"}}),
                         ada.token),
                  {"body", "company_name"}, "string_too_long");
        // Invalid UTF-8 is not JSON.
        check_422(s.post("/applications/", "{\"company_name\":\"\xff\xfe\",\"role_title\":\"r\"}", ada.token), {"body", 0LL},
                  "json_invalid");
    });
}

TEST_CASE("edge: the largest salaries round-trip on every engine", "[api][edge]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto r = s.post("/applications/",
                              R"({"company_name":"Big","role_title":"r","salary_min":9223372036854775806,"salary_max":9223372036854775807})",
                              ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        const auto got = s.get("/applications/" + str(r["id"]), ada.token);
        CHECK(got["salary_min"] == json::value(9223372036854775806LL));
        CHECK(got["salary_max"] == json::value(9223372036854775807LL));
        const auto app = str(r["id"]);
        const auto o = s.post("/applications/" + app + "/outcome", R"({"salary":9223372036854775807})", ada.token);
        CHECK(o.status == 201);
        CHECK(s.get("/applications/" + app, ada.token)["outcome"].at("salary") == json::value(9223372036854775807LL));
        check_422(s.post("/applications/" + app + "/stages", R"({"stage_name":"x","duration_minutes":2147483648})", ada.token),
                  {"body", "duration_minutes"}, "less_than_equal");
    });
}

TEST_CASE("edge: form-encoded login decodes '+', percent escapes and reserved characters", "[api][edge][auth]") {
    for_each_engine([](api_server& s) {
        const std::string password = "a b+c&d=e%f!";
        REQUIRE(s.post("/auth/register",
                       json::serialize(json::object{{"email", "form+tag@example.com"}, {"username", "former"}, {"password", password}}))
                    .status == 201);
        const auto r = s.raw("POST", "/api/v1/auth/login", "username=form%2Btag%40example.com&password=a+b%2Bc%26d%3De%25f%21",
                             {}, {{"Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"}});
        INFO(r.raw);
        CHECK(r.status == 200);
        // '+' in a form means a space: "form tag@example.com" is someone else.
        check_detail(s.raw("POST", "/api/v1/auth/login", "username=form+tag%40example.com&password=a+b%2Bc%26d%3De%25f%21", {},
                           {{"Content-Type", "application/x-www-form-urlencoded"}}),
                     401, "Incorrect email or password");
    });
}

TEST_CASE("edge: LIKE wildcards in a search match only themselves", "[api][edge][users]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        for (const auto* who : {&ada, &bob})
            REQUIRE(s.put("/users/me", R"({"profile_visibility":"public"})", who->token).status == 200);
        CHECK(s.get("/users/search?q=%25", ada.token).body == json::value(json::array{}));  // "%"
        CHECK(s.get("/users/search?q=_", ada.token).body == json::value(json::array{}));
        CHECK(s.get("/users/search?q=%5C", ada.token).body == json::value(json::array{}));  // "\"
        CHECK(s.get("/users/search?q=a%25", ada.token).body == json::value(json::array{}));
        CHECK(s.get("/users/search?q=b_b", ada.token).body == json::value(json::array{}));
        CHECK(s.get("/users/search?q=b%27", ada.token).body == json::value(json::array{}));  // "b'"
        CHECK(s.get("/users/search?q=BO", ada.token).body.as_array().size() == 1);
    });
}

TEST_CASE("edge: /files refuses traversal and foreign keys; hostile upload names are harmless", "[api][edge][upload]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const std::string base = std::string(prefix) + "/files/";
        for (const std::string& path : {base + "..%2F..%2F/etc%2Fpasswd", base + ada.id + "/..%2F..%2Fsecret",
                                       base + "%2E%2E/" + ada.id, base + ada.id + "/%2E%2E", base + ada.id + "/a%00b.pdf"}) {
            INFO(path);
            const auto r = s.raw("GET", path, {}, ada.token);
            CHECK(r.status == 404);
            CHECK(r["detail"].is_string());
        }
        // A hostile original file name changes nothing: the key is built from ids.
        const auto resume = s.create_resume(ada);
        const auto body = make_multipart({multipart_field{"file", "%PDF-1.7 hostile", "../../../etc/passwd.pdf", "application/pdf"}});
        const auto up = s.raw("POST", "/api/v1/upload/resumes/" + resume, body.body, ada.token,
                              {{"Content-Type", body.content_type}});
        INFO(up.raw);
        REQUIRE(up.status == 200);
        const std::string url = str(up["file_url"]);
        CHECK(url.find("passwd") == std::string::npos);
        CHECK(url.find("..") == std::string::npos);
        const std::string target = url.substr(public_url.size());
        CHECK(s.raw("GET", target).raw == "%PDF-1.7 hostile");
        // Bob cannot reach it through his own token, even naming the exact key.
        const std::string key = target.substr(base.size(), target.find('?') - base.size());
        CHECK(s.raw("GET", base + key, {}, bob.token).status == 404);
    });
}

TEST_CASE("edge: deep nesting and unknown fields", "[api][edge]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const std::string app = str(s.create_application(ada).at("id"));
        // Far deeper than any skill map: refused as a bad body, not a crash.
        std::string deep = R"({"skill_gaps":)";
        for (int i = 0; i < 200; ++i) deep += R"({"a":)";
        deep += "1";
        for (int i = 0; i < 200; ++i) deep += "}";
        deep += "}";
        const auto r = s.post("/applications/" + app + "/reflection", deep, ada.token);
        CHECK(r.status == 422);
        CHECK(s.get("/applications/" + app, ada.token)["reflection"].is_null());

        // Unknown fields are ignored (the reference client sends application_id in sub-resource bodies).
        const auto stage = s.post("/applications/" + app + "/stages",
                                  R"({"application_id":"someone-else","stage_name":"x","id":"forced","extra":[1,2]})", ada.token);
        INFO(stage.raw);
        REQUIRE(stage.status == 201);
        CHECK(str(stage["application_id"]) == app);
        CHECK(str(stage["id"]) != "forced");
        const auto created = s.post("/applications/", R"({"company_name":"A","role_title":"r","user_id":"other","id":"x"})", ada.token);
        REQUIRE(created.status == 201);
        CHECK(str(created["user_id"]) == ada.id);
        CHECK(str(created["id"]) != "x");
    });
}
