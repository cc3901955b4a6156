// /matching: a job's best candidates and a candidate's best jobs, offline ("naive" without a provider): best first,
// zero scores dropped, limit respected, reasons that name skills, every returned match logged, and the 404s/422s.
#include "recruiting_routes.hpp"

#include <offertracker/ports/recruiting_store.hpp>

using namespace offertracker::recruiting_test;

namespace {

struct matching_world {
    member admin;
    long long job = 0, strong = 0, medium = 0, unrelated = 0;
};

matching_world make(recruiting_server& s) {
    matching_world w;
    w.admin = s.register_org("founder");
    w.job = id_of(s.create_job(w.admin, R"({"title":"Senior Backend Engineer","required_skills":["Python","PostgreSQL"],
        "nice_to_have_skills":["Kubernetes"],"description":"Build backend services in Python on PostgreSQL."})"));
    w.strong = id_of(s.create_candidate(w.admin, R"({"full_name":"Strong Match","current_title":"Senior Backend Engineer",
        "current_company":"TechCorp","location":"Remote","headline":"Backend engineer: Python, PostgreSQL, Kubernetes",
        "skills":["Python","PostgreSQL","Kubernetes"]})"));
    w.medium = id_of(s.create_candidate(w.admin, R"({"full_name":"Medium Match","current_title":"Data Analyst",
        "skills":["Python"]})"));
    w.unrelated = id_of(s.create_candidate(w.admin, R"({"full_name":"Pastry Chef","current_title":"Pastry Chef",
        "headline":"Croissants and sourdough","skills":["Baking"]})"));
    return w;
}

std::size_t match_logs(recruiting_server& s, long long org_id) {
    auto unit = s.store().begin(offertracker::ports::access::read_only);
    return unit->match_logs().list(org_id, offertracker::ports::page{0, 100}).total;
}

std::vector<long long> candidate_ids(const reply& r) {
    std::vector<long long> out;
    if (const auto* a = r["matches"].if_array())
        for (const auto& m : *a) out.push_back(int_of(m.at("candidate_id")));
    return out;
}

}  // namespace

TEST_CASE("recruiting matching: candidates for a job, best first, zero scores dropped, each logged",
          "[recruiting][matching]") {
    for_each_engine([](recruiting_server& s) {
        const auto w = make(s);
        const auto r = s.post("/matching/candidates_for_job", R"({"job_id":)" + std::to_string(w.job) + "}", w.admin.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(sorted_keys(r.body) == sorted({"job_id", "matches"}));
        CHECK(int_of(r["job_id"]) == w.job);
        REQUIRE(r["matches"].is_array());
        const auto& matches = r["matches"].as_array();
        CHECK(candidate_ids(r) == std::vector<long long>{w.strong, w.medium});
        long long previous = 101;
        for (const auto& m : matches) {
            CHECK(sorted_keys(m) == candidate_match_keys);
            const long long score = int_of(m.at("score"));
            CHECK(score > 0);
            CHECK(score <= 100);
            CHECK(score <= previous);
            previous = score;
            CHECK(str(m.at("strategy")) == "naive");
            CHECK_FALSE(str(m.at("reason")).empty());
        }
        REQUIRE(matches.size() == 2);
        CHECK(int_of(matches[0].at("score")) > int_of(matches[1].at("score")));
        CHECK(str(matches[0].at("full_name")) == "Strong Match");
        CHECK(str(matches[0].at("current_title")) == "Senior Backend Engineer");
        CHECK(str(matches[0].at("current_company")) == "TechCorp");
        CHECK(str(matches[0].at("location")) == "Remote");
        CHECK(contains(str(matches[0].at("reason")), "Python"));
        // The medium match's reason names the required skill it lacks.
        CHECK(contains(str(matches[1].at("reason")), "PostgreSQL"));
        CHECK(matches[1].at("current_company").is_null());
        CHECK(match_logs(s, w.admin.org_id) == 2);

        // Deterministic; limit keeps the best.
        CHECK(s.post("/matching/candidates_for_job", R"({"job_id":)" + std::to_string(w.job) + "}", w.admin.token).body ==
              r.body);
        const auto one = s.post("/matching/candidates_for_job",
                                R"({"job_id":)" + std::to_string(w.job) + R"(,"limit":1})", w.admin.token);
        CHECK(candidate_ids(one) == std::vector<long long>{w.strong});
        CHECK(match_logs(s, w.admin.org_id) == 5);
    });
}

TEST_CASE("recruiting matching: strategy openai without a provider answers naive", "[recruiting][matching]") {
    for_each_engine([](recruiting_server& s) {
        const auto w = make(s);
        const auto r = s.post("/matching/candidates_for_job",
                              R"({"job_id":)" + std::to_string(w.job) + R"(,"strategy":"openai"})", w.admin.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        REQUIRE_FALSE(r["matches"].as_array().empty());
        for (const auto& m : r["matches"].as_array()) CHECK(str(m.at("strategy")) == "naive");
        const auto naive = s.post("/matching/candidates_for_job",
                                  R"({"job_id":)" + std::to_string(w.job) + R"(,"strategy":"naive"})", w.admin.token);
        CHECK(naive.body == r.body);
        const auto back = s.post("/matching/jobs_for_candidate",
                                 R"({"candidate_id":)" + std::to_string(w.strong) + R"(,"strategy":"openai"})",
                                 w.admin.token);
        REQUIRE(back.status == 200);
        for (const auto& m : back["matches"].as_array()) CHECK(str(m.at("strategy")) == "naive");
    });
}

TEST_CASE("recruiting matching: jobs for a candidate, best first, zero scores dropped", "[recruiting][matching]") {
    for_each_engine([](recruiting_server& s) {
        const auto w = make(s);
        const auto data = id_of(s.create_job(w.admin, R"({"title":"Data Analyst","required_skills":["Python","Tableau"],"status":"on_hold"})"));
        const auto bakery = id_of(s.create_job(w.admin, R"({"title":"Head Baker","required_skills":["Baking"],"description":"Bread."})"));
        const auto r = s.post("/matching/jobs_for_candidate", R"({"candidate_id":)" + std::to_string(w.strong) + "}",
                              w.admin.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(sorted_keys(r.body) == sorted({"candidate_id", "matches"}));
        CHECK(int_of(r["candidate_id"]) == w.strong);
        std::vector<long long> jobs;
        long long previous = 101;
        for (const auto& m : r["matches"].as_array()) {
            CHECK(sorted_keys(m) == job_match_keys);
            jobs.push_back(int_of(m.at("job_id")));
            CHECK(int_of(m.at("score")) > 0);
            CHECK(int_of(m.at("score")) <= previous);
            previous = int_of(m.at("score"));
            CHECK(str(m.at("strategy")) == "naive");
        }
        CHECK(jobs == std::vector<long long>{w.job, data});
        (void)bakery;
        const auto& best = r["matches"].as_array().at(0);
        CHECK(str(best.at("title")) == "Senior Backend Engineer");
        CHECK(str(best.at("status")) == "open");
        CHECK(best.at("location").is_null());
        CHECK(str(r["matches"].as_array().at(1).at("status")) == "on_hold");
        const auto one = s.post("/matching/jobs_for_candidate",
                                R"({"candidate_id":)" + std::to_string(w.strong) + R"(,"limit":1})", w.admin.token);
        CHECK(one["matches"].as_array().size() == 1);
        CHECK(match_logs(s, w.admin.org_id) == 3);
        // A candidate nothing matches gets an empty list, not an error.
        const auto none = s.post("/matching/jobs_for_candidate",
                                 R"({"candidate_id":)" + std::to_string(id_of(s.create_candidate(w.admin, R"({"full_name":"Nobody"})"))) + "}",
                                 w.admin.token);
        CHECK(none.status == 200);
        CHECK(none["matches"] == json::value(json::array{}));
    });
}

TEST_CASE("recruiting matching: unknown records are 404, bad bodies 422", "[recruiting][matching][validation]") {
    for_each_engine([](recruiting_server& s) {
        const auto w = make(s);
        const std::string job = std::to_string(w.job);
        check_detail(s.post("/matching/candidates_for_job", R"({"job_id":999999999})", w.admin.token), 404,
                     "Job not found");
        check_detail(s.post("/matching/jobs_for_candidate", R"({"candidate_id":999999999})", w.admin.token), 404,
                     "Candidate not found");
        for (const char* route : {"/matching/candidates_for_job", "/matching/jobs_for_candidate"}) {
            INFO(route);
            const std::string field = std::string_view(route).find("for_job") != std::string_view::npos ? "job_id"
                                                                                                         : "candidate_id";
            const std::string id = field == "job_id" ? job : std::to_string(w.strong);
            auto body = [&](const std::string& extra) { return "{\"" + field + "\":" + id + extra + "}"; };
            check_422(s.post(route, "{}", w.admin.token), {"body", field}, "missing", "Field required");
            check_422(s.post(route, "{", w.admin.token), {"body", 0LL}, "json_invalid");
            check_422(s.post(route, "{\"" + field + "\":\"one\"}", w.admin.token), {"body", field}, "int_type");
            check_422(s.post(route, body(R"(,"limit":0)"), w.admin.token), {"body", "limit"}, "greater_than_equal",
                      "Input should be greater than or equal to 1");
            check_422(s.post(route, body(R"(,"limit":101)"), w.admin.token), {"body", "limit"}, "less_than_equal",
                      "Input should be less than or equal to 100");
            check_422(s.post(route, body(R"(,"limit":"all")"), w.admin.token), {"body", "limit"}, "int_type");
            check_422(s.post(route, body(R"(,"strategy":"magic")"), w.admin.token), {"body", "strategy"}, "enum",
                      "Input should be 'naive' or 'openai'");
            check_422(s.post(route, "{\"" + field + "\":" + id + ",\"strategy\":\"\xff\"}", w.admin.token),
                      {"body", 0LL}, "json_invalid");
        }
        CHECK(match_logs(s, w.admin.org_id) == 0);
    });
}

TEST_CASE("recruiting matching: a job or candidate with match logs, history and deliveries can still be deleted",
          "[recruiting][matching][cascade]") {
    for_each_engine([](recruiting_server& s) {
        const auto w = make(s);
        const auto hook = id_of(s.post("/webhooks",
                                       R"({"url":"https://hooks.example.com/all","events":["job.created","candidate.created","match.created","application.status_changed"]})",
                                       w.admin.token));
        const auto a = id_of(s.create_application(w.admin, w.job, w.strong));
        REQUIRE(s.patch("/applications/" + std::to_string(a), R"({"status":"offer"})", w.admin.token).status == 200);
        REQUIRE(s.post("/matching/candidates_for_job", R"({"job_id":)" + std::to_string(w.job) + "}", w.admin.token).status ==
                200);
        REQUIRE(s.post("/matching/jobs_for_candidate", R"({"candidate_id":)" + std::to_string(w.medium) + "}",
                       w.admin.token)
                    .status == 200);
        REQUIRE(match_logs(s, w.admin.org_id) > 0);
        CHECK(int_of(s.get("/webhooks/" + std::to_string(hook) + "/deliveries", w.admin.token)["total"]) > 0);

        const auto del_candidate = s.del("/candidates/" + std::to_string(w.medium), w.admin.token);
        INFO(del_candidate.raw);
        CHECK(del_candidate.status == 204);
        const auto del_job = s.del("/jobs/" + std::to_string(w.job), w.admin.token);
        INFO(del_job.raw);
        CHECK(del_job.status == 204);
        check_detail(s.get("/applications/" + std::to_string(a), w.admin.token), 404, "Application not found");
        // The deliveries already enqueued stay (they announce what happened); the webhook itself still deletes.
        const auto del_hook = s.del("/webhooks/" + std::to_string(hook), w.admin.token);
        INFO(del_hook.raw);
        CHECK(del_hook.status == 204);
        CHECK(s.get("/candidates/" + std::to_string(w.strong), w.admin.token).status == 200);
        // Matching still works on what is left.
        CHECK(s.post("/matching/jobs_for_candidate", R"({"candidate_id":)" + std::to_string(w.strong) + "}", w.admin.token)
                  .status == 200);
    });
}
