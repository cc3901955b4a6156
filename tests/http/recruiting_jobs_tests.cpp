// /jobs: create with the seed's body and its defaults, list with skip/limit/status_filter/q, get, partial PATCH,
// DELETE, the pipeline counts, and bad input on every body and query field.
#include "recruiting_routes.hpp"

using namespace offertracker::recruiting_test;

namespace {

// The seed's 2.2 request body.
const std::string seed_job = R"({
  "title": "Senior Backend Engineer",
  "department": "Engineering",
  "location": "New York, NY",
  "employment_type": "Full-time",
  "remote_option": "Hybrid",
  "salary_min": 160000,
  "salary_max": 200000,
  "currency": "USD",
  "description": "We are hiring...",
  "required_skills": ["Python", "FastAPI", "PostgreSQL"],
  "nice_to_have_skills": ["Kubernetes", "AWS"],
  "status": "open",
  "is_public": false
})";

std::vector<std::string> titles(const reply& list) {
    std::vector<std::string> out;
    for (const auto& j : items_of(list)) out.push_back(str(j.at("title")));
    return out;
}

const char* const enum_msg = "Input should be 'open', 'on_hold' or 'closed'";

}  // namespace

TEST_CASE("recruiting jobs: create answers 201 JobOut with every field of the seed", "[recruiting][jobs]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto r = s.post("/jobs", seed_job, admin.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        CHECK(sorted_keys(r.body) == job_keys);
        CHECK(id_of(r) > 0);
        CHECK(int_of(r["org_id"]) == admin.org_id);
        CHECK(int_of(r["created_by_user_id"]) == admin.id);
        const auto sent = parse_json(seed_job);
        for (const auto& kv : sent.as_object()) {
            INFO(kv.key());
            CHECK(r[kv.key()] == kv.value());
        }
        CHECK(r["min_years"].is_null());
        const auto got = s.get("/jobs/" + std::to_string(id_of(r)), admin.token);
        INFO(got.raw);
        CHECK(got.status == 200);
        CHECK(got.body == r.body);
        // Collection routes answer with and without the trailing slash.
        CHECK(s.get("/jobs/", admin.token).status == 200);
        CHECK(s.post("/jobs/", R"({"title":"Slash"})", admin.token).status == 201);
    });
}

TEST_CASE("recruiting jobs: title is required, everything else has a default", "[recruiting][jobs]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto r = s.post("/jobs", R"({"title":"Data Engineer"})", admin.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        CHECK(sorted_keys(r.body) == job_keys);
        CHECK(str(r["title"]) == "Data Engineer");
        CHECK(str(r["status"]) == "open");
        CHECK(r["is_public"] == json::value(false));
        CHECK(r["required_skills"] == json::value(json::array{}));
        CHECK(r["nice_to_have_skills"] == json::value(json::array{}));
        for (const char* k : {"department", "location", "employment_type", "remote_option", "salary_min", "salary_max",
                              "currency", "description", "min_years"}) {
            INFO(k);
            CHECK(r[k].is_null());
        }
        // Blank skills and duplicates (by the vocabulary) are dropped.
        const auto dup = s.post("/jobs", R"({"title":"Dup","required_skills":["Python","python"," ","PostgreSQL"]})",
                                admin.token);
        INFO(dup.raw);
        REQUIRE(dup.status == 201);
        CHECK(dup["required_skills"].as_array().size() == 2);
        CHECK(str(dup["required_skills"].as_array()[0]) == "Python");
        // min_years round-trips.
        CHECK(int_of(s.post("/jobs", R"({"title":"Senior","min_years":5})", admin.token)["min_years"]) == 5);
    });
}

TEST_CASE("recruiting jobs: the list is {items, total}, newest first, with skip, limit, status_filter and q",
          "[recruiting][jobs]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        s.create_job(admin, R"({"title":"Backend Engineer","status":"open"})");
        s.create_job(admin, R"({"title":"Frontend Engineer","status":"on_hold"})");
        s.create_job(admin, R"({"title":"Senior BACKEND Lead","status":"closed"})");
        s.create_job(admin, R"({"title":"Designer","status":"open"})");

        const auto all = s.get("/jobs", admin.token);
        INFO(all.raw);
        REQUIRE(all.status == 200);
        CHECK(sorted_keys(all.body) == sorted({"items", "total"}));
        CHECK(int_of(all["total"]) == 4);
        CHECK(titles(all) == std::vector<std::string>{"Designer", "Senior BACKEND Lead", "Frontend Engineer",
                                                      "Backend Engineer"});
        for (const auto& j : items_of(all)) CHECK(sorted_keys(j) == job_keys);

        const auto page = s.get("/jobs?skip=1&limit=2", admin.token);
        CHECK(titles(page) == std::vector<std::string>{"Senior BACKEND Lead", "Frontend Engineer"});
        CHECK(int_of(page["total"]) == 4);
        CHECK(titles(s.get("/jobs?skip=10", admin.token)).empty());
        CHECK(int_of(s.get("/jobs?skip=10", admin.token)["total"]) == 4);

        const auto open = s.get("/jobs?status_filter=open", admin.token);
        CHECK(titles(open) == std::vector<std::string>{"Designer", "Backend Engineer"});
        CHECK(int_of(open["total"]) == 2);
        CHECK(titles(s.get("/jobs?status_filter=on_hold", admin.token)) == std::vector<std::string>{"Frontend Engineer"});

        // q: a case-insensitive substring of the title; total counts the matches, not the page.
        const auto backend = s.get("/jobs?q=backend&limit=1", admin.token);
        CHECK(titles(backend) == std::vector<std::string>{"Senior BACKEND Lead"});
        CHECK(int_of(backend["total"]) == 2);
        CHECK(titles(s.get("/jobs?q=backend&status_filter=open", admin.token)) ==
              std::vector<std::string>{"Backend Engineer"});
        CHECK(int_of(s.get("/jobs?q=nothing-like-this", admin.token)["total"]) == 0);
        CHECK(titles(s.get("/jobs?q=Senior%20backend", admin.token)) == std::vector<std::string>{"Senior BACKEND Lead"});
    });
}

TEST_CASE("recruiting jobs: limit defaults to 50 and may not pass 100", "[recruiting][jobs][validation]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        for (int i = 0; i < 52; ++i) s.create_job(admin, R"({"title":"Job )" + std::to_string(i) + R"("})");
        const auto first = s.get("/jobs", admin.token);
        CHECK(items_of(first).size() == 50);
        CHECK(int_of(first["total"]) == 52);
        CHECK(items_of(s.get("/jobs?limit=100", admin.token)).size() == 52);
        check_422(s.get("/jobs?limit=101", admin.token), {"query", "limit"}, "less_than_equal",
                  "Input should be less than or equal to 100");
        check_422(s.get("/jobs?limit=0", admin.token), {"query", "limit"}, "greater_than_equal",
                  "Input should be greater than or equal to 1");
        check_422(s.get("/jobs?skip=-1", admin.token), {"query", "skip"}, "greater_than_equal",
                  "Input should be greater than or equal to 0");
        check_422(s.get("/jobs?limit=ten", admin.token), {"query", "limit"}, "int_parsing");
        check_422(s.get("/jobs?skip=1.5", admin.token), {"query", "skip"}, "int_parsing");
        check_422(s.get("/jobs?status_filter=archived", admin.token), {"query", "status_filter"}, "enum", enum_msg);
        check_422(s.get("/jobs?q=%FF", admin.token), {"query", "q"}, "string_unicode");
    });
}

TEST_CASE("recruiting jobs: PATCH keeps what is omitted and null clears an optional field", "[recruiting][jobs]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto job = s.create_job(admin, seed_job);
        const std::string path = "/jobs/" + std::to_string(id_of(job));

        const auto same = s.patch(path, "{}", admin.token);
        INFO(same.raw);
        REQUIRE(same.status == 200);
        CHECK(same.body == job);

        const auto r = s.patch(path, R"({"title":"Updated title","status":"on_hold","department":null,"required_skills":["Python","Kafka"]})",
                               admin.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(str(r["title"]) == "Updated title");
        CHECK(str(r["status"]) == "on_hold");
        CHECK(r["department"].is_null());
        CHECK(strings_of(r["required_skills"]) == std::vector<std::string>{"Python", "Kafka"});
        for (const char* k : {"id", "org_id", "created_by_user_id", "location", "employment_type", "remote_option",
                              "salary_min", "salary_max", "currency", "description", "nice_to_have_skills",
                              "is_public"}) {
            INFO(k);
            CHECK(r[k] == job.at(k));
        }
        CHECK(s.get(path, admin.token).body == r.body);

        // The seed's 2.4 body, whole.
        const auto full = s.patch(path, R"({"title":"Updated title","department":"New Dept","location":"Remote",
            "employment_type":"Contract","remote_option":"Remote","salary_min":100000,"salary_max":150000,
            "currency":"USD","description":"Updated description","required_skills":["Python","Kafka"],
            "nice_to_have_skills":["Kubernetes"],"status":"on_hold","is_public":true})",
                                  admin.token);
        INFO(full.raw);
        REQUIRE(full.status == 200);
        CHECK(int_of(full["salary_min"]) == 100000);
        CHECK(full["is_public"] == json::value(true));
        CHECK(strings_of(full["nice_to_have_skills"]) == std::vector<std::string>{"Kubernetes"});

        // Clearing both salaries and the currency.
        const auto cleared = s.patch(path, R"({"salary_min":null,"salary_max":null,"currency":null})", admin.token);
        CHECK(cleared["salary_min"].is_null());
        CHECK(cleared["salary_max"].is_null());
        CHECK(cleared["currency"].is_null());
        CHECK(str(cleared["title"]) == "Updated title");
    });
}

TEST_CASE("recruiting jobs: DELETE answers 204, then the job is 404 everywhere", "[recruiting][jobs]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto job = id_of(s.create_job(admin));
        const auto candidate = id_of(s.create_candidate(admin));
        const auto application = id_of(s.create_application(admin, job, candidate));
        const std::string path = "/jobs/" + std::to_string(job);
        const auto r = s.del(path, admin.token);
        INFO(r.raw);
        CHECK(r.status == 204);
        CHECK(r.raw.empty());
        check_detail(s.get(path, admin.token), 404, "Job not found");
        check_detail(s.patch(path, R"({"title":"x"})", admin.token), 404, "Job not found");
        check_detail(s.del(path, admin.token), 404, "Job not found");
        check_detail(s.get(path + "/pipeline", admin.token), 404, "Job not found");
        // Its applications went with it; the candidate stays.
        check_detail(s.get("/applications/" + std::to_string(application), admin.token), 404, "Application not found");
        CHECK(s.get("/candidates/" + std::to_string(candidate), admin.token).status == 200);
        CHECK(int_of(s.get("/jobs", admin.token)["total"]) == 0);
        check_detail(s.get("/jobs/999999999", admin.token), 404, "Job not found");
        check_422(s.get("/jobs/abc", admin.token), {"path", "job_id"}, "int_parsing");
        check_422(s.get("/jobs/99999999999999999999", admin.token), {"path", "job_id"}, "int_parsing");
        check_422(s.get("/jobs/1.0", admin.token), {"path", "job_id"}, "int_parsing");
        check_detail(s.get("/jobs/-1", admin.token), 404, "Job not found");
        check_detail(s.get("/jobs/0", admin.token), 404, "Job not found");
    });
}

TEST_CASE("recruiting jobs: the pipeline counts the job's applications per status", "[recruiting][jobs][pipeline]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto job = id_of(s.create_job(admin));
        const auto other_job = id_of(s.create_job(admin, R"({"title":"Other"})"));
        const std::vector<std::string> statuses{"sourced", "screening", "screening", "offer", "rejected"};
        for (std::size_t i = 0; i < statuses.size(); ++i) {
            const auto c = id_of(s.create_candidate(admin, R"({"full_name":"Person )" + std::to_string(i) + R"("})"));
            s.create_application(admin, job, c, R"("status":")" + statuses[i] + R"(")");
            if (i == 0) s.create_application(admin, other_job, c, R"("status":"hired")");
        }
        const auto r = s.get("/jobs/" + std::to_string(job) + "/pipeline", admin.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(sorted_keys(r.body) == sorted({"job_id", "counts", "total"}));
        CHECK(int_of(r["job_id"]) == job);
        CHECK(int_of(r["total"]) == 5);
        CHECK(keys_of(r["counts"]) == std::vector<std::string>{"sourced", "applied", "screening", "interview", "offer",
                                                               "hired", "rejected"});
        const json::object want{{"sourced", 1}, {"applied", 0}, {"screening", 2}, {"interview", 0},
                                {"offer", 1},   {"hired", 0},   {"rejected", 1}};
        CHECK(r["counts"] == json::value(want));

        const auto empty = s.get("/jobs/" + std::to_string(id_of(s.create_job(admin))) + "/pipeline", admin.token);
        CHECK(int_of(empty["total"]) == 0);
        for (const auto& kv : empty["counts"].as_object()) CHECK(int_of(kv.value()) == 0);
    });
}

TEST_CASE("recruiting jobs: bad input on create is 422 on the named field", "[recruiting][jobs][validation]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        auto post = [&](const std::string& body) { return s.post("/jobs", body, admin.token); };
        check_422(post(R"({"title":"x")"), {"body", 0LL}, "json_invalid");
        check_422(post("not json"), {"body", 0LL}, "json_invalid");
        check_422(post("\"a string\""), {"body"}, "model_attributes_type");
        check_422(post(R"({"department":"Eng"})"), {"body", "title"}, "missing", "Field required");
        check_422_at(post(R"({"title":"   "})"), {"body", "title"});
        check_422(post(R"({"title":5})"), {"body", "title"}, "string_type", "Input should be a valid string");
        check_422(post(json::serialize(json::object{{"title", chars(201)}})), {"body", "title"}, "string_too_long",
                  "String should have at most 200 characters");
        check_422(post(json::serialize(json::object{{"title", "t"}, {"location", chars(201)}})), {"body", "location"},
                  "string_too_long");
        check_422(post(json::serialize(json::object{{"title", "t"}, {"description", chars(50001)}})),
                  {"body", "description"}, "string_too_long", "String should have at most 50000 characters");
        check_422(post(R"({"title":"t","salary_min":"a lot"})"), {"body", "salary_min"}, "int_type");
        check_422(post(R"({"title":"t","salary_min":-1})"), {"body", "salary_min"}, "greater_than_equal",
                  "Input should be greater than or equal to 0");
        check_422(post(R"({"title":"t","salary_max":1000000001})"), {"body", "salary_max"}, "less_than_equal",
                  "Input should be less than or equal to 1000000000");
        check_422(post(R"({"title":"t","salary_min":1.5})"), {"body", "salary_min"}, "int_from_float");
        check_422(post(R"({"title":"t","salary_min":1e30})"), {"body", "salary_min"}, "int_parsing");
        check_422(post(R"({"title":"t","salary_min":200000,"salary_max":150000})"), {"body", "salary_max"},
                  "value_error", "Value error, salary_max must be greater than or equal to salary_min");
        check_422(post(R"({"title":"t","currency":"usd1"})"), {"body", "currency"}, "string_pattern_mismatch",
                  "String should match pattern '^[A-Z]{3}$'");
        check_422(post(R"({"title":"t","currency":"usd"})"), {"body", "currency"}, "string_pattern_mismatch");
        check_422(post(R"({"title":"t","status":"archived"})"), {"body", "status"}, "enum", enum_msg);
        check_422_at(post(R"({"title":"t","is_public":"yes"})"), {"body", "is_public"});
        check_422(post(R"({"title":"t","required_skills":"Python"})"), {"body", "required_skills"}, "list_type");
        check_422_at(post(R"({"title":"t","nice_to_have_skills":[1,2]})"), {"body", "nice_to_have_skills"});
        json::array too_many;
        for (int i = 0; i < 101; ++i) too_many.push_back(json::string("skill " + std::to_string(i)));
        check_422_at(post(json::serialize(json::object{{"title", "t"}, {"required_skills", too_many}})),
                     {"body", "required_skills"});
        check_422(post(R"({"title":"t","min_years":61})"), {"body", "min_years"}, "less_than_equal");
        check_422(post("{\"title\":\"\xc3\x28\"}"), {"body", 0LL}, "json_invalid");
        check_422(post(R"({"title":"nul \u0000 inside"})"), {"body", "title"}, "string_nul");
        // Several problems are all reported.
        const auto many = post(R"({"salary_min":-5,"currency":"usd1","status":"archived"})");
        check_422(many, {"body", "title"}, "missing");
        check_422(many, {"body", "salary_min"}, "greater_than_equal");
        check_422(many, {"body", "currency"}, "string_pattern_mismatch");
        check_422(many, {"body", "status"}, "enum");
        CHECK(int_of(s.get("/jobs", admin.token)["total"]) == 0);
    });
}

TEST_CASE("recruiting jobs: bad input on PATCH is 422 and changes nothing", "[recruiting][jobs][validation]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto job = s.create_job(admin, seed_job);
        const std::string path = "/jobs/" + std::to_string(id_of(job));
        auto patch = [&](const std::string& body) { return s.patch(path, body, admin.token); };
        check_422(patch("{"), {"body", 0LL}, "json_invalid");
        check_422_at(patch(R"({"title":null})"), {"body", "title"});
        check_422_at(patch(R"({"required_skills":null})"), {"body", "required_skills"});
        check_422_at(patch(R"({"is_public":null})"), {"body", "is_public"});
        check_422(patch(R"({"status":"archived"})"), {"body", "status"}, "enum", enum_msg);
        check_422(patch(R"({"currency":"usd1"})"), {"body", "currency"}, "string_pattern_mismatch");
        check_422(patch(R"({"salary_min":-1})"), {"body", "salary_min"}, "greater_than_equal");
        check_422(patch(json::serialize(json::object{{"title", chars(201)}})), {"body", "title"}, "string_too_long");
        // The order of the salaries is checked against what is stored (max 200000).
        check_422_at(patch(R"({"salary_min":300000})"), {"body", "salary_max"});
        check_422(patch("{\"department\":\"\xff\"}"), {"body", 0LL}, "json_invalid");
        check_422(s.patch("/jobs/not-an-id", "{}", admin.token), {"path", "job_id"}, "int_parsing");
        CHECK(s.get(path, admin.token).body == job);
    });
}

TEST_CASE("recruiting jobs: q is a literal substring (no wildcards) and skip may be huge", "[recruiting][jobs]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        s.create_job(admin, R"({"title":"100% Remote Engineer"})");
        s.create_job(admin, R"({"title":"Backend Engineer"})");
        s.create_job(admin, R"({"title":"C_Sharp \\ Developer"})");
        CHECK(titles(s.get("/jobs?q=%25", admin.token)) == std::vector<std::string>{"100% Remote Engineer"});
        CHECK(titles(s.get("/jobs?q=_", admin.token)) == std::vector<std::string>{"C_Sharp \\ Developer"});
        CHECK(titles(s.get("/jobs?q=%5C", admin.token)) == std::vector<std::string>{"C_Sharp \\ Developer"});
        CHECK(int_of(s.get("/jobs?q=%25%25", admin.token)["total"]) == 0);
        CHECK(int_of(s.get("/jobs?q=B_ckend", admin.token)["total"]) == 0);
        CHECK(int_of(s.get("/jobs?q=%27%20OR%201%3D1%20--", admin.token)["total"]) == 0);
        const auto far = s.get("/jobs?skip=9223372036854775807", admin.token);
        INFO(far.raw);
        CHECK(far.status == 200);
        CHECK(items_of(far).empty());
        CHECK(int_of(far["total"]) == 3);
        check_422(s.get("/jobs?skip=99999999999999999999", admin.token), {"query", "skip"}, "int_parsing");
        check_422(s.post("/jobs", R"({"title":null})", admin.token), {"body", "title"}, "string_type");
    });
}

TEST_CASE("recruiting jobs: lengths count characters, and any UTF-8 round-trips on every engine", "[recruiting][jobs]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        std::string emoji;
        for (int i = 0; i < 200; ++i) emoji += "\xF0\x9F\x98\x80";  // U+1F600, four bytes each
        const auto r = s.post("/jobs", json::serialize(json::object{{"title", emoji}, {"location", "Zürich, 東京"}}),
                              admin.token);
        INFO(r.raw.substr(0, 300));
        REQUIRE(r.status == 201);
        const auto got = s.get("/jobs/" + std::to_string(id_of(r)), admin.token);
        CHECK(str(got["title"]) == emoji);
        CHECK(str(got["location"]) == "Zürich, 東京");
        check_422(s.post("/jobs", json::serialize(json::object{{"title", emoji + "\xF0\x9F\x98\x80"}}), admin.token),
                  {"body", "title"}, "string_too_long");
        check_detail(s.get("/jobs/9223372036854775807", admin.token), 404, "Job not found");
    });
}
