// GET /analytics/activity: the timeline the core writes for every documented action, newest first.
#include "api_fixture.hpp"

using namespace offertracker::api_test;

namespace {

const std::vector<std::string> activity_keys{"id",          "user_id",  "application_id", "action",
                                             "description", "metadata", "created_at"};

struct expected_entry {
    std::string action;
    std::string description;
    std::string metadata;  // JSON text
};

void check_entries(const reply& r, const std::string& user_id, const std::string& app_id,
                   const std::vector<expected_entry>& want) {
    INFO(r.raw);
    REQUIRE(r.status == 200);
    REQUIRE(r.body.is_array());
    const auto& got = r.body.as_array();
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        INFO("entry " << i);
        CHECK(keys_of(got[i]) == activity_keys);
        CHECK(str(got[i].at("user_id")) == user_id);
        CHECK(str(got[i].at("application_id")) == app_id);
        CHECK(str(got[i].at("action")) == want[i].action);
        CHECK(str(got[i].at("description")) == want[i].description);
        CHECK(got[i].at("metadata") == parse_json(want[i].metadata));
    }
}

}  // namespace

TEST_CASE("activity: every documented action, auto flags, newest first", "[api][activity]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        CHECK(s.get("/analytics/activity", ada.token).body == json::value(json::array{}));

        const std::string app = str(s.create_application(ada, R"({"company_name":"Acme","role_title":"Engineer"})").at("id"));
        REQUIRE(s.put("/applications/" + app, R"({"status":"Applied"})", ada.token).status == 200);
        REQUIRE(s.put("/applications/" + app, R"({"notes":"called back"})", ada.token).status == 200);
        REQUIRE(s.post("/applications/" + app + "/stages", R"({"stage_name":"Phone screen"})", ada.token).status == 201);
        REQUIRE(s.post("/applications/" + app + "/outcome", "{}", ada.token).status == 201);
        REQUIRE(s.post("/applications/" + app + "/reflection", "{}", ada.token).status == 201);

        const std::vector<expected_entry> want{
            {"Reflection Added", "Added a post-interview reflection", "{}"},
            {"Offer Added", "Recorded offer details", "{}"},
            {"Status Changed", "Status: Interviewing \u2192 Offer (offer received)",
             R"({"old_status":"Interviewing","new_status":"Offer","auto":true})"},
            {"Stage Added", "Added stage: Phone screen", "{}"},
            {"Status Changed", "Status: Applied \u2192 Interviewing (auto)",
             R"({"old_status":"Applied","new_status":"Interviewing","auto":true})"},
            {"Application Updated", "Updated Acme", "{}"},
            {"Status Changed", "Status: Saved \u2192 Applied", R"({"old_status":"Saved","new_status":"Applied","auto":false})"},
            {"Application Created", "Created: Acme \u2014 Engineer", "{}"},
        };
        check_entries(s.get("/analytics/activity", ada.token), ada.id, app, want);
        check_entries(s.get("/analytics/activity/", ada.token), ada.id, app, want);
        check_entries(s.get("/analytics/activity?application_id=" + app, ada.token), ada.id, app, want);

        // Newest first by created_at.
        const auto all = s.get("/analytics/activity", ada.token).body.as_array();
        for (std::size_t i = 1; i < all.size(); ++i) CHECK(str(all[i - 1].at("created_at")) >= str(all[i].at("created_at")));

        // Paging.
        check_entries(s.get("/analytics/activity?limit=2", ada.token), ada.id, app, {want[0], want[1]});
        check_entries(s.get("/analytics/activity?skip=6", ada.token), ada.id, app, {want[6], want[7]});
        check_entries(s.get("/analytics/activity?skip=2&limit=1", ada.token), ada.id, app, {want[2]});
        check_422(s.get("/analytics/activity?skip=-1", ada.token), {"query", "skip"}, "greater_than_equal");
        check_422(s.get("/analytics/activity?limit=0", ada.token), {"query", "limit"}, "greater_than_equal");
        check_422(s.get("/analytics/activity?limit=1001", ada.token), {"query", "limit"}, "less_than_equal");
        check_422(s.get("/analytics/activity?limit=abc", ada.token), {"query", "limit"}, "int_parsing");

        // Failed writes record nothing; updates and deletes of sub-resources record nothing.
        (void)s.post("/applications/" + app + "/outcome", "{}", ada.token);  // 409
        (void)s.post("/applications/", R"({"company_name":"x"})", ada.token);  // 422
        CHECK(s.get("/analytics/activity", ada.token).body.as_array().size() == want.size());
    });
}

TEST_CASE("activity: a Rejected outcome on an Applied application, and the default limit of 50", "[api][activity]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const std::string app =
            str(s.create_application(ada, R"({"company_name":"Acme","role_title":"Engineer","status":"Applied"})").at("id"));
        REQUIRE(s.post("/applications/" + app + "/outcome", R"({"status":"Rejected"})", ada.token).status == 201);
        const auto r = s.get("/analytics/activity", ada.token);
        REQUIRE(r.body.as_array().size() == 3);
        const auto& changed = r.body.as_array()[1];
        CHECK(str(changed.at("action")) == "Status Changed");
        CHECK(changed.at("metadata") == parse_json(R"({"old_status":"Applied","new_status":"Rejected","auto":true})"));
        CHECK(str(r.body.as_array()[0].at("action")) == "Offer Added");

        // 60 entries: the default page holds 50.
        for (int i = 0; i < 57; ++i)
            REQUIRE(s.put("/applications/" + app, R"({"notes":"n)" + std::to_string(i) + "\"}", ada.token).status == 200);
        CHECK(s.get("/analytics/activity", ada.token).body.as_array().size() == 50);
        CHECK(s.get("/analytics/activity?limit=1000", ada.token).body.as_array().size() == 60);
    });
}

TEST_CASE("activity: only the caller's entries; another user's application is 403, an unknown one 404", "[api][activity]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const std::string adas = str(s.create_application(ada).at("id"));
        const std::string bobs = str(s.create_application(bob).at("id"));
        const auto mine = s.get("/analytics/activity", ada.token);
        REQUIRE(mine.body.as_array().size() == 1);
        CHECK(str(mine.body.as_array()[0].at("application_id")) == adas);
        check_detail(s.get("/analytics/activity?application_id=" + bobs, ada.token), 403, "Not your application");
        check_detail(s.get("/analytics/activity?application_id=00000000-0000-4000-8000-000000000000", ada.token), 404,
                     "Application not found");
        // An empty application_id means no filter.
        CHECK(s.get("/analytics/activity?application_id=", ada.token).body.as_array().size() == 1);
    });
}
