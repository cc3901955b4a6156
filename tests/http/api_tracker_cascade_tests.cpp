// Deleting an application (docs/behaviour.md §8): its documents, reminders and tag links go; its contacts and the
// saved job converted into it stay, unlinked; the tags themselves stay.
#include "api_fixture.hpp"

using namespace offertracker::api_test;

TEST_CASE("deleting an application removes documents, reminders, tag links; unlinks contacts and the saved job", "[api][tracker][cascade]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto job = str(s.post("/saved-jobs/", R"({"company_name":"Acme","role_title":"Engineer"})", ada.token)["id"]);
        auto converted = s.post("/saved-jobs/" + job + "/convert", "", ada.token);
        REQUIRE(converted.status == 201);
        const auto app = str(converted["id"]);
        const auto keep = str(s.create_application(ada, R"({"company_name":"Globex","role_title":"SRE"})").at("id"));

        const auto contact =
            str(s.post("/contacts/", R"({"name":"Grace","application_id":")" + app + "\"}", ada.token)["id"]);
        const auto doc =
            str(s.post("/documents/", R"({"application_id":")" + app + R"(","name":"CV.pdf"})", ada.token)["id"]);
        const auto kept_doc =
            str(s.post("/documents/", R"({"application_id":")" + keep + R"(","name":"Other.pdf"})", ada.token)["id"]);
        const auto reminder = str(s.post("/reminders/",
                                         R"({"title":"Follow up","remind_at":"2026-03-20T09:00:00","application_id":")" +
                                             app + "\"}",
                                         ada.token)["id"]);
        const auto loose = str(s.post("/reminders/", R"({"title":"Loose","remind_at":"2026-03-21T09:00:00"})", ada.token)["id"]);
        const auto tag = str(s.post("/tags/", R"({"name":"remote"})", ada.token)["id"]);
        REQUIRE(s.post("/tags/application/" + app + "/assign/" + tag, "", ada.token).status == 201);
        REQUIRE(s.post("/tags/application/" + keep + "/assign/" + tag, "", ada.token).status == 201);

        check_detail(s.del("/applications/" + app, ada.token), 200, "Application deleted");

        auto c = s.get("/contacts/" + contact, ada.token);
        REQUIRE(c.status == 200);
        CHECK(c["application_id"].is_null());
        auto j = s.get("/saved-jobs/" + job, ada.token);
        REQUIRE(j.status == 200);
        CHECK(j["converted_to_application_id"].is_null());
        CHECK(str(j["status"]) == "Converted");

        check_detail(s.put("/documents/" + doc, R"({"notes":"x"})", ada.token), 404, "Document not found");
        check_detail(s.get("/documents/" + app, ada.token), 404, "Application not found");
        CHECK(s.get("/documents/" + keep, ada.token).body.as_array().size() == 1);
        CHECK(str(s.get("/documents/" + keep, ada.token).body.as_array()[0].at("id")) == kept_doc);

        check_detail(s.get("/reminders/" + reminder, ada.token), 404, "Reminder not found");
        CHECK(s.get("/reminders/" + loose, ada.token).status == 200);
        CHECK(s.get("/reminders/", ada.token).body.as_array().size() == 1);

        auto tags = s.get("/tags/", ada.token);
        REQUIRE(tags.body.as_array().size() == 1);
        CHECK(str(tags.body.as_array()[0].at("id")) == tag);
        CHECK(s.get("/tags/application/" + keep, ada.token).body.as_array().size() == 1);
        check_detail(s.get("/tags/application/" + app, ada.token), 404, "Application not found");

        // The saved-job creation entry has no application and survives; the application's entries are gone.
        auto log = s.get("/analytics/activity", ada.token);
        REQUIRE(log.status == 200);
        for (const auto& e : log.body.as_array()) CHECK(e.at("application_id") != json::value(app));
        bool saved_entry = false;
        for (const auto& e : log.body.as_array())
            if (str(e.at("description")) == "Saved job: Acme \u2014 Engineer") saved_entry = true;
        CHECK(saved_entry);
    });
}

TEST_CASE("trailing slashes: every tracker collection answers with and without one", "[api][tracker]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        for (const char* path : {"/contacts", "/contacts/", "/reminders", "/reminders/", "/reminders/upcoming",
                                 "/tags", "/tags/", "/saved-jobs", "/saved-jobs/"}) {
            INFO(path);
            auto r = s.get(path, ada.token);
            CHECK(r.status == 200);
            CHECK(r.body == json::value(json::array{}));
        }
    });
}
