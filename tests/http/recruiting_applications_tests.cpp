// /applications: a candidate in a job's pipeline. Create (defaults, 404s, the duplicate 400), list with its filters,
// get, partial PATCH, DELETE, the status history (from, to, who, when) and bad input.
#include "recruiting_routes.hpp"

#include <barrier>
#include <thread>

using namespace offertracker::recruiting_test;

namespace {

const char* const status_msg =
    "Input should be 'sourced', 'applied', 'screening', 'interview', 'offer', 'hired' or 'rejected'";
const char* const source_msg = "Input should be 'manual', 'referral', 'import' or 'sourced'";

std::string app_body(long long job, long long candidate, const std::string& extra = {}) {
    return R"({"job_id":)" + std::to_string(job) + R"(,"candidate_id":)" + std::to_string(candidate) +
           (extra.empty() ? "" : "," + extra) + "}";
}

}  // namespace

TEST_CASE("recruiting applications: create answers 201 ApplicationOut; status, source and fit_score have defaults",
          "[recruiting][applications]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto job = id_of(s.create_job(admin));
        const auto jane = id_of(s.create_candidate(admin));
        const auto john = id_of(s.create_candidate(admin, R"({"full_name":"John Smith"})"));
        const auto r = s.post("/applications",
                              app_body(job, jane, R"("status":"sourced","source":"manual","fit_score":85)"), admin.token);
        INFO(r.raw);
        REQUIRE(r.status == 201);
        CHECK(sorted_keys(r.body) == application_keys);
        CHECK(id_of(r) > 0);
        CHECK(int_of(r["org_id"]) == admin.org_id);
        CHECK(int_of(r["job_id"]) == job);
        CHECK(int_of(r["candidate_id"]) == jane);
        CHECK(str(r["status"]) == "sourced");
        CHECK(str(r["source"]) == "manual");
        CHECK(int_of(r["fit_score"]) == 85);
        CHECK(s.get("/applications/" + std::to_string(id_of(r)), admin.token).body == r.body);

        const auto defaults = s.post("/applications/", app_body(job, john), admin.token);
        INFO(defaults.raw);
        REQUIRE(defaults.status == 201);
        CHECK(str(defaults["status"]) == "sourced");
        CHECK(str(defaults["source"]) == "manual");
        CHECK(defaults["fit_score"].is_null());

        // Every status and source the contract names is accepted.
        const auto other_job = id_of(s.create_job(admin, R"({"title":"Other"})"));
        const std::vector<std::string> statuses{"applied", "screening", "interview", "offer", "hired", "rejected"};
        const std::vector<std::string> sources{"referral", "import", "sourced", "manual", "referral", "import"};
        for (std::size_t i = 0; i < statuses.size(); ++i) {
            const auto c = id_of(s.create_candidate(admin, R"({"full_name":"P )" + std::to_string(i) + R"("})"));
            const auto a = s.post("/applications",
                                  app_body(other_job, c, R"("status":")" + statuses[i] + R"(","source":")" + sources[i] +
                                                             R"(")"),
                                  admin.token);
            INFO(a.raw);
            CHECK(a.status == 201);
            CHECK(str(a["status"]) == statuses[i]);
            CHECK(str(a["source"]) == sources[i]);
        }
    });
}

TEST_CASE("recruiting applications: a second application for the same pair is 400; unknown records are 404",
          "[recruiting][applications]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto job = id_of(s.create_job(admin));
        const auto c = id_of(s.create_candidate(admin));
        s.create_application(admin, job, c);
        check_detail(s.post("/applications", app_body(job, c), admin.token), 400,
                     "Application already exists for this candidate and job");
        check_detail(s.post("/applications", app_body(job, c, R"("status":"offer")"), admin.token), 400,
                     "Application already exists for this candidate and job");
        check_detail(s.post("/applications", app_body(999999999, c), admin.token), 404, "Job not found");
        check_detail(s.post("/applications", app_body(job, 999999999), admin.token), 404, "Candidate not found");
        CHECK(int_of(s.get("/applications", admin.token)["total"]) == 1);
    });
}

TEST_CASE("recruiting applications: the list is {items, total}, newest first, filtered by job_id and candidate_id",
          "[recruiting][applications]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto j1 = id_of(s.create_job(admin, R"({"title":"One"})"));
        const auto j2 = id_of(s.create_job(admin, R"({"title":"Two"})"));
        const auto c1 = id_of(s.create_candidate(admin, R"({"full_name":"C One"})"));
        const auto c2 = id_of(s.create_candidate(admin, R"({"full_name":"C Two"})"));
        const auto a11 = id_of(s.create_application(admin, j1, c1));
        const auto a12 = id_of(s.create_application(admin, j1, c2));
        const auto a21 = id_of(s.create_application(admin, j2, c1));
        const auto all = s.get("/applications", admin.token);
        INFO(all.raw);
        REQUIRE(all.status == 200);
        CHECK(sorted_keys(all.body) == sorted({"items", "total"}));
        CHECK(ids_of(all) == std::vector<long long>{a21, a12, a11});
        CHECK(int_of(all["total"]) == 3);
        for (const auto& a : items_of(all)) CHECK(sorted_keys(a) == application_keys);
        CHECK(ids_of(s.get("/applications?job_id=" + std::to_string(j1), admin.token)) == std::vector<long long>{a12, a11});
        CHECK(ids_of(s.get("/applications?candidate_id=" + std::to_string(c1), admin.token)) ==
              std::vector<long long>{a21, a11});
        CHECK(ids_of(s.get("/applications?job_id=" + std::to_string(j1) + "&candidate_id=" + std::to_string(c2),
                           admin.token)) == std::vector<long long>{a12});
        const auto page = s.get("/applications?skip=1&limit=1", admin.token);
        CHECK(ids_of(page) == std::vector<long long>{a12});
        CHECK(int_of(page["total"]) == 3);
        check_422(s.get("/applications?limit=101", admin.token), {"query", "limit"}, "less_than_equal",
                  "Input should be less than or equal to 100");
        check_422(s.get("/applications?job_id=abc", admin.token), {"query", "job_id"}, "int_parsing");
        check_422(s.get("/applications?candidate_id=1.5", admin.token), {"query", "candidate_id"}, "int_parsing");
    });
}

TEST_CASE("recruiting applications: PATCH is partial; DELETE answers 204 then 404", "[recruiting][applications]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto job = id_of(s.create_job(admin));
        const auto c = id_of(s.create_candidate(admin));
        const auto a = s.create_application(admin, job, c, R"("source":"referral","fit_score":70)");
        const std::string path = "/applications/" + std::to_string(id_of(a));
        // The seed's 4.4 body.
        const auto r = s.patch(path, R"({"status":"screening","source":"referral","fit_score":90})", admin.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(str(r["status"]) == "screening");
        CHECK(int_of(r["fit_score"]) == 90);
        const auto status_only = s.patch(path, R"({"status":"interview"})", admin.token);
        CHECK(str(status_only["status"]) == "interview");
        CHECK(str(status_only["source"]) == "referral");
        CHECK(int_of(status_only["fit_score"]) == 90);
        const auto cleared = s.patch(path, R"({"fit_score":null})", admin.token);
        CHECK(cleared["fit_score"].is_null());
        CHECK(str(cleared["status"]) == "interview");
        for (const char* k : {"id", "org_id", "job_id", "candidate_id"}) CHECK(cleared[k] == a.at(k));
        CHECK(s.get(path, admin.token).body == cleared.body);

        const auto d = s.del(path, admin.token);
        CHECK(d.status == 204);
        CHECK(d.raw.empty());
        check_detail(s.get(path, admin.token), 404, "Application not found");
        check_detail(s.patch(path, R"({"status":"offer"})", admin.token), 404, "Application not found");
        check_detail(s.del(path, admin.token), 404, "Application not found");
        check_detail(s.get(path + "/history", admin.token), 404, "Application not found");
        // The pair is free again.
        CHECK(s.post("/applications", app_body(job, c), admin.token).status == 201);
        check_422(s.get("/applications/abc", admin.token), {"path", "application_id"}, "int_parsing");
    });
}

TEST_CASE("recruiting applications: the history keeps every status change, oldest first, with who and when",
          "[recruiting][applications][history]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto rita = s.invite(admin, "rita", "recruiter");
        const auto job = id_of(s.create_job(admin));
        const auto c = id_of(s.create_candidate(admin));
        const auto a = id_of(s.create_application(admin, job, c, R"("status":"applied")"));
        const std::string path = "/applications/" + std::to_string(a);

        const auto first = s.get(path + "/history", admin.token);
        INFO(first.raw);
        REQUIRE(first.status == 200);
        REQUIRE(first.body.is_array());
        REQUIRE(first.body.as_array().size() == 1);
        const auto& created = first.body.as_array()[0];
        CHECK(sorted_keys(created) == history_keys);
        CHECK(int_of(created.at("application_id")) == a);
        CHECK(created.at("from_status").is_null());
        CHECK(str(created.at("to_status")) == "applied");
        CHECK(int_of(created.at("changed_by_user_id")) == admin.id);
        CHECK(created.at("changed_at").is_string());

        REQUIRE(s.patch(path, R"({"status":"screening"})", rita.token).status == 200);
        REQUIRE(s.patch(path, R"({"fit_score":50})", rita.token).status == 200);  // not a status change
        REQUIRE(s.patch(path, R"({"status":"screening"})", rita.token).status == 200);  // the same status
        REQUIRE(s.patch(path, R"({"status":"rejected"})", admin.token).status == 200);

        const auto h = s.get(path + "/history", rita.token);
        INFO(h.raw);
        REQUIRE(h.status == 200);
        REQUIRE(h.body.is_array());
        const auto& entries = h.body.as_array();
        REQUIRE(entries.size() == 3);
        CHECK(entries[0] == created);
        CHECK(str(entries[1].at("from_status")) == "applied");
        CHECK(str(entries[1].at("to_status")) == "screening");
        CHECK(int_of(entries[1].at("changed_by_user_id")) == rita.id);
        CHECK(str(entries[2].at("from_status")) == "screening");
        CHECK(str(entries[2].at("to_status")) == "rejected");
        CHECK(int_of(entries[2].at("changed_by_user_id")) == admin.id);
        for (std::size_t i = 1; i < entries.size(); ++i) {
            CHECK(id_of(entries[i]) > id_of(entries[i - 1]));
            CHECK(str(entries[i].at("changed_at")) >= str(entries[i - 1].at("changed_at")));
        }
        // The pipeline follows the current status.
        const auto p = s.get("/jobs/" + std::to_string(job) + "/pipeline", admin.token);
        CHECK(int_of(p["counts"].at("rejected")) == 1);
        CHECK(int_of(p["counts"].at("applied")) == 0);
    });
}

TEST_CASE("recruiting applications: bad input is 422 on the named field", "[recruiting][applications][validation]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto job = id_of(s.create_job(admin));
        const auto c = id_of(s.create_candidate(admin));
        auto post = [&](const std::string& body) { return s.post("/applications", body, admin.token); };
        check_422(post("{"), {"body", 0LL}, "json_invalid");
        check_422(post("null"), {"body"}, "model_attributes_type");
        check_422(post(R"({"candidate_id":1})"), {"body", "job_id"}, "missing", "Field required");
        check_422(post(R"({"job_id":1})"), {"body", "candidate_id"}, "missing");
        check_422(post(R"({"job_id":"five","candidate_id":1})"), {"body", "job_id"}, "int_type");
        check_422(post(R"({"job_id":1.5,"candidate_id":1})"), {"body", "job_id"}, "int_from_float");
        check_422(post(R"({"job_id":1,"candidate_id":99999999999999999999})"), {"body", "candidate_id"}, "int_parsing");
        check_422(post(app_body(job, c, R"("status":"archived")")), {"body", "status"}, "enum", status_msg);
        check_422(post(app_body(job, c, R"("status":"Sourced")")), {"body", "status"}, "enum", status_msg);
        check_422(post(app_body(job, c, R"("source":"linkedin")")), {"body", "source"}, "enum", source_msg);
        check_422(post(app_body(job, c, R"("fit_score":101)")), {"body", "fit_score"}, "less_than_equal",
                  "Input should be less than or equal to 100");
        check_422(post(app_body(job, c, R"("fit_score":-1)")), {"body", "fit_score"}, "greater_than_equal",
                  "Input should be greater than or equal to 0");
        check_422(post(app_body(job, c, R"("fit_score":"high")")), {"body", "fit_score"}, "int_type");
        check_422(post("{\"job_id\":1,\"candidate_id\":1,\"source\":\"\xff\"}"), {"body", 0LL}, "json_invalid");
        CHECK(int_of(s.get("/applications", admin.token)["total"]) == 0);

        const auto a = s.create_application(admin, job, c);
        const std::string path = "/applications/" + std::to_string(id_of(a));
        check_422(s.patch(path, R"({"status":"archived"})", admin.token), {"body", "status"}, "enum", status_msg);
        check_422_at(s.patch(path, R"({"status":null})", admin.token), {"body", "status"});
        check_422_at(s.patch(path, R"({"source":null})", admin.token), {"body", "source"});
        check_422(s.patch(path, R"({"fit_score":1000})", admin.token), {"body", "fit_score"}, "less_than_equal");
        check_422(s.patch(path, "[", admin.token), {"body", 0LL}, "json_invalid");
        CHECK(s.get(path, admin.token).body == a);
    });
}

namespace {

// Sends each body at the same moment, one connection and thread per body, and returns the responses in order.
std::vector<offertracker::testing::test_response> at_once(recruiting_server& s, const std::string& method,
                                                          const std::string& path, const std::vector<std::string>& bodies,
                                                          const std::string& token) {
    std::vector<offertracker::testing::test_client> clients;
    for (std::size_t i = 0; i < bodies.size(); ++i) clients.push_back(s.connect());
    std::vector<offertracker::testing::test_response> out(bodies.size());
    std::vector<std::string> errors(bodies.size());
    std::barrier sync(static_cast<std::ptrdiff_t>(bodies.size()));
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < bodies.size(); ++i) {
        threads.emplace_back([&, i] {
            sync.arrive_and_wait();
            try {
                out[i] = clients[i].request(method, std::string(prefix) + path, bodies[i],
                                            {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
            } catch (const std::exception& e) {
                errors[i] = e.what();
            }
        });
    }
    for (auto& t : threads) t.join();
    for (const auto& e : errors) CHECK(e.empty());
    return out;
}

}  // namespace

TEST_CASE("recruiting applications: simultaneous creations of one pair give one 201 and 400s, never a 500",
          "[recruiting][applications][concurrency]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto job = id_of(s.create_job(admin));
        for (int round = 0; round < 3; ++round) {
            INFO("round " << round);
            const auto c = id_of(s.create_candidate(admin, R"({"full_name":"Racer )" + std::to_string(round) + R"("})"));
            const auto rs = at_once(s, "POST", "/applications", std::vector<std::string>(4, app_body(job, c)), admin.token);
            int created = 0;
            for (const auto& r : rs) {
                INFO(r.status << " " << r.body);
                if (r.status == 201) {
                    ++created;
                } else {
                    CHECK(r.status == 400);
                    CHECK(parse_json(r.body) ==
                          json::value(json::object{{"detail", "Application already exists for this candidate and job"}}));
                }
            }
            CHECK(created == 1);
            CHECK(int_of(s.get("/applications?candidate_id=" + std::to_string(c), admin.token)["total"]) == 1);
        }
    });
}

TEST_CASE("recruiting applications: simultaneous status changes leave a history whose entries chain",
          "[recruiting][applications][history][concurrency]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto job = id_of(s.create_job(admin));
        const auto c = id_of(s.create_candidate(admin));
        const auto a = id_of(s.create_application(admin, job, c));
        const std::string path = "/applications/" + std::to_string(a);
        const std::vector<std::string> bodies{R"({"status":"applied"})", R"({"status":"screening"})",
                                              R"({"status":"interview"})", R"({"status":"offer"})"};
        for (const auto& r : at_once(s, "PATCH", path, bodies, admin.token)) {
            INFO(r.body);
            CHECK(r.status == 200);
        }
        const auto h = s.get(path + "/history", admin.token);
        INFO(h.raw);
        REQUIRE(h.status == 200);
        const auto& entries = h.body.as_array();
        // The creation and one entry per change, each from the status the one before it left.
        REQUIRE(entries.size() == 5);
        CHECK(entries[0].at("from_status").is_null());
        for (std::size_t i = 1; i < entries.size(); ++i) {
            INFO("entry " << i);
            CHECK(entries[i].at("from_status") == entries[i - 1].at("to_status"));
        }
        CHECK(s.get(path, admin.token)["status"] == entries.back().at("to_status"));
        // The pipeline agrees with the final status.
        const auto p = s.get("/jobs/" + std::to_string(job) + "/pipeline", admin.token);
        CHECK(int_of(p["counts"].at(str(entries.back().at("to_status")))) == 1);
        CHECK(int_of(p["total"]) == 1);
    });
}
