// /reminders over real sockets: create (naive datetimes are UTC), list (remind_at ascending, filters, paging),
// /upcoming, complete, update with the completed_at stamp, delete, ownership, 401, 422 and the activity entries.
#include "api_fixture.hpp"

using namespace offertracker::api_test;

namespace {

const std::vector<std::string> reminder_keys{"id",          "user_id",      "application_id", "title",
                                             "description", "remind_at",    "reminder_type",  "is_completed",
                                             "completed_at", "created_at",  "updated_at"};
const std::string unknown = "00000000-0000-4000-8000-000000000000";

std::string reminder_body(std::string_view title, std::string_view when, std::string_view extra = {}) {
    return R"({"title":)" + quoted(title) + R"(,"remind_at":")" + std::string(when) + "\"" +
           (extra.empty() ? std::string{} : "," + std::string(extra)) + "}";
}

std::vector<std::string> titles_of(const reply& r) {
    INFO(r.raw);
    REQUIRE(r.status == 200);
    std::vector<std::string> out;
    for (const auto& x : r.body.as_array()) {
        CHECK(keys_of(x) == reminder_keys);
        out.push_back(str(x.at("title")));
    }
    return out;
}

}  // namespace

TEST_CASE("reminders: create, get, list ascending with filters and paging, upcoming", "[api][reminders]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto app = str(s.create_application(ada).at("id"));

        auto r = s.post("/reminders/", reminder_body("Follow up", "2026-03-20T09:00:00"), ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        CHECK(keys_of(r.body) == reminder_keys);
        CHECK(str(r["user_id"]) == ada.id);
        CHECK(str(r["remind_at"]) == "2026-03-20T09:00:00.000000Z");
        CHECK(str(r["reminder_type"]) == "General");
        CHECK(r["is_completed"] == json::value(false));
        CHECK(r["completed_at"].is_null());
        CHECK(r["application_id"].is_null());
        CHECK(r["description"].is_null());
        const auto follow = str(r["id"]);

        // An offset is converted to UTC; "Z" and fractions are kept.
        r = s.post("/reminders",
                   reminder_body("Prep", "2026-03-18T09:30:00+02:00",
                                 R"("application_id":")" + app + R"(","reminder_type":"Interview","description":"system design")"),
                   ada.token);
        REQUIRE(r.status == 201);
        CHECK(str(r["remind_at"]) == "2026-03-18T07:30:00.000000Z");
        CHECK(str(r["application_id"]) == app);
        CHECK(str(r["reminder_type"]) == "Interview");
        CHECK(str(r["description"]) == "system design");
        r = s.post("/reminders/", reminder_body("Deadline", "2026-04-01T00:00:00.250Z", R"("reminder_type":"Deadline")"),
                   ada.token);
        REQUIRE(r.status == 201);
        CHECK(str(r["remind_at"]) == "2026-04-01T00:00:00.250000Z");
        const auto deadline = str(r["id"]);
        r = s.post("/reminders/", reminder_body("Overdue", "2020-01-01 08:00", R"("application_id":"")"), ada.token);
        REQUIRE(r.status == 201);
        CHECK(str(r["remind_at"]) == "2020-01-01T08:00:00.000000Z");
        CHECK(r["application_id"].is_null());

        r = s.get("/reminders/" + follow, ada.token);
        REQUIRE(r.status == 200);
        CHECK(keys_of(r.body) == reminder_keys);
        CHECK(str(r["title"]) == "Follow up");

        CHECK(titles_of(s.get("/reminders/", ada.token)) ==
              std::vector<std::string>{"Overdue", "Prep", "Follow up", "Deadline"});
        CHECK(titles_of(s.get("/reminders/?reminder_type=Deadline", ada.token)) == std::vector<std::string>{"Deadline"});
        CHECK(titles_of(s.get("/reminders/?skip=1&limit=2", ada.token)) == std::vector<std::string>{"Prep", "Follow up"});

        REQUIRE(s.post("/reminders/" + deadline + "/complete", "", ada.token).status == 200);
        CHECK(titles_of(s.get("/reminders/?is_completed=true", ada.token)) == std::vector<std::string>{"Deadline"});
        CHECK(titles_of(s.get("/reminders/?is_completed=false", ada.token)) ==
              std::vector<std::string>{"Overdue", "Prep", "Follow up"});
        CHECK(titles_of(s.get("/reminders/?is_completed=false&reminder_type=Interview", ada.token)) ==
              std::vector<std::string>{"Prep"});

        // Upcoming: incomplete only (overdue included), soonest first, limit 10 by default.
        CHECK(titles_of(s.get("/reminders/upcoming", ada.token)) ==
              std::vector<std::string>{"Overdue", "Prep", "Follow up"});
        CHECK(titles_of(s.get("/reminders/upcoming?limit=1", ada.token)) == std::vector<std::string>{"Overdue"});
        for (int i = 0; i < 11; ++i)
            REQUIRE(s.post("/reminders/", reminder_body("later " + std::to_string(i), "2030-01-01T00:00:00"), ada.token)
                        .status == 201);
        CHECK(titles_of(s.get("/reminders/upcoming", ada.token)).size() == 10);
        CHECK(titles_of(s.get("/reminders/upcoming?limit=20", ada.token)).size() == 14);
        CHECK(titles_of(s.get("/reminders/", ada.token)).size() == 15);
    });
}

TEST_CASE("reminders: complete stamps completed_at once; PUT stamps on true; activity", "[api][reminders]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto app = str(s.create_application(ada).at("id"));
        const auto id = str(s.post("/reminders/",
                                   reminder_body("Send thanks", "2026-03-20T09:00:00", R"("application_id":")" + app + "\""),
                                   ada.token)["id"]);
        auto r = s.post("/reminders/" + id + "/complete", "", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(keys_of(r.body) == reminder_keys);
        CHECK(r["is_completed"] == json::value(true));
        REQUIRE(r["completed_at"].is_string());
        CHECK(str(r["completed_at"]).substr(0, 10) == today_utc());
        const auto stamped = str(r["completed_at"]);
        check_detail(s.post("/reminders/" + id + "/complete", "", ada.token), 400, "Reminder already completed");
        CHECK(str(s.get("/reminders/" + id, ada.token)["completed_at"]) == stamped);

        auto log = s.get("/analytics/activity?application_id=" + app, ada.token);
        REQUIRE(log.status == 200);
        const auto& entries = log.body.as_array();
        REQUIRE(entries.size() == 3);
        CHECK(str(entries[0].at("action")) == "Reminder Completed");
        CHECK(str(entries[0].at("description")) == "Completed: Send thanks");
        CHECK(str(entries[0].at("application_id")) == app);
        CHECK(str(entries[1].at("action")) == "Reminder Created");
        CHECK(str(entries[1].at("description")) == "Reminder: Send thanks");

        // Reopen through PUT: completed_at stays; then completing through PUT stamps a new time.
        r = s.put("/reminders/" + id, R"({"is_completed":false})", ada.token);
        REQUIRE(r.status == 200);
        CHECK(r["is_completed"] == json::value(false));
        CHECK(str(r["completed_at"]) == stamped);
        r = s.put("/reminders/" + id, R"({"is_completed":true,"title":"Sent thanks"})", ada.token);
        REQUIRE(r.status == 200);
        CHECK(r["is_completed"] == json::value(true));
        REQUIRE(r["completed_at"].is_string());
        CHECK(str(r["completed_at"]) > stamped);
        CHECK(str(r["title"]) == "Sent thanks");

        const auto other = str(s.post("/reminders/", reminder_body("Fresh", "2026-05-01T10:00:00"), ada.token)["id"]);
        r = s.put("/reminders/" + other, R"({"is_completed":true})", ada.token);
        REQUIRE(r.status == 200);
        REQUIRE(r["completed_at"].is_string());
        CHECK(str(r["completed_at"]).substr(0, 10) == today_utc());
        check_detail(s.post("/reminders/" + other + "/complete", "", ada.token), 400, "Reminder already completed");

        // Partial update of the other fields; null clears the description.
        const auto third = str(s.post("/reminders/", reminder_body("Call", "2026-05-01T10:00:00", R"("description":"d")"),
                                      ada.token)["id"]);
        r = s.put("/reminders/" + third,
                  R"({"remind_at":"2026-06-01T12:00:00Z","reminder_type":"Follow-up","description":null})", ada.token);
        REQUIRE(r.status == 200);
        CHECK(keys_of(r.body) == reminder_keys);
        CHECK(str(r["remind_at"]) == "2026-06-01T12:00:00.000000Z");
        CHECK(str(r["reminder_type"]) == "Follow-up");
        CHECK(r["description"].is_null());
        CHECK(str(r["title"]) == "Call");
        CHECK(r["is_completed"] == json::value(false));
        CHECK(r["completed_at"].is_null());

        check_detail(s.del("/reminders/" + third, ada.token), 200, "Reminder deleted");
        check_detail(s.get("/reminders/" + third, ada.token), 404, "Reminder not found");
        check_detail(s.del("/reminders/" + third, ada.token), 404, "Reminder not found");
    });
}

TEST_CASE("reminders: 401, 403 for another user's reminder or application, 404", "[api][reminders][auth]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const auto bob_app = str(s.create_application(bob).at("id"));
        const auto id = str(s.post("/reminders/", reminder_body("Mine", "2026-03-20T09:00:00"), ada.token)["id"]);
        const std::string path = "/reminders/" + id;

        check_detail(s.get("/reminders/"), 401, "Not authenticated");
        check_detail(s.get("/reminders/upcoming"), 401, "Not authenticated");
        check_detail(s.post("/reminders/", reminder_body("x", "2026-03-20T09:00:00")), 401, "Not authenticated");
        check_detail(s.get(path), 401, "Not authenticated");
        check_detail(s.put(path, R"({"title":"x"})"), 401, "Not authenticated");
        check_detail(s.post(path + "/complete", ""), 401, "Not authenticated");
        check_detail(s.del(path), 401, "Not authenticated");

        check_detail(s.get(path, bob.token), 403, "Not your reminder");
        check_detail(s.put(path, R"({"title":"x"})", bob.token), 403, "Not your reminder");
        check_detail(s.post(path + "/complete", "", bob.token), 403, "Not your reminder");
        check_detail(s.del(path, bob.token), 403, "Not your reminder");
        CHECK(s.get("/reminders/", bob.token).body == json::value(json::array{}));
        CHECK(s.get("/reminders/upcoming", bob.token).body == json::value(json::array{}));

        check_detail(s.get("/reminders/" + unknown, ada.token), 404, "Reminder not found");
        check_detail(s.put("/reminders/" + unknown, R"({"title":"x"})", ada.token), 404, "Reminder not found");
        check_detail(s.post("/reminders/" + unknown + "/complete", "", ada.token), 404, "Reminder not found");
        check_detail(s.del("/reminders/" + unknown, ada.token), 404, "Reminder not found");

        check_detail(s.post("/reminders/", reminder_body("x", "2026-03-20T09:00:00", R"("application_id":")" + bob_app + "\""),
                            ada.token),
                     403, "Not your application");
        check_detail(s.post("/reminders/", reminder_body("x", "2026-03-20T09:00:00", R"("application_id":")" + unknown + "\""),
                            ada.token),
                     404, "Application not found");
        auto r = s.get(path, ada.token);
        CHECK(str(r["title"]) == "Mine");
        CHECK(r["is_completed"] == json::value(false));
        CHECK(titles_of(s.get("/reminders/", ada.token)) == std::vector<std::string>{"Mine"});
    });
}

TEST_CASE("reminders: 422 for bad bodies, datetimes and queries", "[api][reminders][validation]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        auto post = [&](const std::string& body) { return s.post("/reminders/", body, ada.token); };
        check_422(post(R"({"remind_at":"2026-03-20T09:00:00"})"), {"body", "title"}, "missing");
        check_422(post(R"({"title":"x"})"), {"body", "remind_at"}, "missing", "Field required");
        check_422(post(R"({"title":"x","remind_at":null})"), {"body", "remind_at"}, "datetime_type");
        check_422(post(R"({"title":"x","remind_at":""})"), {"body", "remind_at"}, "datetime_type");
        check_422(post(reminder_body("x", "tomorrow")), {"body", "remind_at"}, "datetime_from_date_parsing");
        check_422(post(reminder_body("x", "2026-02-30T09:00:00")), {"body", "remind_at"}, "datetime_from_date_parsing");
        check_422(post(reminder_body("x", "2026-03-20T25:00:00")), {"body", "remind_at"}, "datetime_from_date_parsing");
        check_422(post(R"({"title":"x","remind_at":20260320})"), {"body", "remind_at"}, "string_type");
        check_422(post(reminder_body(chars(256), "2026-03-20T09:00:00")), {"body", "title"}, "string_too_long");
        check_422(post(reminder_body("x", "2026-03-20T09:00:00", R"("reminder_type":"follow-up")")), {"body", "reminder_type"},
                  "enum", "Input should be 'Follow-up', 'Deadline', 'Interview' or 'General'");
        check_422(post(reminder_body("x", "2026-03-20T09:00:00", R"("application_id":1)")), {"body", "application_id"},
                  "string_type");
        // Both problems at once.
        const auto both = post(R"({"title":5,"remind_at":"soon"})");
        check_422(both, {"body", "title"}, "string_type");
        check_422(both, {"body", "remind_at"}, "datetime_from_date_parsing");
        check_422(post(""), {"body"}, "missing");
        CHECK(s.get("/reminders/", ada.token).body == json::value(json::array{}));
        // A bare date is midnight UTC.
        auto ok = post(reminder_body(chars(255), "2026-03-20"));
        REQUIRE(ok.status == 201);
        CHECK(str(ok["remind_at"]) == "2026-03-20T00:00:00.000000Z");
        const auto id = str(ok["id"]);

        check_422(s.put("/reminders/" + id, R"({"remind_at":"later"})", ada.token), {"body", "remind_at"},
                  "datetime_from_date_parsing");
        check_422(s.put("/reminders/" + id, R"({"remind_at":null})", ada.token), {"body", "remind_at"}, "datetime_type");
        check_422(s.put("/reminders/" + id, R"({"title":null})", ada.token), {"body", "title"}, "string_type");
        check_422(s.put("/reminders/" + id, R"({"reminder_type":null})", ada.token), {"body", "reminder_type"}, "enum_type");
        check_422(s.put("/reminders/" + id, R"({"is_completed":"yes"})", ada.token), {"body", "is_completed"}, "bool_type");
        check_422(s.put("/reminders/" + id, R"({"reminder_type":"Meeting"})", ada.token), {"body", "reminder_type"}, "enum");
        auto r = s.get("/reminders/" + id, ada.token);
        CHECK(str(r["remind_at"]) == "2026-03-20T00:00:00.000000Z");
        CHECK(r["is_completed"] == json::value(false));

        check_422(s.get("/reminders/?is_completed=maybe", ada.token), {"query", "is_completed"}, "bool_parsing");
        check_422(s.get("/reminders/?reminder_type=Meeting", ada.token), {"query", "reminder_type"}, "enum");
        check_422(s.get("/reminders/?limit=0", ada.token), {"query", "limit"}, "greater_than_equal");
        check_422(s.get("/reminders/?skip=-3", ada.token), {"query", "skip"}, "greater_than_equal");
        check_422(s.get("/reminders/upcoming?limit=0", ada.token), {"query", "limit"}, "greater_than_equal");
        check_422(s.get("/reminders/upcoming?limit=1001", ada.token), {"query", "limit"}, "less_than_equal");
        check_422(s.get("/reminders/upcoming?limit=x", ada.token), {"query", "limit"}, "int_parsing");
    });
}
