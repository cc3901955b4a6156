// An application's stages, outcome and reflection: create, update, delete, their status effects and errors.
#include "api_fixture.hpp"

using namespace offertracker::api_test;

namespace {

const std::vector<std::string> stage_keys{"id",       "application_id",   "stage_name", "stage_type",      "stage_date",
                                          "result",   "duration_minutes", "interviewer_names", "prep_notes",
                                          "questions_asked", "notes",     "created_at", "updated_at"};
const std::vector<std::string> outcome_keys{"id",       "application_id", "status",     "salary",
                                            "salary_currency", "bonus",   "equity",     "benefits",
                                            "start_date", "deadline",     "negotiation_notes", "notes",
                                            "created_at", "updated_at"};
const std::vector<std::string> reflection_keys{"id",          "application_id", "what_worked", "what_failed",
                                               "skill_gaps",  "improvement_plan", "created_at", "updated_at"};
const std::string unknown = "00000000-0000-4000-8000-000000000000";

std::string new_app(api_server& s, const account& who, std::string_view status = "Saved") {
    return str(s.create_application(
                     who, R"({"company_name":"Acme","role_title":"Engineer","status":")" + std::string(status) + "\"}")
                   .at("id"));
}

std::string status_of(api_server& s, const account& who, const std::string& app) {
    return str(s.get("/applications/" + app, who.token)["status"]);
}

}  // namespace

// --- stages ---------------------------------------------------------------------------------------------------

TEST_CASE("stages: 201 with defaults; Applied moves to Interviewing, other statuses stay", "[api][stages]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto applied = new_app(s, ada, "Applied");
        auto r = s.post("/applications/" + applied + "/stages", R"({"stage_name":"Recruiter call"})", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        CHECK(keys_of(r.body) == stage_keys);
        CHECK(str(r["application_id"]) == applied);
        CHECK(str(r["result"]) == "Pending");
        CHECK(str(r["stage_date"]) == today_utc());
        CHECK(r["questions_asked"] == json::value(json::array{}));
        CHECK(r["stage_type"].is_null());
        CHECK(r["duration_minutes"].is_null());
        CHECK(status_of(s, ada, applied) == "Interviewing");

        const std::string full = R"({"stage_name":"Onsite","stage_type":"System Design","stage_date":"2026-03-02",)"
                                 R"("result":"Passed","duration_minutes":90,"interviewer_names":"Kim, Lee",)"
                                 R"("prep_notes":"caching","questions_asked":["Design a URL shortener","Why us?"],"notes":"went well"})";
        r = s.post("/applications/" + applied + "/stages", full, ada.token);
        REQUIRE(r.status == 201);
        const auto sent = parse_json(full);
        for (const auto& kv : sent.as_object()) {
            INFO(kv.key());
            CHECK(r[kv.key()] == kv.value());
        }
        CHECK(status_of(s, ada, applied) == "Interviewing");

        for (const char* status : {"Saved", "Offer", "Accepted", "Rejected", "Withdrawn"}) {
            INFO(status);
            const auto app = new_app(s, ada, status);
            REQUIRE(s.post("/applications/" + app + "/stages", R"({"stage_name":"x"})", ada.token).status == 201);
            CHECK(status_of(s, ada, app) == status);
        }
    });
}

TEST_CASE("stages: 422 for bad bodies", "[api][stages]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const std::string path = "/applications/" + new_app(s, ada, "Applied") + "/stages";
        auto post = [&](const std::string& body) { return s.post(path, body, ada.token); };
        check_422(post("{}"), {"body", "stage_name"}, "missing");
        check_422(post(R"({"stage_name":null})"), {"body", "stage_name"}, "string_type");
        check_422(post(R"({"stage_name":3})"), {"body", "stage_name"}, "string_type");
        check_422(post(json::serialize(json::object{{"stage_name", chars(101)}})), {"body", "stage_name"}, "string_too_long");
        check_422(post(R"({"stage_name":"x","stage_type":"Coding"})"), {"body", "stage_type"}, "enum");
        check_422(post(R"({"stage_name":"x","stage_type":"phone screen"})"), {"body", "stage_type"}, "enum");
        check_422(post(R"({"stage_name":"x","result":"passed"})"), {"body", "result"}, "enum");
        check_422(post(R"({"stage_name":"x","duration_minutes":0})"), {"body", "duration_minutes"}, "greater_than",
                  "Input should be greater than 0");
        check_422(post(R"({"stage_name":"x","duration_minutes":-5})"), {"body", "duration_minutes"}, "greater_than");
        check_422(post(R"({"stage_name":"x","duration_minutes":"30"})"), {"body", "duration_minutes"}, "int_type");
        check_422(post(R"({"stage_name":"x","questions_asked":"Why?"})"), {"body", "questions_asked"}, "list_type");
        check_422(post(R"({"stage_name":"x","questions_asked":[1]})"), {"body", "questions_asked"}, "string_type");
        check_422(post(R"({"stage_name":"x","stage_date":"2026-02-30"})"), {"body", "stage_date"}, "date_parsing");
        check_422(post(R"({"stage_name":"x","stage_date":"yesterday"})"), {"body", "stage_date"}, "date_parsing");
        check_422(post("{"), {"body", 0LL}, "json_invalid");
        check_422(post("[]"), {"body"}, "model_attributes_type");
        check_422(post(""), {"body"}, "missing");
        CHECK(post(json::serialize(json::object{{"stage_name", chars(100)}})).status == 201);
        // Only the last request created a stage.
        CHECK(s.get(path.substr(0, path.size() - 7), ada.token)["stages"].as_array().size() == 1);
    });
}

TEST_CASE("stages: update and delete; 403/404 in the documented order", "[api][stages]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const auto app = new_app(s, ada, "Applied");
        const auto other_app = new_app(s, ada);
        const auto stage = s.post("/applications/" + app + "/stages",
                                  R"({"stage_name":"Phone","questions_asked":["Q1"],"duration_minutes":30,"notes":"n"})",
                                  ada.token);
        REQUIRE(stage.status == 201);
        const std::string path = "/applications/" + app + "/stages/" + str(stage["id"]);

        auto r = s.put(path, R"({"stage_name":"On-Site Interview","result":"Passed"})", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(keys_of(r.body) == stage_keys);
        CHECK(str(r["stage_name"]) == "On-Site Interview");
        CHECK(str(r["result"]) == "Passed");
        CHECK(r["duration_minutes"] == json::value(30));
        CHECK(r["questions_asked"] == parse_json(R"(["Q1"])"));
        r = s.put(path, R"({"questions_asked":null,"duration_minutes":null,"notes":null})", ada.token);
        REQUIRE(r.status == 200);
        CHECK(r["questions_asked"] == json::value(json::array{}));
        CHECK(r["duration_minutes"].is_null());
        CHECK(r["notes"].is_null());
        // A stage update never moves the application.
        CHECK(status_of(s, ada, app) == "Interviewing");

        check_422(s.put(path, R"({"stage_name":null})", ada.token), {"body", "stage_name"}, "string_type");
        check_422(s.put(path, R"({"stage_date":null})", ada.token), {"body", "stage_date"}, "date_type");
        check_422(s.put(path, R"({"result":null})", ada.token), {"body", "result"}, "enum_type");
        check_422(s.put(path, R"({"duration_minutes":0})", ada.token), {"body", "duration_minutes"}, "greater_than");
        check_422(s.put(path, R"({"result":"Won"})", ada.token), {"body", "result"}, "enum");
        check_422(s.put(path, "nope", ada.token), {"body", 0LL}, "json_invalid");
        CHECK(str(s.get("/applications/" + app, ada.token)["stages"].as_array()[0].at("stage_name")) == "On-Site Interview");

        // Another user: 403 for the parent, before any stage lookup.
        check_detail(s.post("/applications/" + app + "/stages", R"({"stage_name":"x"})", bob.token), 403,
                     "Not your application");
        check_detail(s.put(path, R"({"notes":"x"})", bob.token), 403, "Not your application");
        check_detail(s.del(path, bob.token), 403, "Not your application");
        check_detail(s.put("/applications/" + app + "/stages/" + unknown, R"({"notes":"x"})", bob.token), 403,
                     "Not your application");
        // Unknown parent, unknown stage, a stage of another application.
        check_detail(s.post("/applications/" + unknown + "/stages", R"({"stage_name":"x"})", ada.token), 404,
                     "Application not found");
        check_detail(s.put("/applications/" + unknown + "/stages/" + str(stage["id"]), R"({"notes":"x"})", ada.token),
                     404, "Application not found");
        check_detail(s.put("/applications/" + app + "/stages/" + unknown, R"({"notes":"x"})", ada.token), 404,
                     "Stage not found");
        check_detail(s.put("/applications/" + other_app + "/stages/" + str(stage["id"]), R"({"notes":"x"})", ada.token),
                     404, "Stage not found");
        check_detail(s.del("/applications/" + other_app + "/stages/" + str(stage["id"]), ada.token), 404,
                     "Stage not found");

        check_detail(s.del(path, ada.token), 200, "Stage deleted");
        check_detail(s.del(path, ada.token), 404, "Stage not found");
        check_detail(s.put(path, R"({"notes":"x"})", ada.token), 404, "Stage not found");
        CHECK(s.get("/applications/" + app, ada.token)["stages"] == json::value(json::array{}));
    });
}

// --- outcome --------------------------------------------------------------------------------------------------

TEST_CASE("outcome: 201 defaults to Offer and moves the application; one per application", "[api][outcome]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto app = new_app(s, ada, "Interviewing");
        auto r = s.post("/applications/" + app + "/outcome", "{}", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        CHECK(keys_of(r.body) == outcome_keys);
        CHECK(str(r["status"]) == "Offer");
        CHECK(str(r["salary_currency"]) == "USD");
        CHECK(str(r["application_id"]) == app);
        CHECK(status_of(s, ada, app) == "Offer");

        check_detail(s.post("/applications/" + app + "/outcome", R"({"status":"Rejected"})", ada.token), 409,
                     "This application already has offer details. Use PUT to update.");
        CHECK(status_of(s, ada, app) == "Offer");
        CHECK(str(s.get("/applications/" + app, ada.token)["outcome"].at("id")) == str(r["id"]));

        const std::string full = R"({"status":"Offer","salary":150000,"salary_currency":"EUR","bonus":"$20k sign-on",)"
                                 R"("equity":"10k RSUs","benefits":"health","start_date":"2026-06-01","deadline":"2026-05-15",)"
                                 R"("negotiation_notes":"ask 160k","notes":"great team"})";
        const auto other = new_app(s, ada, "Applied");
        r = s.post("/applications/" + other + "/outcome", full, ada.token);
        REQUIRE(r.status == 201);
        const auto sent = parse_json(full);
        for (const auto& kv : sent.as_object()) {
            INFO(kv.key());
            CHECK(r[kv.key()] == kv.value());
        }
    });
}

TEST_CASE("outcome: Rejected and Withdrawn move there; an Accepted application stays Accepted", "[api][outcome]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        for (const char* from : {"Saved", "Applied", "Interviewing", "Offer", "Rejected", "Withdrawn"}) {
            for (const char* outcome : {"Offer", "Rejected", "Withdrawn"}) {
                INFO(from << " + outcome " << outcome);
                const auto app = new_app(s, ada, from);
                const auto r = s.post("/applications/" + app + "/outcome",
                                      R"({"status":")" + std::string(outcome) + "\"}", ada.token);
                REQUIRE(r.status == 201);
                CHECK(str(r["status"]) == outcome);
                CHECK(status_of(s, ada, app) == outcome);
            }
        }
        for (const char* outcome : {"Offer", "Rejected", "Withdrawn"}) {
            INFO("Accepted + outcome " << outcome);
            const auto app = new_app(s, ada, "Accepted");
            REQUIRE(s.post("/applications/" + app + "/outcome", R"({"status":")" + std::string(outcome) + "\"}",
                           ada.token)
                        .status == 201);
            CHECK(status_of(s, ada, app) == "Accepted");
        }
        // null status means the default.
        const auto app = new_app(s, ada, "Applied");
        const auto r = s.post("/applications/" + app + "/outcome", R"({"status":null})", ada.token);
        CHECK(str(r["status"]) == "Offer");
        CHECK(status_of(s, ada, app) == "Offer");
    });
}

TEST_CASE("outcome: 422 for bad bodies; 403/404 before 409", "[api][outcome]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const auto app = new_app(s, ada, "Applied");
        const std::string path = "/applications/" + app + "/outcome";
        check_422(s.post(path, R"({"status":"Accepted"})", ada.token), {"body", "status"}, "enum");
        check_422(s.post(path, R"({"status":"offer"})", ada.token), {"body", "status"}, "enum");
        check_422(s.post(path, R"({"salary":-1})", ada.token), {"body", "salary"}, "greater_than_equal");
        check_422(s.post(path, R"({"salary":"100k"})", ada.token), {"body", "salary"}, "int_type");
        check_422(s.post(path, R"({"salary_currency":"EURO"})", ada.token), {"body", "salary_currency"}, "string_too_long");
        check_422(s.post(path, R"({"deadline":"yesterday"})", ada.token), {"body", "deadline"}, "date_parsing");
        check_422(s.post(path, R"({"start_date":"2026-02-30"})", ada.token), {"body", "start_date"}, "date_parsing");
        check_422(s.post(path, R"({"bonus":5000})", ada.token), {"body", "bonus"}, "string_type");
        check_422(s.post(path, "{", ada.token), {"body", 0LL}, "json_invalid");
        check_422(s.post(path, "[]", ada.token), {"body"}, "model_attributes_type");
        check_422(s.post(path, "", ada.token), {"body"}, "missing");
        CHECK(status_of(s, ada, app) == "Applied");  // nothing recorded
        CHECK(s.get("/applications/" + app, ada.token)["outcome"].is_null());

        REQUIRE(s.post(path, "{}", ada.token).status == 201);
        check_detail(s.post(path, "{}", bob.token), 403, "Not your application");  // 403 before 409
        check_detail(s.post("/applications/" + unknown + "/outcome", "{}", ada.token), 404, "Application not found");
    });
}

TEST_CASE("outcome: update and delete leave the application status alone", "[api][outcome]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const auto app = new_app(s, ada, "Applied");
        const auto other_app = new_app(s, ada, "Applied");
        const auto created = s.post("/applications/" + app + "/outcome", R"({"status":"Rejected","salary":1})", ada.token);
        REQUIRE(created.status == 201);
        CHECK(status_of(s, ada, app) == "Rejected");
        const std::string path = "/applications/" + app + "/outcome/" + str(created["id"]);

        auto r = s.put(path, R"({"status":"Offer"})", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(keys_of(r.body) == outcome_keys);
        CHECK(str(r["status"]) == "Offer");
        CHECK(r["salary"] == json::value(1));
        CHECK(status_of(s, ada, app) == "Rejected");
        r = s.put(path, R"({"salary":null,"bonus":"b","deadline":"2026-07-01"})", ada.token);
        CHECK(r["salary"].is_null());
        CHECK(str(r["bonus"]) == "b");
        CHECK(str(r["deadline"]) == "2026-07-01");
        CHECK(str(s.get("/applications/" + app, ada.token)["outcome"].at("bonus")) == "b");

        check_422(s.put(path, R"({"status":"Hired"})", ada.token), {"body", "status"}, "enum");
        check_422(s.put(path, R"({"salary":-5})", ada.token), {"body", "salary"}, "greater_than_equal");
        check_422(s.put(path, R"({"salary_currency":null})", ada.token), {"body", "salary_currency"}, "string_type");
        check_422(s.put(path, R"({"start_date":"soon"})", ada.token), {"body", "start_date"}, "date_parsing");

        check_detail(s.put(path, R"({"bonus":"x"})", bob.token), 403, "Not your application");
        check_detail(s.del(path, bob.token), 403, "Not your application");
        check_detail(s.put("/applications/" + app + "/outcome/" + unknown, R"({"bonus":"x"})", ada.token), 404,
                     "Outcome not found");
        check_detail(s.put("/applications/" + other_app + "/outcome/" + str(created["id"]), R"({"bonus":"x"})", ada.token),
                     404, "Outcome not found");
        check_detail(s.put("/applications/" + unknown + "/outcome/" + str(created["id"]), "{}", ada.token), 404,
                     "Application not found");

        check_detail(s.del(path, ada.token), 200, "Outcome deleted");
        CHECK(status_of(s, ada, app) == "Rejected");
        CHECK(s.get("/applications/" + app, ada.token)["outcome"].is_null());
        check_detail(s.del(path, ada.token), 404, "Outcome not found");
        // With the outcome gone, a new one may be recorded.
        CHECK(s.post("/applications/" + app + "/outcome", "{}", ada.token).status == 201);
    });
}

// --- reflection -----------------------------------------------------------------------------------------------

TEST_CASE("reflection: 201, skill_gaps round-trips exactly, one per application", "[api][reflection]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto app = new_app(s, ada, "Interviewing");
        // Keys deliberately out of alphabetical order, nesting, unicode, every JSON type.
        const std::string gaps =
            R"({"TypeScript":"intermediate","System Design":{"level":"beginner","topics":["caching","sharding"],"weight":2.5},)"
            R"("Zürich 日本語 😀":"ünïcödé","a":null,"flag":true,"count":-3,"nested":{"z":1,"a":{"y":[],"b":{}}}})";
        const std::string body = R"({"what_worked":"preparation","what_failed":"DSA","skill_gaps":)" + gaps +
                                 R"(,"improvement_plan":"LeetCode daily"})";
        // Boost.JSON writes 2.5 as 2.5E0: compare against the same writer's text of what was sent, which still
        // pins every key, value and the order at every level.
        const std::string canonical = json::serialize(parse_json(gaps));
        auto r = s.post("/applications/" + app + "/reflection", body, ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        CHECK(keys_of(r.body) == reflection_keys);
        CHECK(str(r["application_id"]) == app);
        CHECK(str(r["what_worked"]) == "preparation");
        CHECK(str(r["improvement_plan"]) == "LeetCode daily");
        CHECK(json::serialize(r["skill_gaps"]) == canonical);  // same keys, values and order
        CHECK(keys_of(r["skill_gaps"]) ==
              std::vector<std::string>{"TypeScript", "System Design", "Zürich 日本語 😀", "a", "flag", "count", "nested"});

        const auto got = s.get("/applications/" + app, ada.token);
        CHECK(json::serialize(got["reflection"].at("skill_gaps")) == canonical);
        CHECK(json::serialize(s.get("/applications/", ada.token).body.as_array()[0].at("reflection").at("skill_gaps")) ==
              canonical);
        // A reflection does not move the application.
        CHECK(str(got["status"]) == "Interviewing");

        check_detail(s.post("/applications/" + app + "/reflection", R"({"what_worked":"again"})", ada.token), 409,
                     "This application already has a reflection. Use PUT to update.");
        CHECK(str(s.get("/applications/" + app, ada.token)["reflection"].at("what_worked")) == "preparation");

        // Empty body object: everything null.
        const auto bare = s.post("/applications/" + new_app(s, ada) + "/reflection", "{}", ada.token);
        REQUIRE(bare.status == 201);
        for (const char* k : {"what_worked", "what_failed", "skill_gaps", "improvement_plan"}) CHECK(bare[k].is_null());
    });
}

TEST_CASE("reflection: 422, 403 and 404", "[api][reflection]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const auto app = new_app(s, ada);
        const std::string path = "/applications/" + app + "/reflection";
        check_422(s.post(path, R"({"skill_gaps":["DSA"]})", ada.token), {"body", "skill_gaps"}, "dict_type");
        check_422(s.post(path, R"({"skill_gaps":"DSA"})", ada.token), {"body", "skill_gaps"}, "dict_type");
        check_422(s.post(path, R"({"what_worked":1})", ada.token), {"body", "what_worked"}, "string_type");
        check_422(s.post(path, "{", ada.token), {"body", 0LL}, "json_invalid");
        check_422(s.post(path, "[]", ada.token), {"body"}, "model_attributes_type");
        check_422(s.post(path, "", ada.token), {"body"}, "missing");
        CHECK(s.get("/applications/" + app, ada.token)["reflection"].is_null());
        check_detail(s.post(path, "{}", bob.token), 403, "Not your application");
        check_detail(s.post("/applications/" + unknown + "/reflection", "{}", ada.token), 404, "Application not found");
        REQUIRE(s.post(path, "{}", ada.token).status == 201);
        check_detail(s.post(path, "{}", bob.token), 403, "Not your application");  // 403 before 409
    });
}

TEST_CASE("reflection: update (partial, null clears) and delete", "[api][reflection]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const auto app = new_app(s, ada);
        const auto other_app = new_app(s, ada);
        const auto created = s.post("/applications/" + app + "/reflection",
                                    R"({"what_worked":"w","what_failed":"f","skill_gaps":{"DSA":"medium"}})", ada.token);
        REQUIRE(created.status == 201);
        const std::string path = "/applications/" + app + "/reflection/" + str(created["id"]);

        auto r = s.put(path, R"({"what_failed":"system design"})", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(keys_of(r.body) == reflection_keys);
        CHECK(str(r["what_failed"]) == "system design");
        CHECK(str(r["what_worked"]) == "w");
        CHECK(r["skill_gaps"] == parse_json(R"({"DSA":"medium"})"));
        r = s.put(path, R"({"skill_gaps":{"Go":"beginner","C++":"expert"}})", ada.token);
        CHECK(json::serialize(r["skill_gaps"]) == R"({"Go":"beginner","C++":"expert"})");
        r = s.put(path, R"({"skill_gaps":null,"what_worked":null})", ada.token);
        CHECK(r["skill_gaps"].is_null());
        CHECK(r["what_worked"].is_null());
        CHECK(s.get("/applications/" + app, ada.token)["reflection"].at("skill_gaps").is_null());

        check_422(s.put(path, R"({"skill_gaps":[1,2]})", ada.token), {"body", "skill_gaps"}, "dict_type");
        check_422(s.put(path, R"({"improvement_plan":false})", ada.token), {"body", "improvement_plan"}, "string_type");
        check_detail(s.put(path, R"({"what_worked":"x"})", bob.token), 403, "Not your application");
        check_detail(s.del(path, bob.token), 403, "Not your application");
        check_detail(s.put("/applications/" + app + "/reflection/" + unknown, "{}", ada.token), 404, "Reflection not found");
        check_detail(s.put("/applications/" + other_app + "/reflection/" + str(created["id"]), "{}", ada.token), 404,
                     "Reflection not found");
        check_detail(s.del("/applications/" + unknown + "/reflection/" + str(created["id"]), ada.token), 404,
                     "Application not found");

        check_detail(s.del(path, ada.token), 200, "Reflection deleted");
        check_detail(s.del(path, ada.token), 404, "Reflection not found");
        CHECK(s.get("/applications/" + app, ada.token)["reflection"].is_null());
        CHECK(s.post("/applications/" + app + "/reflection", "{}", ada.token).status == 201);
    });
}
