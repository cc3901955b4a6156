// /saved-jobs over real sockets: create (defaults), list (newest first, filters, paging), update (Active/Archived
// only; Converted 400), delete, convert (201 ApplicationResponse, copied fields, the 400s), ownership, 401, 422.
#include "api_fixture.hpp"

using namespace offertracker::api_test;

namespace {

const std::vector<std::string> saved_job_keys{
    "id",       "user_id",        "company_name",     "role_title",       "url",
    "company_website", "location",  "job_type",         "work_mode",        "salary_range_min",
    "salary_range_max", "salary_currency", "priority",  "source",           "notes",
    "deadline", "excitement_level", "status",           "converted_to_application_id", "created_at",
    "updated_at"};
const std::vector<std::string> application_keys{
    "id",           "user_id",      "company_name", "role_title",     "url",       "description",
    "location",     "job_type",     "work_mode",    "salary_min",     "salary_max", "salary_currency",
    "applied_source", "applied_date", "follow_up_date", "priority",    "notes",     "status",
    "resume_version_id", "created_at", "updated_at", "stages",         "outcome",   "reflection"};
const std::string unknown = "00000000-0000-4000-8000-000000000000";

std::string new_job(api_server& s, const account& who, const std::string& body) {
    auto r = s.post("/saved-jobs/", body, who.token);
    INFO(r.raw);
    REQUIRE(r.status == 201);
    return str(r["id"]);
}

std::vector<std::string> companies_of(const reply& r) {
    INFO(r.raw);
    REQUIRE(r.status == 200);
    std::vector<std::string> out;
    for (const auto& j : r.body.as_array()) {
        CHECK(keys_of(j) == saved_job_keys);
        out.push_back(str(j.at("company_name")));
    }
    return out;
}

}  // namespace

TEST_CASE("saved jobs: create, get, list with filters and paging, update, delete", "[api][saved_jobs]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        auto r = s.post("/saved-jobs/", R"({"company_name":"Acme"})", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        CHECK(keys_of(r.body) == saved_job_keys);
        CHECK(str(r["user_id"]) == ada.id);
        CHECK(str(r["salary_currency"]) == "USD");
        CHECK(str(r["priority"]) == "Medium");
        CHECK(str(r["status"]) == "Active");
        for (const char* k : {"role_title", "url", "company_website", "location", "job_type", "work_mode",
                              "salary_range_min", "salary_range_max", "source", "notes", "deadline", "excitement_level",
                              "converted_to_application_id"})
            CHECK(r[k].is_null());
        const auto acme = str(r["id"]);

        const std::string full =
            R"({"company_name":"Globex","role_title":"SRE","url":"https://globex.example/jobs/1",)"
            R"("company_website":"https://globex.example","location":"Berlin","job_type":"Contract","work_mode":"Hybrid",)"
            R"("salary_range_min":90000,"salary_range_max":120000,"salary_currency":"EUR","priority":"High",)"
            R"("source":"a friend","notes":"n","deadline":"2026-04-01","excitement_level":5})";
        r = s.post("/saved-jobs", full, ada.token);
        REQUIRE(r.status == 201);
        const auto sent = parse_json(full);
        for (const auto& kv : sent.as_object()) {
            INFO(kv.key());
            CHECK(r[kv.key()] == kv.value());
        }
        const auto globex = str(r["id"]);
        // Form-style "" is null for URLs, enums, numbers and dates.
        r = s.post("/saved-jobs/",
                   R"({"company_name":"Initech","url":"","job_type":"","salary_range_min":"","deadline":"","excitement_level":"","priority":"Low"})",
                   ada.token);
        REQUIRE(r.status == 201);
        for (const char* k : {"url", "job_type", "salary_range_min", "deadline", "excitement_level"}) CHECK(r[k].is_null());
        const auto initech = str(r["id"]);

        CHECK(str(s.get("/saved-jobs/" + globex, ada.token)["role_title"]) == "SRE");
        CHECK(companies_of(s.get("/saved-jobs/", ada.token)) == std::vector<std::string>{"Initech", "Globex", "Acme"});
        CHECK(companies_of(s.get("/saved-jobs/?priority=High", ada.token)) == std::vector<std::string>{"Globex"});
        CHECK(companies_of(s.get("/saved-jobs/?skip=1&limit=1", ada.token)) == std::vector<std::string>{"Globex"});

        r = s.put("/saved-jobs/" + initech, R"({"status":"Archived","notes":"not now","url":"https://i.example"})", ada.token);
        REQUIRE(r.status == 200);
        CHECK(keys_of(r.body) == saved_job_keys);
        CHECK(str(r["status"]) == "Archived");
        CHECK(str(r["notes"]) == "not now");
        CHECK(str(r["priority"]) == "Low");
        CHECK(companies_of(s.get("/saved-jobs/?status=Archived", ada.token)) == std::vector<std::string>{"Initech"});
        CHECK(companies_of(s.get("/saved-jobs/?status=Active", ada.token)) == std::vector<std::string>{"Globex", "Acme"});
        CHECK(companies_of(s.get("/saved-jobs/?status=Active&priority=Low", ada.token)).empty());
        r = s.put("/saved-jobs/" + initech, R"({"status":"Active","url":null,"excitement_level":2})", ada.token);
        REQUIRE(r.status == 200);
        CHECK(str(r["status"]) == "Active");
        CHECK(r["url"].is_null());
        CHECK(r["excitement_level"] == json::value(2));

        check_detail(s.put("/saved-jobs/" + acme, R"({"status":"Converted"})", ada.token), 400,
                     "Use POST /saved-jobs/{id}/convert to convert a saved job to an application.");
        CHECK(str(s.get("/saved-jobs/" + acme, ada.token)["status"]) == "Active");

        // Saving a job is logged without an application.
        auto log = s.get("/analytics/activity", ada.token);
        REQUIRE(log.status == 200);
        const auto& entries = log.body.as_array();
        REQUIRE(entries.size() == 3);
        CHECK(str(entries[1].at("action")) == "Application Created");
        CHECK(str(entries[1].at("description")) == "Saved job: Globex \u2014 SRE");
        CHECK(entries[1].at("application_id").is_null());
        CHECK(str(entries[2].at("description")) == "Saved job: Acme");

        check_detail(s.del("/saved-jobs/" + acme, ada.token), 200, "Saved job deleted");
        check_detail(s.get("/saved-jobs/" + acme, ada.token), 404, "Saved job not found");
        check_detail(s.del("/saved-jobs/" + acme, ada.token), 404, "Saved job not found");
        CHECK(companies_of(s.get("/saved-jobs/", ada.token)) == std::vector<std::string>{"Initech", "Globex"});
    });
}

TEST_CASE("saved jobs: convert creates a Saved application, marks the job Converted; 400s", "[api][saved_jobs][convert]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto id = new_job(
            s, ada,
            R"({"company_name":"Globex","role_title":"SRE","url":"https://globex.example/jobs/1",)"
            R"("company_website":"https://globex.example","location":"Berlin","job_type":"Full-time","work_mode":"Remote",)"
            R"("salary_range_min":90000,"salary_range_max":120000,"salary_currency":"EUR","priority":"High",)"
            R"("source":"LinkedIn","notes":"dream job","deadline":"2026-04-01","excitement_level":5})");
        auto r = s.post("/saved-jobs/" + id + "/convert", "", ada.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        CHECK(keys_of(r.body) == application_keys);
        CHECK(str(r["user_id"]) == ada.id);
        CHECK(str(r["company_name"]) == "Globex");
        CHECK(str(r["role_title"]) == "SRE");
        CHECK(str(r["url"]) == "https://globex.example/jobs/1");
        CHECK(str(r["location"]) == "Berlin");
        CHECK(str(r["job_type"]) == "Full-time");
        CHECK(str(r["work_mode"]) == "Remote");
        CHECK(r["salary_min"] == json::value(90000));
        CHECK(r["salary_max"] == json::value(120000));
        CHECK(str(r["salary_currency"]) == "EUR");
        CHECK(str(r["priority"]) == "High");
        CHECK(str(r["applied_source"]) == "LinkedIn");
        CHECK(str(r["notes"]) == "dream job");
        CHECK(str(r["status"]) == "Saved");
        CHECK(r["applied_date"].is_null());
        CHECK(r["follow_up_date"].is_null());
        CHECK(r["description"].is_null());
        CHECK(r["stages"] == json::value(json::array{}));
        CHECK(r["outcome"].is_null());
        CHECK(r["reflection"].is_null());
        const auto app = str(r["id"]);
        CHECK(str(s.get("/applications/" + app, ada.token)["company_name"]) == "Globex");

        auto job = s.get("/saved-jobs/" + id, ada.token);
        CHECK(str(job["status"]) == "Converted");
        CHECK(str(job["converted_to_application_id"]) == app);
        CHECK(companies_of(s.get("/saved-jobs/?status=Converted", ada.token)) == std::vector<std::string>{"Globex"});

        auto log = s.get("/analytics/activity?application_id=" + app, ada.token);
        REQUIRE(log.status == 200);
        REQUIRE(log.body.as_array().size() == 1);
        const auto& entry = log.body.as_array()[0];
        CHECK(str(entry.at("action")) == "Application Created");
        CHECK(str(entry.at("description")) == "Converted saved job to application: Globex \u2014 SRE");
        CHECK(entry.at("metadata") == json::value(json::object{{"source", "saved_job"}, {"saved_job_id", id}}));

        check_detail(s.post("/saved-jobs/" + id + "/convert", "", ada.token), 400,
                     "This saved job has already been converted to an application.");
        const auto untitled = new_job(s, ada, R"({"company_name":"Initech"})");
        check_detail(s.post("/saved-jobs/" + untitled + "/convert", "", ada.token), 400,
                     "Set a role title before converting this saved job.");
        CHECK(str(s.get("/saved-jobs/" + untitled, ada.token)["status"]) == "Active");
        // Free-text sources are not application sources; the default priority is copied.
        const auto friendly = new_job(s, ada, R"({"company_name":"Hooli","role_title":"Dev","source":"a friend"})");
        r = s.post("/saved-jobs/" + friendly + "/convert", "", ada.token);
        REQUIRE(r.status == 201);
        CHECK(r["applied_source"].is_null());
        CHECK(str(r["priority"]) == "Medium");
        CHECK(str(r["salary_currency"]) == "USD");
        CHECK(s.get("/applications/", ada.token).body.as_array().size() == 2);
    });
}

TEST_CASE("saved jobs: 401, 403 for another user's saved job, 404", "[api][saved_jobs][auth]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        const auto bob = s.register_user("bob");
        const auto id = new_job(s, ada, R"({"company_name":"Acme","role_title":"Engineer"})");
        const std::string path = "/saved-jobs/" + id;

        check_detail(s.get("/saved-jobs/"), 401, "Not authenticated");
        check_detail(s.post("/saved-jobs/", R"({"company_name":"x"})"), 401, "Not authenticated");
        check_detail(s.get(path), 401, "Not authenticated");
        check_detail(s.put(path, R"({"notes":"x"})"), 401, "Not authenticated");
        check_detail(s.del(path), 401, "Not authenticated");
        check_detail(s.post(path + "/convert", ""), 401, "Not authenticated");

        check_detail(s.get(path, bob.token), 403, "Not your saved job");
        check_detail(s.put(path, R"({"notes":"x"})", bob.token), 403, "Not your saved job");
        check_detail(s.put(path, R"({"status":"Converted"})", bob.token), 403, "Not your saved job");
        check_detail(s.del(path, bob.token), 403, "Not your saved job");
        check_detail(s.post(path + "/convert", "", bob.token), 403, "Not your saved job");
        CHECK(s.get("/saved-jobs/", bob.token).body == json::value(json::array{}));
        CHECK(s.get("/applications/", bob.token).body == json::value(json::array{}));

        check_detail(s.get("/saved-jobs/" + unknown, ada.token), 404, "Saved job not found");
        check_detail(s.put("/saved-jobs/" + unknown, R"({"status":"Converted"})", ada.token), 404, "Saved job not found");
        check_detail(s.del("/saved-jobs/" + unknown, ada.token), 404, "Saved job not found");
        check_detail(s.post("/saved-jobs/" + unknown + "/convert", "", ada.token), 404, "Saved job not found");
        auto r = s.get(path, ada.token);
        CHECK(str(r["status"]) == "Active");
        CHECK(r["notes"].is_null());
    });
}

TEST_CASE("saved jobs: 422 for bad bodies and queries", "[api][saved_jobs][validation]") {
    for_each_engine([](api_server& s) {
        const auto ada = s.register_user("ada");
        auto post = [&](const std::string& fields) {
            return s.post("/saved-jobs/", R"({"company_name":"Acme")" + (fields.empty() ? "" : "," + fields) + "}",
                          ada.token);
        };
        check_422(s.post("/saved-jobs/", "{}", ada.token), {"body", "company_name"}, "missing");
        check_422(s.post("/saved-jobs/", json::serialize(json::object{{"company_name", chars(256)}}), ada.token),
                  {"body", "company_name"}, "string_too_long");
        check_422(post(R"("excitement_level":0)"), {"body", "excitement_level"}, "greater_than_equal",
                  "Input should be greater than or equal to 1");
        check_422(post(R"("excitement_level":6)"), {"body", "excitement_level"}, "less_than_equal",
                  "Input should be less than or equal to 5");
        check_422(post(R"("excitement_level":"5")"), {"body", "excitement_level"}, "int_type");
        check_422(post(R"("excitement_level":2.5)"), {"body", "excitement_level"}, "int_from_float");
        check_422(post(R"("salary_range_min":-1)"), {"body", "salary_range_min"}, "greater_than_equal");
        check_422(post(R"("salary_range_min":200,"salary_range_max":100)"), {"body", "salary_range_max"}, "value_error");
        check_422(post(R"("salary_currency":"EURO")"), {"body", "salary_currency"}, "string_too_long");
        check_422(post(R"("job_type":"full-time")"), {"body", "job_type"}, "enum");
        check_422(post(R"("work_mode":"Office")"), {"body", "work_mode"}, "enum");
        check_422(post(R"("priority":"Urgent")"), {"body", "priority"}, "enum", "Input should be 'High', 'Medium' or 'Low'");
        check_422(post(R"("deadline":"2026-04-31")"), {"body", "deadline"}, "date_parsing");
        check_422(post(R"("role_title":")" + chars(256) + "\""), {"body", "role_title"}, "string_too_long");
        check_422(post(R"("url":")" + chars(501) + "\""), {"body", "url"}, "string_too_long");
        check_422(post(R"("company_website":")" + chars(501) + "\""), {"body", "company_website"}, "string_too_long");
        check_422(post(R"("location":")" + chars(256) + "\""), {"body", "location"}, "string_too_long");
        check_422(post(R"("source":")" + chars(256) + "\""), {"body", "source"}, "string_too_long");
        check_422(post(R"("source":7)"), {"body", "source"}, "string_type");
        CHECK(s.get("/saved-jobs/", ada.token).body == json::value(json::array{}));
        CHECK(post(R"("salary_range_min":100,"salary_range_max":100,"excitement_level":1)").status == 201);

        const auto id = str(s.get("/saved-jobs/", ada.token).body.as_array()[0].at("id"));
        const std::string path = "/saved-jobs/" + id;
        check_422(s.put(path, R"({"status":"Deleted"})", ada.token), {"body", "status"}, "enum");
        check_422(s.put(path, R"({"status":"archived"})", ada.token), {"body", "status"}, "enum");
        check_422(s.put(path, R"({"status":null})", ada.token), {"body", "status"}, "enum_type");
        check_422(s.put(path, R"({"company_name":null})", ada.token), {"body", "company_name"}, "string_type");
        check_422(s.put(path, R"({"priority":null})", ada.token), {"body", "priority"}, "enum_type");
        check_422(s.put(path, R"({"salary_currency":null})", ada.token), {"body", "salary_currency"}, "string_type");
        check_422(s.put(path, R"({"excitement_level":9})", ada.token), {"body", "excitement_level"}, "less_than_equal");
        // The merged record: the stored max counts when only the min is sent.
        check_422(s.put(path, R"({"salary_range_min":101})", ada.token), {"body", "salary_range_max"}, "value_error");
        auto r = s.get(path, ada.token);
        CHECK(str(r["status"]) == "Active");
        CHECK(r["salary_range_min"] == json::value(100));
        CHECK(s.put(path, R"({"salary_range_min":101,"salary_range_max":null})", ada.token).status == 200);

        check_422(s.get("/saved-jobs/?status=Deleted", ada.token), {"query", "status"}, "enum");
        check_422(s.get("/saved-jobs/?priority=high", ada.token), {"query", "priority"}, "enum");
        check_422(s.get("/saved-jobs/?limit=1001", ada.token), {"query", "limit"}, "less_than_equal");
        check_422(s.get("/saved-jobs/?skip=-1", ada.token), {"query", "skip"}, "greater_than_equal");
    });
}
