// The route table every matrix test walks.
#include "recruiting_routes.hpp"

#include <atomic>

namespace offertracker::recruiting_test {

std::string unique_local(const std::string& stem) {
    static std::atomic<int> next{1};
    return stem + "-" + std::to_string(next++);
}

std::string sample_job_req() {
    return text_of({"Senior Backend Engineer", "Location: New York, NY", "Employment type: Full-time",
                    "Remote option: Hybrid", "Salary: $150,000 - $190,000 USD",
                    "Must have: Python, FastAPI, PostgreSQL", "Nice to have: Kubernetes, AWS",
                    "We build the platform recruiters use every day."});
}

std::string sample_resume(const std::string& name, const std::string& email) {
    return text_of({name, email + " | +1 415 555 0100", "https://linkedin.com/in/janedoe | https://github.com/janedoe",
                    "Staff Engineer at TechCorp", "San Francisco, CA",
                    "8 years of experience building distributed systems in Python and PostgreSQL.",
                    "Skills: Python, FastAPI, PostgreSQL, Kubernetes"});
}

world make_world(recruiting_server& s, const member& admin, const std::string& tag) {
    world w;
    w.admin = admin;
    w.job_title = tag + " Backend Engineer";
    w.candidate_name = tag + " Person";
    w.job = id_of(s.create_job(
        admin, json::serialize(json::object{{"title", w.job_title},
                                            {"required_skills", json::array{"Python", "PostgreSQL"}},
                                            {"description", "Python services on PostgreSQL"}})));
    w.candidate = id_of(s.create_candidate(
        admin, json::serialize(json::object{{"full_name", w.candidate_name},
                                            {"current_title", "Backend Engineer"},
                                            {"headline", "Python and PostgreSQL backend engineer"},
                                            {"skills", json::array{"Python", "PostgreSQL"}}})));
    w.spare_candidate = id_of(s.create_candidate(
        admin, json::serialize(json::object{{"full_name", tag + " Spare"}, {"current_title", "Backend Engineer"}})));
    w.application = id_of(s.create_application(admin, w.job, w.candidate));
    w.webhook = id_of(s.create_webhook(admin));
    w.colleague = s.invite(admin, unique_local("colleague"), "recruiter");
    return w;
}

namespace {

std::string id(long long v) { return std::to_string(v); }
std::string none(const world&) { return {}; }

std::function<std::string(const world&)> fixed(std::string p) {
    return [p = std::move(p)](const world&) { return p; };
}

}  // namespace

const std::vector<route_case>& protected_routes() {
    static const std::vector<route_case> routes = [] {
        std::vector<route_case> r;
        auto add = [&](std::string name, std::string method, std::function<std::string(const world&)> path,
                       std::function<std::string(const world&)> body, permission needs, unsigned success) {
            r.push_back(route_case{std::move(name), std::move(method), std::move(path), std::move(body), needs,
                                   success, false, {}});
        };
        add("GET /users/me", "GET", fixed("/users/me"), none, permission::read, 200);
        add("GET /users", "GET", fixed("/users"), none, permission::admin, 200);
        add("POST /users", "POST", fixed("/users"),
            [](const world&) {
                return json::serialize(json::object{{"email", unique_local("invitee") + "@example.com"},
                                                    {"role", "viewer"},
                                                    {"password", "secret-invitee"}});
            },
            permission::admin, 201);
        add("PATCH /users/{user_id}", "PATCH", [](const world& w) { return "/users/" + id(w.colleague.id); },
            fixed(R"({"full_name":"Renamed Colleague"})"), permission::admin, 200);

        add("GET /jobs", "GET", fixed("/jobs"), none, permission::read, 200);
        add("POST /jobs", "POST", fixed("/jobs"), fixed(R"({"title":"Data Engineer"})"), permission::write, 201);
        add("GET /jobs/{job_id}", "GET", [](const world& w) { return "/jobs/" + id(w.job); }, none, permission::read, 200);
        add("PATCH /jobs/{job_id}", "PATCH", [](const world& w) { return "/jobs/" + id(w.job); },
            fixed(R"({"title":"Renamed Job"})"), permission::write, 200);
        add("DELETE /jobs/{job_id}", "DELETE", [](const world& w) { return "/jobs/" + id(w.job); }, none,
            permission::write, 204);
        add("GET /jobs/{job_id}/pipeline", "GET", [](const world& w) { return "/jobs/" + id(w.job) + "/pipeline"; },
            none, permission::read, 200);

        add("GET /candidates", "GET", fixed("/candidates"), none, permission::read, 200);
        add("POST /candidates", "POST", fixed("/candidates"), fixed(R"({"full_name":"New Person"})"), permission::write,
            201);
        add("GET /candidates/{candidate_id}", "GET", [](const world& w) { return "/candidates/" + id(w.candidate); },
            none, permission::read, 200);
        add("PATCH /candidates/{candidate_id}", "PATCH",
            [](const world& w) { return "/candidates/" + id(w.candidate); }, fixed(R"({"headline":"Renamed"})"),
            permission::write, 200);
        add("DELETE /candidates/{candidate_id}", "DELETE",
            [](const world& w) { return "/candidates/" + id(w.candidate); }, none, permission::write, 204);

        add("GET /applications", "GET", fixed("/applications"), none, permission::read, 200);
        add("POST /applications", "POST", fixed("/applications"),
            [](const world& w) {
                return R"({"job_id":)" + id(w.job) + R"(,"candidate_id":)" + id(w.spare_candidate) + "}";
            },
            permission::write, 201);
        add("GET /applications/{application_id}", "GET",
            [](const world& w) { return "/applications/" + id(w.application); }, none, permission::read, 200);
        add("PATCH /applications/{application_id}", "PATCH",
            [](const world& w) { return "/applications/" + id(w.application); }, fixed(R"({"status":"screening"})"),
            permission::write, 200);
        add("DELETE /applications/{application_id}", "DELETE",
            [](const world& w) { return "/applications/" + id(w.application); }, none, permission::write, 204);
        add("GET /applications/{application_id}/history", "GET",
            [](const world& w) { return "/applications/" + id(w.application) + "/history"; }, none, permission::read,
            200);

        add("POST /matching/candidates_for_job", "POST", fixed("/matching/candidates_for_job"),
            [](const world& w) { return R"({"job_id":)" + id(w.job) + "}"; }, permission::read, 200);
        add("POST /matching/jobs_for_candidate", "POST", fixed("/matching/jobs_for_candidate"),
            [](const world& w) { return R"({"candidate_id":)" + id(w.candidate) + "}"; }, permission::read, 200);

        add("POST /agent/chat (list jobs)", "POST", fixed("/agent/chat"), fixed(R"({"message":"list jobs"})"),
            permission::read, 200);
        add("POST /agent/chat (create a job)", "POST", fixed("/agent/chat"),
            fixed(R"({"message":"create a new job for a senior backend engineer in NYC with Python"})"),
            permission::write, 200);
        add("POST /agent/jobs/from_prompt", "POST", fixed("/agent/jobs/from_prompt"),
            fixed(R"({"prompt":"We need a Senior Backend Engineer in NYC with Python and PostgreSQL"})"),
            permission::write, 200);
        r.push_back(route_case{"POST /agent/jobs/from_req", "POST", fixed("/agent/jobs/from_req"), none,
                               permission::write, 200, true, [] {
                                   return std::vector<multipart_field>{
                                       {"job_req", sample_job_req(), std::string("job.txt"), std::string(txt_type)}};
                               }});
        r.push_back(route_case{"POST /agent/candidates/from_resume", "POST", fixed("/agent/candidates/from_resume"),
                               none, permission::write, 200, true, [] {
                                   return std::vector<multipart_field>{
                                       {"resume", sample_resume(), std::string("cv.txt"), std::string(txt_type)}};
                               }});

        add("GET /webhooks", "GET", fixed("/webhooks"), none, permission::admin, 200);
        add("POST /webhooks", "POST", fixed("/webhooks"),
            fixed(R"({"url":"https://hooks.example.com/new","events":["candidate.created"]})"), permission::admin, 201);
        add("DELETE /webhooks/{webhook_id}", "DELETE", [](const world& w) { return "/webhooks/" + id(w.webhook); },
            none, permission::admin, 204);
        add("GET /webhooks/{webhook_id}/deliveries", "GET",
            [](const world& w) { return "/webhooks/" + id(w.webhook) + "/deliveries"; }, none, permission::admin, 200);
        return r;
    }();
    return routes;
}

reply send(recruiting_server& s, const route_case& r, const world& w, const std::string& token) {
    if (r.multipart) return s.upload(r.path(w), r.upload_fields(), token);
    return s.call(r.method, r.path(w), r.body(w), token);
}

}  // namespace offertracker::recruiting_test
