// /applications: create with defaults and auto-stamped dates, list with filters and paging, get with nested
// relations, partial update with the status rules, delete with its dependants.
#include "api_fixture.hpp"

using namespace offertracker::api_test;

namespace {

const std::vector<std::string> application_keys{
    "id",           "user_id",      "company_name", "role_title",     "url",       "description",
    "location",     "job_type",     "work_mode",    "salary_min",     "salary_max", "salary_currency",
    "applied_source", "applied_date", "follow_up_date", "priority",    "notes",     "status",
    "resume_version_id", "created_at", "updated_at", "stages",         "outcome",   "reflection"};

std::string app_with(std::string_view extra_fields) {
    return R"({"company_name":"Acme","role_title":"Engineer")" + std::string(extra_fields.empty() ? "" : ",") +
           std::string(extra_fields) + "}";
}

std::vector<std::string> companies(const reply& r) {
    std::vector<std::string> out;
    if (const auto* a = r.body.if_array())
        for (const auto& v : *a) out.push_back(str(v.at("company_name")));
    return out;
}

}  // namespace

TEST_CASE("the README walk-through: register, create as Applied, add a stage, see Interviewing", "[api][applications]") {
    for_each_engine([](api_server& s) {
        const auto r = s.post("/auth/register", R"({"email":"walker@example.com","username":"walker","password":"secret123"})");
        REQUIRE(r.status == 201);
        const std::string token = str(r["access_token"]);
        const auto app = s.post("/applications/", R"({"company_name":"Acme","role_title":"Backend Engineer","status":"Applied"})",
                                token);
        REQUIRE(app.status == 201);
        CHECK(str(app["status"]) == "Applied");
        const std::string id = str(app["id"]);
        const auto stage = s.post("/applications/" + id + "/stages", R"({"stage_name":"Phone screen","stage_type":"Phone Screen"})",
                                  token);
        REQUIRE(stage.status == 201);
        const auto got = s.get("/applications/" + id, token);
        REQUIRE(got.status == 200);
        CHECK(str(got["status"]) == "Interviewing");
        REQUIRE(got["stages"].is_array());
        CHECK(got["stages"].as_array().size() == 1);
        CHECK(str(got["stages"].as_array()[0].at("stage_name")) == "Phone screen");
    });
}

TEST_CASE("create application: 201 with the seed's defaults", "[api][applications]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto r = s.post("/applications/", app_with(""), ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        CHECK(keys_of(r.body) == application_keys);
        CHECK(str(r["user_id"]) == ada.id);
        CHECK(str(r["status"]) == "Saved");
        CHECK(str(r["salary_currency"]) == "USD");
        CHECK(r["applied_date"].is_null());
        for (const char* k : {"url", "description", "location", "job_type", "work_mode", "salary_min", "salary_max",
                              "applied_source", "follow_up_date", "priority", "notes", "resume_version_id"}) {
            INFO(k);
            CHECK(r[k].is_null());
        }
        CHECK(r["stages"] == json::value(json::array{}));
        CHECK(r["outcome"].is_null());
        CHECK(r["reflection"].is_null());
        // What was stored is what GET returns.
        const auto got = s.get("/applications/" + str(r["id"]), ada.token);
        CHECK(got.status == 200);
        CHECK(got.body == r.body);
    });
}

TEST_CASE("create application: every field round-trips; Applied stamps today unless a date is given", "[api][applications]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto resume = s.create_resume(ada);
        const std::string body = app_with(
            R"("url":"https://jobs.example.com/1","description":"Build things","location":"Berlin",)"
            R"("job_type":"Full-time","work_mode":"Hybrid","salary_min":90000,"salary_max":120000,)"
            R"("salary_currency":"EUR","applied_source":"Company Website","applied_date":"2026-01-15",)"
            R"("follow_up_date":"2026-02-01","priority":"High","notes":"Referral from Kim","status":"Applied",)"
            R"("resume_version_id":")" + resume + "\"");
        auto r = s.post("/applications/", body, ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        const auto sent = parse_json(body);
        for (const auto& kv : sent.as_object()) {
            INFO(kv.key());
            CHECK(r[kv.key()] == kv.value());
        }
        CHECK(str(r["applied_date"]) == "2026-01-15");  // given: kept

        r = s.post("/applications/", app_with(R"("status":"Applied")"), ada.token);
        REQUIRE(r.status == 201);
        CHECK(str(r["applied_date"]) == today_utc());
        r = s.post("/applications/", app_with(R"("status":"Applied","applied_date":"")"), ada.token);
        REQUIRE(r.status == 201);
        CHECK(str(r["applied_date"]) == today_utc());  // "" is no date (docs/behaviour.md §17)
        for (const char* status : {"Saved", "Interviewing", "Offer", "Accepted", "Rejected", "Withdrawn"}) {
            INFO(status);
            r = s.post("/applications/", app_with(R"("status":")" + std::string(status) + "\""), ada.token);
            REQUIRE(r.status == 201);
            CHECK(str(r["status"]) == status);
            CHECK(r["applied_date"].is_null());
        }
        // Form-style "" for optional dates, numbers, enums and URLs means null (docs/behaviour.md §17).
        r = s.post("/applications/",
                   app_with(R"("job_type":"","work_mode":"","salary_min":"","priority":"","applied_date":"","url":"","resume_version_id":"")"),
                   ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        for (const char* k : {"job_type", "work_mode", "salary_min", "priority", "applied_date", "url", "resume_version_id"}) {
            INFO(k);
            CHECK(r[k].is_null());
        }
    });
}

TEST_CASE("create application: 422 for wrong types, enums, lengths, salaries and dates", "[api][applications]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        auto post = [&](const std::string& body) { return s.post("/applications/", body, ada.token); };

        SECTION("required fields") {
            auto r = post(R"({"role_title":"Engineer"})");
            check_422(r, {"body", "company_name"}, "missing", "Field required");
            r = post("{}");
            check_422(r, {"body", "company_name"}, "missing");
            check_422(r, {"body", "role_title"}, "missing");
            check_422(post(R"({"company_name":null,"role_title":"Engineer"})"), {"body", "company_name"}, "string_type");
            check_422(post(R"({"company_name":"","role_title":"Engineer"})"), {"body", "company_name"}, "string_too_short");
        }
        SECTION("lengths: 255 accepted, 256 rejected") {
            CHECK(post(json::serialize(json::object{{"company_name", chars(255)}, {"role_title", chars(255)},
                                                     {"location", chars(255)}, {"url", chars(500)}}))
                      .status == 201);
            check_422(post(json::serialize(json::object{{"company_name", chars(256)}, {"role_title", "x"}})),
                      {"body", "company_name"}, "string_too_long", "String should have at most 255 characters");
            check_422(post(json::serialize(json::object{{"company_name", "x"}, {"role_title", chars(256)}})),
                      {"body", "role_title"}, "string_too_long");
            check_422(post(json::serialize(json::object{{"company_name", "x"}, {"role_title", "y"}, {"location", chars(256)}})),
                      {"body", "location"}, "string_too_long");
            check_422(post(json::serialize(json::object{{"company_name", "x"}, {"role_title", "y"}, {"url", chars(501)}})),
                      {"body", "url"}, "string_too_long");
            check_422(post(app_with(R"("salary_currency":"EURO")")), {"body", "salary_currency"}, "string_too_long");
            // Multi-byte characters count as one each.
            std::string umlauts;
            for (int i = 0; i < 255; ++i) umlauts += "\xC3\xBC";
            CHECK(post(json::serialize(json::object{{"company_name", umlauts}, {"role_title", "y"}})).status == 201);
        }
        SECTION("wrong JSON types") {
            check_422(post(R"({"company_name":42,"role_title":"Engineer"})"), {"body", "company_name"}, "string_type");
            check_422(post(app_with(R"("salary_min":"90000")")), {"body", "salary_min"}, "int_type",
                      "Input should be a valid integer");
            check_422(post(app_with(R"("salary_max":true)")), {"body", "salary_max"}, "int_type");
            check_422(post(app_with(R"("salary_min":1.5)")), {"body", "salary_min"}, "int_from_float");
            check_422(post(app_with(R"("notes":["a"])")), {"body", "notes"}, "string_type");
            check_422(post(app_with(R"("status":1)")), {"body", "status"}, "enum");
            // Several errors are reported at once.
            const auto r = post(R"({"company_name":1,"role_title":2})");
            check_422(r, {"body", "company_name"}, "string_type");
            check_422(r, {"body", "role_title"}, "string_type");
        }
        SECTION("enum strings are exact and case-sensitive") {
            check_422(post(app_with(R"("status":"applied")")), {"body", "status"}, "enum");
            check_422(post(app_with(R"("status":"Pending")")), {"body", "status"}, "enum");
            check_422(post(app_with(R"("job_type":"Fulltime")")), {"body", "job_type"}, "enum");
            check_422(post(app_with(R"("work_mode":"remote")")), {"body", "work_mode"}, "enum");
            check_422(post(app_with(R"("priority":"high")")), {"body", "priority"}, "enum");
            check_422(post(app_with(R"("applied_source":"linkedin")")), {"body", "applied_source"}, "enum");
            const auto e = check_422(post(app_with(R"("status":"tip")")), {"body", "status"}, "enum");
            CHECK(str(e.at("msg")).find("'Saved'") != std::string::npos);
        }
        SECTION("salaries: not negative, min not above max") {
            check_422(post(app_with(R"("salary_min":-1)")), {"body", "salary_min"}, "greater_than_equal",
                      "Input should be greater than or equal to 0");
            check_422(post(app_with(R"("salary_max":-100)")), {"body", "salary_max"}, "greater_than_equal");
            check_422(post(app_with(R"("salary_min":100001,"salary_max":100000)")), {"body", "salary_max"}, "value_error");
            CHECK(post(app_with(R"("salary_min":100000,"salary_max":100000)")).status == 201);
            CHECK(post(app_with(R"("salary_min":0)")).status == 201);
            check_422(post(app_with(R"("salary_min":99999999999999999999)")), {"body", "salary_min"}, "int_parsing");
        }
        SECTION("dates must be real YYYY-MM-DD dates") {
            for (const char* bad : {"2026-02-30", "yesterday", "2026-13-01", "2026-1-5", "15/01/2026", "2026-01-15T10:00:00"}) {
                INFO(bad);
                check_422(post(app_with(R"("applied_date":")" + std::string(bad) + "\"")), {"body", "applied_date"},
                          "date_parsing");
                check_422(post(app_with(R"("follow_up_date":")" + std::string(bad) + "\"")), {"body", "follow_up_date"},
                          "date_parsing");
            }
            check_422(post(app_with(R"("applied_date":20260115)")), {"body", "applied_date"}, "date_parsing");
            CHECK(post(app_with(R"("applied_date":"2024-02-29")")).status == 201);
        }
        SECTION("malformed, non-object and empty bodies") {
            check_422(post(R"({"company_name":"Acme")"), {"body", 0LL}, "json_invalid");
            check_422(post("[]"), {"body"}, "model_attributes_type");
            check_422(post(R"("Acme")"), {"body"}, "model_attributes_type");
            check_422(post(""), {"body"}, "missing");
        }
        SECTION("resume_version_id must name one of the user's resumes") {
            const auto bob = s.register_user("bob");
            const auto bobs = s.create_resume(bob);
            check_detail(post(app_with(R"("resume_version_id":")" + bobs + "\"")), 403, "Not your resume");
            check_detail(post(app_with(R"("resume_version_id":"00000000-0000-4000-8000-000000000000")")), 404,
                         "Resume version not found");
        }
        // Nothing above created an application it should not have.
        const auto list = s.get("/applications/?limit=1000", ada.token);
        for (const auto& a : list.body.as_array()) CHECK(str(a.at("company_name")) != "");
    });
}

TEST_CASE("list applications: newest first, filters, paging, only the caller's", "[api][applications]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        s.create_application(ada, R"({"company_name":"A","role_title":"r","priority":"High"})");
        s.create_application(ada, R"({"company_name":"B","role_title":"r","status":"Applied","priority":"Low"})");
        s.create_application(ada, R"({"company_name":"C","role_title":"r","status":"Applied","priority":"High"})");
        s.create_application(bob, R"({"company_name":"Bob's","role_title":"r","status":"Applied"})");

        auto r = s.get("/applications/", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(companies(r) == std::vector<std::string>{"C", "B", "A"});
        for (const auto& a : r.body.as_array()) CHECK(keys_of(a) == application_keys);
        CHECK(companies(s.get("/applications", ada.token)) == std::vector<std::string>{"C", "B", "A"});

        CHECK(companies(s.get("/applications/?status=Applied", ada.token)) == std::vector<std::string>{"C", "B"});
        CHECK(companies(s.get("/applications/?priority=High", ada.token)) == std::vector<std::string>{"C", "A"});
        CHECK(companies(s.get("/applications/?status=Applied&priority=High", ada.token)) == std::vector<std::string>{"C"});
        CHECK(companies(s.get("/applications/?status=Offer", ada.token)).empty());
        CHECK(companies(s.get("/applications/?status=&priority=", ada.token)).size() == 3);
        CHECK(companies(s.get("/applications/?limit=2", ada.token)) == std::vector<std::string>{"C", "B"});
        CHECK(companies(s.get("/applications/?skip=2", ada.token)) == std::vector<std::string>{"A"});
        CHECK(companies(s.get("/applications/?skip=1&limit=1", ada.token)) == std::vector<std::string>{"B"});
        CHECK(companies(s.get("/applications/?skip=5", ada.token)).empty());
        CHECK(companies(s.get("/applications/?limit=1000", ada.token)).size() == 3);
        CHECK(companies(s.get("/applications/", bob.token)) == std::vector<std::string>{"Bob's"});

        check_422(s.get("/applications/?status=applied", ada.token), {"query", "status"}, "enum");
        check_422(s.get("/applications/?priority=Urgent", ada.token), {"query", "priority"}, "enum");
        check_422(s.get("/applications/?skip=-1", ada.token), {"query", "skip"}, "greater_than_equal");
        check_422(s.get("/applications/?limit=0", ada.token), {"query", "limit"}, "greater_than_equal");
        check_422(s.get("/applications/?limit=1001", ada.token), {"query", "limit"}, "less_than_equal");
        check_422(s.get("/applications/?limit=abc", ada.token), {"query", "limit"}, "int_parsing");
        check_422(s.get("/applications/?skip=1.5", ada.token), {"query", "skip"}, "int_parsing");
    });
}

TEST_CASE("list and get applications embed stages, outcome and reflection", "[api][applications]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto app = s.create_application(ada, app_with(R"("status":"Applied")"));
        const std::string id = str(app.at("id"));
        const auto plain = s.create_application(ada, R"({"company_name":"Plain","role_title":"r"})");
        REQUIRE(s.post("/applications/" + id + "/stages", R"({"stage_name":"One"})", ada.token).status == 201);
        REQUIRE(s.post("/applications/" + id + "/stages", R"({"stage_name":"Two"})", ada.token).status == 201);
        REQUIRE(s.post("/applications/" + id + "/outcome", R"({"salary":100})", ada.token).status == 201);
        REQUIRE(s.post("/applications/" + id + "/reflection", R"({"what_worked":"prep"})", ada.token).status == 201);

        auto check_nested = [&](const json::value& a) {
            REQUIRE(a.at("stages").is_array());
            CHECK(a.at("stages").as_array().size() == 2);
            CHECK(a.at("outcome").at("salary") == json::value(100));
            CHECK(str(a.at("reflection").at("what_worked")) == "prep");
            CHECK(str(a.at("status")) == "Offer");
        };
        check_nested(s.get("/applications/" + id, ada.token).body);
        const auto list = s.get("/applications/", ada.token);
        REQUIRE(list.body.as_array().size() == 2);
        check_nested(list.body.as_array()[1]);
        const auto& other = list.body.as_array()[0];
        CHECK(str(other.at("id")) == str(plain.at("id")));
        CHECK(other.at("stages") == json::value(json::array{}));
        CHECK(other.at("outcome").is_null());
        CHECK(other.at("reflection").is_null());
    });
}

TEST_CASE("get/update/delete application: 403 for another user's, 404 for unknown ids", "[api][applications]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const std::string id = str(s.create_application(ada).at("id"));
        check_detail(s.get("/applications/" + id, bob.token), 403, "Not your application");
        check_detail(s.put("/applications/" + id, R"({"notes":"hijacked"})", bob.token), 403, "Not your application");
        check_detail(s.del("/applications/" + id, bob.token), 403, "Not your application");
        CHECK(s.get("/applications/" + id, ada.token)["notes"].is_null());

        const std::string unknown = "00000000-0000-4000-8000-000000000000";
        check_detail(s.get("/applications/" + unknown, ada.token), 404, "Application not found");
        check_detail(s.put("/applications/" + unknown, R"({"notes":"x"})", ada.token), 404, "Application not found");
        check_detail(s.del("/applications/" + unknown, ada.token), 404, "Application not found");
        check_detail(s.get("/applications/some%20thing", ada.token), 404, "Application not found");
    });
}

TEST_CASE("update application: partial, null clears optional fields, required fields refuse null", "[api][applications]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto app = s.create_application(
            ada, app_with(R"("location":"Berlin","salary_min":100,"salary_max":200,"priority":"High","notes":"n","job_type":"Contract")"));
        const std::string path = "/applications/" + str(app.at("id"));

        auto r = s.put(path, R"({"notes":"updated"})", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(keys_of(r.body) == application_keys);
        CHECK(str(r["notes"]) == "updated");
        CHECK(str(r["location"]) == "Berlin");
        CHECK(r["salary_min"] == json::value(100));
        CHECK(str(r["priority"]) == "High");
        CHECK(str(r["company_name"]) == "Acme");

        r = s.put(path, R"({"location":null,"salary_min":null,"priority":null,"job_type":null,"company_name":"Beta"})",
                  ada.token);
        REQUIRE(r.status == 200);
        CHECK(r["location"].is_null());
        CHECK(r["salary_min"].is_null());
        CHECK(r["priority"].is_null());
        CHECK(r["job_type"].is_null());
        CHECK(str(r["company_name"]) == "Beta");
        CHECK(r["salary_max"] == json::value(200));
        const auto got = s.get(path, ada.token);
        CHECK(got["location"].is_null());
        CHECK(str(got["company_name"]) == "Beta");

        for (const char* required : {"company_name", "role_title", "status", "salary_currency"}) {
            INFO(required);
            const auto e = s.put(path, R"({")" + std::string(required) + R"(":null})", ada.token);
            CHECK(e.status == 422);
            const auto* details = e["detail"].if_array();
            REQUIRE(details);
            REQUIRE_FALSE(details->empty());
            CHECK(details->at(0).at("loc") == json::value(json::array{"body", required}));
        }
        CHECK(str(s.get(path, ada.token)["company_name"]) == "Beta");
        CHECK(str(s.get(path, ada.token)["status"]) == "Saved");

        // An empty object changes nothing but is fine.
        CHECK(s.put(path, "{}", ada.token).status == 200);
    });
}

TEST_CASE("update application: 422 for bad values, salary order against the stored values", "[api][applications]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const std::string path =
            "/applications/" + str(s.create_application(ada, app_with(R"("salary_min":100,"salary_max":200)")).at("id"));
        check_422(s.put(path, R"({"salary_min":300})", ada.token), {"body", "salary_max"}, "value_error");
        check_422(s.put(path, R"({"salary_max":50})", ada.token), {"body", "salary_max"}, "value_error");
        check_422(s.put(path, R"({"salary_min":10,"salary_max":5})", ada.token), {"body", "salary_max"}, "value_error");
        check_422(s.put(path, R"({"salary_min":-1})", ada.token), {"body", "salary_min"}, "greater_than_equal");
        check_422(s.put(path, R"({"salary_min":"cheap"})", ada.token), {"body", "salary_min"}, "int_type");
        check_422(s.put(path, R"({"status":"interviewing"})", ada.token), {"body", "status"}, "enum");
        check_422(s.put(path, R"({"work_mode":"Office"})", ada.token), {"body", "work_mode"}, "enum");
        check_422(s.put(path, R"({"follow_up_date":"2026-02-30"})", ada.token), {"body", "follow_up_date"}, "date_parsing");
        check_422(s.put(path, R"({"applied_date":"yesterday"})", ada.token), {"body", "applied_date"}, "date_parsing");
        check_422(s.put(path, json::serialize(json::object{{"company_name", chars(256)}}), ada.token),
                  {"body", "company_name"}, "string_too_long");
        CHECK(s.put(path, json::serialize(json::object{{"company_name", chars(255)}}), ada.token).status == 200);
        check_422(s.put(path, R"({"company_name":7})", ada.token), {"body", "company_name"}, "string_type");
        check_422(s.put(path, "{", ada.token), {"body", 0LL}, "json_invalid");
        check_422(s.put(path, "[]", ada.token), {"body"}, "model_attributes_type");
        check_422(s.put(path, "", ada.token), {"body"}, "missing");
        // Clearing the max lifts the order rule; then a larger min is fine.
        CHECK(s.put(path, R"({"salary_max":null})", ada.token).status == 200);
        CHECK(s.put(path, R"({"salary_min":300})", ada.token).status == 200);
        const auto got = s.get(path, ada.token);
        CHECK(got["salary_min"] == json::value(300));
        CHECK(got["salary_max"].is_null());
        // resume_version_id is checked on update too.
        const auto bob = s.register_user("bob");
        check_detail(s.put(path, R"({"resume_version_id":")" + s.create_resume(bob) + "\"}", ada.token), 403,
                     "Not your resume");
        check_detail(s.put(path, R"({"resume_version_id":"00000000-0000-4000-8000-000000000000"})", ada.token), 404,
                     "Resume version not found");
    });
}

TEST_CASE("update application status: manual moves go anywhere; Saved -> Applied stamps applied_date", "[api][applications]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const std::string path = "/applications/" + str(s.create_application(ada).at("id"));
        auto r = s.put(path, R"({"status":"Applied"})", ada.token);
        REQUIRE(r.status == 200);
        CHECK(str(r["status"]) == "Applied");
        CHECK(str(r["applied_date"]) == today_utc());

        // Users correct mistakes: any status to any other.
        for (const char* status : {"Rejected", "Saved", "Accepted", "Interviewing", "Withdrawn", "Offer", "Saved"}) {
            INFO(status);
            r = s.put(path, R"({"status":")" + std::string(status) + "\"}", ada.token);
            CHECK(r.status == 200);
            CHECK(str(r["status"]) == status);
        }
        // Saved -> Applied with an explicit date keeps the date.
        r = s.put(path, R"({"status":"Applied","applied_date":"2025-12-01"})", ada.token);
        CHECK(str(r["applied_date"]) == "2025-12-01");
        // Interviewing -> Applied does not stamp.
        r = s.put(path, R"({"status":"Interviewing","applied_date":null})", ada.token);
        CHECK(r["applied_date"].is_null());
        r = s.put(path, R"({"status":"Applied"})", ada.token);
        CHECK(str(r["status"]) == "Applied");
        CHECK(r["applied_date"].is_null());
    });
}

TEST_CASE("delete application: 200, then 404; its stages, outcome, reflection and activity go with it", "[api][applications]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto resume = s.create_resume(ada);
        const std::string id = str(s.create_application(ada, app_with(R"("status":"Applied","resume_version_id":")" + resume + "\"")).at("id"));
        const std::string keep = str(s.create_application(ada, R"({"company_name":"Keep","role_title":"r"})").at("id"));
        const auto stage = s.post("/applications/" + id + "/stages", R"({"stage_name":"One"})", ada.token);
        const auto outcome = s.post("/applications/" + id + "/outcome", "{}", ada.token);
        const auto reflection = s.post("/applications/" + id + "/reflection", "{}", ada.token);
        REQUIRE(stage.status == 201);
        REQUIRE(outcome.status == 201);
        REQUIRE(reflection.status == 201);
        REQUIRE(s.post("/applications/" + keep + "/stages", R"({"stage_name":"Kept"})", ada.token).status == 201);
        const auto keep_activity_before = s.get("/analytics/activity?application_id=" + keep, ada.token);
        REQUIRE(keep_activity_before.body.as_array().size() == 2);

        check_detail(s.del("/applications/" + id, ada.token), 200, "Application deleted");
        check_detail(s.get("/applications/" + id, ada.token), 404, "Application not found");
        check_detail(s.del("/applications/" + id, ada.token), 404, "Application not found");
        check_detail(s.put("/applications/" + id + "/stages/" + str(stage["id"]), R"({"notes":"x"})", ada.token), 404,
                     "Application not found");
        check_detail(s.del("/applications/" + id + "/outcome/" + str(outcome["id"]), ada.token), 404,
                     "Application not found");
        check_detail(s.del("/applications/" + id + "/reflection/" + str(reflection["id"]), ada.token), 404,
                     "Application not found");
        check_detail(s.get("/analytics/activity?application_id=" + id, ada.token), 404, "Application not found");

        // No activity of the deleted application is left; the other one's is intact.
        const auto all = s.get("/analytics/activity", ada.token);
        for (const auto& e : all.body.as_array()) CHECK(e.at("application_id") != json::value(id));
        CHECK(s.get("/analytics/activity?application_id=" + keep, ada.token).body == keep_activity_before.body);
        const auto list = s.get("/applications/", ada.token);
        CHECK(companies(list) == std::vector<std::string>{"Keep"});
        CHECK(list.body.as_array()[0].at("stages").as_array().size() == 1);
        // The resume it named is untouched.
        CHECK(s.get("/resumes/" + resume, ada.token).status == 200);
    });
}

TEST_CASE("deleting a resume unlinks it from applications", "[api][applications][resumes]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto resume = s.create_resume(ada);
        const std::string id =
            str(s.create_application(ada, app_with(R"("resume_version_id":")" + resume + "\"")).at("id"));
        REQUIRE(s.del("/resumes/" + resume, ada.token).status == 200);
        const auto got = s.get("/applications/" + id, ada.token);
        CHECK(got.status == 200);
        CHECK(got["resume_version_id"].is_null());
    });
}
