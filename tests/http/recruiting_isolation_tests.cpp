// The org-isolation matrix: two orgs, A and B, each with one record of every kind. For every route that takes an id
// (in the path, the body or the query), B's token naming A's record is 404 with the record's message, and A's record
// is unchanged afterwards; nothing of A's appears in B's lists, B's chat replies or B's matches.
#include "recruiting_routes.hpp"

#include <map>
#include <set>

using namespace offertracker::recruiting_test;

namespace {

// One way of naming another org's record: the route (as protected_routes() names it), how B calls it naming A's
// record (own: B's world, foreign: A's), and the 404 message.
struct isolation_case {
    std::string route;
    std::string variant;  // which id is A's, when a route takes several
    std::string method;
    std::function<std::string(const world& own, const world& foreign)> path;
    std::function<std::string(const world& own, const world& foreign)> body;
    std::string message;
};

std::string n(long long v) { return std::to_string(v); }
std::string none(const world&, const world&) { return {}; }

const std::vector<isolation_case>& isolation_cases() {
    static const std::vector<isolation_case> cases{
        {"PATCH /users/{user_id}", "", "PATCH", [](const world&, const world& a) { return "/users/" + n(a.colleague.id); },
         [](const world&, const world&) { return std::string(R"({"full_name":"Taken Over"})"); }, "Member not found"},
        {"PATCH /users/{user_id}", "org_admin", "PATCH",
         [](const world&, const world& a) { return "/users/" + n(a.admin.id); },
         [](const world&, const world&) { return std::string(R"({"is_active":false})"); }, "Member not found"},

        {"GET /jobs/{job_id}", "", "GET", [](const world&, const world& a) { return "/jobs/" + n(a.job); }, none,
         "Job not found"},
        {"PATCH /jobs/{job_id}", "", "PATCH", [](const world&, const world& a) { return "/jobs/" + n(a.job); },
         [](const world&, const world&) { return std::string(R"({"title":"Taken Over"})"); }, "Job not found"},
        {"DELETE /jobs/{job_id}", "", "DELETE", [](const world&, const world& a) { return "/jobs/" + n(a.job); }, none,
         "Job not found"},
        {"GET /jobs/{job_id}/pipeline", "", "GET",
         [](const world&, const world& a) { return "/jobs/" + n(a.job) + "/pipeline"; }, none, "Job not found"},

        {"GET /candidates/{candidate_id}", "", "GET",
         [](const world&, const world& a) { return "/candidates/" + n(a.candidate); }, none, "Candidate not found"},
        {"PATCH /candidates/{candidate_id}", "", "PATCH",
         [](const world&, const world& a) { return "/candidates/" + n(a.candidate); },
         [](const world&, const world&) { return std::string(R"({"notes":"Taken Over"})"); }, "Candidate not found"},
        {"DELETE /candidates/{candidate_id}", "", "DELETE",
         [](const world&, const world& a) { return "/candidates/" + n(a.candidate); }, none, "Candidate not found"},

        {"GET /applications", "job_id", "GET",
         [](const world&, const world& a) { return "/applications?job_id=" + n(a.job); }, none, "Job not found"},
        {"GET /applications", "candidate_id", "GET",
         [](const world&, const world& a) { return "/applications?candidate_id=" + n(a.candidate); }, none,
         "Candidate not found"},
        {"POST /applications", "job_id", "POST", [](const world&, const world&) { return std::string("/applications"); },
         [](const world& b, const world& a) {
             return R"({"job_id":)" + n(a.job) + R"(,"candidate_id":)" + n(b.spare_candidate) + "}";
         },
         "Job not found"},
        {"POST /applications", "candidate_id", "POST",
         [](const world&, const world&) { return std::string("/applications"); },
         [](const world& b, const world& a) {
             return R"({"job_id":)" + n(b.job) + R"(,"candidate_id":)" + n(a.spare_candidate) + "}";
         },
         "Candidate not found"},
        {"GET /applications/{application_id}", "", "GET",
         [](const world&, const world& a) { return "/applications/" + n(a.application); }, none,
         "Application not found"},
        {"PATCH /applications/{application_id}", "", "PATCH",
         [](const world&, const world& a) { return "/applications/" + n(a.application); },
         [](const world&, const world&) { return std::string(R"({"status":"rejected"})"); }, "Application not found"},
        {"DELETE /applications/{application_id}", "", "DELETE",
         [](const world&, const world& a) { return "/applications/" + n(a.application); }, none,
         "Application not found"},
        {"GET /applications/{application_id}/history", "", "GET",
         [](const world&, const world& a) { return "/applications/" + n(a.application) + "/history"; }, none,
         "Application not found"},

        {"POST /matching/candidates_for_job", "job_id", "POST",
         [](const world&, const world&) { return std::string("/matching/candidates_for_job"); },
         [](const world&, const world& a) { return R"({"job_id":)" + n(a.job) + "}"; }, "Job not found"},
        {"POST /matching/jobs_for_candidate", "candidate_id", "POST",
         [](const world&, const world&) { return std::string("/matching/jobs_for_candidate"); },
         [](const world&, const world& a) { return R"({"candidate_id":)" + n(a.candidate) + "}"; },
         "Candidate not found"},

        {"DELETE /webhooks/{webhook_id}", "", "DELETE",
         [](const world&, const world& a) { return "/webhooks/" + n(a.webhook); }, none, "Webhook not found"},
        {"GET /webhooks/{webhook_id}/deliveries", "", "GET",
         [](const world&, const world& a) { return "/webhooks/" + n(a.webhook) + "/deliveries"; }, none,
         "Webhook not found"},
    };
    return cases;
}

// Routes that take an id somewhere other than the path: each must have an isolation case per id field.
const std::map<std::string, std::set<std::string>> body_and_query_ids{
    {"GET /applications", {"job_id", "candidate_id"}},
    {"POST /applications", {"job_id", "candidate_id"}},
    {"POST /matching/candidates_for_job", {"job_id"}},
    {"POST /matching/jobs_for_candidate", {"candidate_id"}},
};

bool admin_only(const std::string& route) {
    for (const auto& r : protected_routes())
        if (r.name == route) return r.needs == permission::admin;
    FAIL("no such route in protected_routes(): " << route);
    return false;
}

// What A's records look like to A: read before and after B's attempts, they must be equal.
std::vector<std::pair<std::string, json::value>> snapshot(recruiting_server& s, const world& a) {
    std::vector<std::pair<std::string, json::value>> out;
    for (const auto& path : std::vector<std::string>{"/jobs/" + n(a.job), "/candidates/" + n(a.candidate), "/candidates/" + n(a.spare_candidate),
                             "/applications/" + n(a.application), "/applications/" + n(a.application) + "/history",
                             "/jobs/" + n(a.job) + "/pipeline", "/users", "/webhooks",
                             "/webhooks/" + n(a.webhook) + "/deliveries", "/jobs", "/candidates", "/applications"}) {
        const auto r = s.get(path, a.admin.token);
        INFO("A reads " << path << ": " << r.raw);
        CHECK(r.status == 200);
        out.emplace_back(path, r.body);
    }
    return out;
}

// No trace of A in a text B received: A's ids as record ids, A's names.
void check_no_trace(const std::string& what, const std::string& text, const world& a) {
    INFO(what << ": " << text);
    CHECK_FALSE(contains(text, a.job_title));
    CHECK_FALSE(contains(text, a.candidate_name));
    CHECK_FALSE(contains(text, a.admin.email));
    CHECK_FALSE(contains(text, a.colleague.email));
}

}  // namespace

TEST_CASE("recruiting isolation: the matrix covers every id-taking route and every body/query id",
          "[recruiting][isolation]") {
    std::set<std::string> covered;
    std::map<std::string, std::set<std::string>> variants;
    for (const auto& c : isolation_cases()) {
        covered.insert(c.route);
        variants[c.route].insert(c.variant);
    }
    for (const auto& r : protected_routes()) {
        if (r.name.find('{') == std::string::npos) continue;
        INFO(r.name);
        CHECK(covered.count(r.name) == 1);
    }
    for (const auto& [route, ids] : body_and_query_ids) {
        for (const auto& id : ids) {
            INFO(route << " " << id);
            CHECK(variants[route].count(id) == 1);
        }
    }
}

TEST_CASE("recruiting isolation: another org's record is 404 on every route that names it", "[recruiting][isolation]") {
    for_each_engine([](recruiting_server& s) {
        const auto a = make_world(s, s.register_org("alpha"), "Aardvark");
        const auto b = make_world(s, s.register_org("bravo"), "Bison");
        REQUIRE(a.admin.org_id != b.admin.org_id);
        const auto before = snapshot(s, a);

        for (const auto& c : isolation_cases()) {
            INFO(c.route << (c.variant.empty() ? "" : " (" + c.variant + ")"));
            const auto path = c.path(b, a);
            for (const auto* who : {&b.admin, &b.colleague}) {
                if (who != &b.admin && admin_only(c.route)) continue;  // a recruiter is 403 there before any lookup
                INFO("as B's " << who->role);
                const auto r = s.call(c.method, path, c.body(b, a), who->token);
                INFO(c.method << " " << path << " " << c.body(b, a));
                check_detail(r, 404, c.message);
                check_no_trace("the 404", r.raw, a);
            }
        }
        // Nothing of A's changed, and B's failed attempts created nothing.
        const auto after = snapshot(s, a);
        REQUIRE(after.size() == before.size());
        for (std::size_t i = 0; i < before.size(); ++i) {
            INFO("A's " << before[i].first);
            CHECK(after[i].second == before[i].second);
        }
        CHECK(int_of(s.get("/applications", b.admin.token)["total"]) == 1);

        // A's own token on the same routes is not a 404 (the 404s above are the org's, not the route's).
        for (const auto& path : std::vector<std::string>{"/jobs/" + n(a.job), "/jobs/" + n(a.job) + "/pipeline", "/candidates/" + n(a.candidate),
                                 "/applications/" + n(a.application), "/applications/" + n(a.application) + "/history",
                                 "/applications?job_id=" + n(a.job), "/applications?candidate_id=" + n(a.candidate),
                                 "/webhooks/" + n(a.webhook) + "/deliveries"}) {
            INFO("A reads " << path);
            CHECK(s.get(path, a.admin.token).status == 200);
        }
    });
}

TEST_CASE("recruiting isolation: nothing of another org appears in lists, filters, chat replies or matches",
          "[recruiting][isolation]") {
    for_each_engine([](recruiting_server& s) {
        const auto a = make_world(s, s.register_org("alpha"), "Aardvark");
        const auto b = make_world(s, s.register_org("bravo"), "Bison");
        // Ids are per kind (each table counts its own), so A's ids are compared with records of the same kind.
        const std::set<long long> a_jobs{a.job}, a_candidates{a.candidate, a.spare_candidate},
            a_applications{a.application}, a_webhooks{a.webhook}, a_members{a.admin.id, a.colleague.id}, none{};
        const std::vector<std::pair<std::string, const std::set<long long>*>> lists{
            {"/jobs", &a_jobs},
            {"/jobs?q=Aardvark", &a_jobs},
            {"/jobs?status_filter=open", &a_jobs},
            {"/candidates", &a_candidates},
            {"/candidates?q=Aardvark", &a_candidates},
            {"/applications", &a_applications},
            {"/users", &a_members},
            {"/webhooks", &a_webhooks},
            {"/webhooks/" + n(b.webhook) + "/deliveries", &none}};
        for (const auto& [path, a_ids] : lists) {
            const auto r = s.get(path, b.admin.token);
            INFO("B lists " << path << ": " << r.raw);
            REQUIRE(r.status == 200);
            check_no_trace(path, r.raw, a);
            const json::array* records = r.body.is_array() ? &r.body.as_array() : &items_of(r);
            for (const auto& rec : *records) {
                if (rec.as_object().contains("org_id")) CHECK(int_of(rec.at("org_id")) == b.admin.org_id);
                CHECK(a_ids->count(id_of(rec)) == 0);
            }
        }
        CHECK(int_of(s.get("/jobs?q=Aardvark", b.admin.token)["total"]) == 0);
        CHECK(int_of(s.get("/candidates?q=Aardvark", b.admin.token)["total"]) == 0);
        CHECK(int_of(s.get("/jobs", b.admin.token)["total"]) == 1);
        CHECK(int_of(s.get("/candidates", b.admin.token)["total"]) == 2);

        // B's matches never offer A's records, though A's are as good a fit.
        const auto cands = s.post("/matching/candidates_for_job", R"({"job_id":)" + n(b.job) + "}", b.admin.token);
        INFO(cands.raw);
        REQUIRE(cands.status == 200);
        REQUIRE_FALSE(cands["matches"].as_array().empty());
        for (const auto& m : cands["matches"].as_array()) CHECK(a_candidates.count(int_of(m.at("candidate_id"))) == 0);
        check_no_trace("B's candidate matches", cands.raw, a);
        const auto jobs = s.post("/matching/jobs_for_candidate", R"({"candidate_id":)" + n(b.candidate) + "}",
                                 b.admin.token);
        INFO(jobs.raw);
        REQUIRE(jobs.status == 200);
        REQUIRE_FALSE(jobs["matches"].as_array().empty());
        for (const auto& m : jobs["matches"].as_array()) CHECK(a_jobs.count(int_of(m.at("job_id"))) == 0);
        check_no_trace("B's job matches", jobs.raw, a);

        // B's chat: every command, and every command naming A's ids.
        const std::vector<std::string> messages{
            "list jobs", "show open jobs", "list candidates", "help",
            "summarize candidate " + n(a.candidate), "match candidates for job " + n(a.job),
            "match jobs for candidate " + n(a.candidate), "applications for job " + n(a.job),
            "pipeline for job " + n(a.job), "match candidates for job " + n(b.job),
            "match jobs for candidate " + n(b.candidate), "summarize candidate " + n(b.candidate),
            "applications for job " + n(b.job)};
        for (const auto& message : messages) {
            const auto r = s.post("/agent/chat", json::serialize(json::object{{"message", message}}), b.admin.token);
            INFO("B says '" << message << "': " << r.raw);
            CHECK(r.status == 200);
            check_no_trace("chat", r.raw, a);
        }
        // B's own records do appear in B's replies (the check above is not vacuous).
        const auto own = s.post("/agent/chat", R"({"message":"list jobs"})", b.admin.token);
        CHECK(contains(own.raw, b.job_title));

        // Creating B's records enqueued nothing on A's webhook.
        const auto a_deliveries = s.get("/webhooks/" + n(a.webhook) + "/deliveries", a.admin.token);
        for (const auto& d : items_of(a_deliveries)) check_no_trace("A's deliveries", json::serialize(d), b);
    });
}

TEST_CASE("recruiting isolation: members and emails are per org, but an email is one login across orgs",
          "[recruiting][isolation][users]") {
    for_each_engine([](recruiting_server& s) {
        const auto a = s.register_org("alpha");
        const auto b = s.register_org("bravo");
        // B's admin cannot invite A's admin's email: the email is the login name across every org.
        check_detail(s.post("/users", json::serialize(json::object{{"email", a.email}, {"role", "viewer"},
                                                                   {"password", "secret-stolen"}}),
                            b.token),
                     400, "Email already registered");
        const auto users = s.get("/users", b.token);
        INFO(users.raw);
        REQUIRE(users.body.is_array());
        CHECK(users.body.as_array().size() == 1);
        CHECK_FALSE(contains(users.raw, a.email));
        CHECK(int_of(s.get("/users/me", a.token)["org_id"]) == a.org_id);
    });
}
