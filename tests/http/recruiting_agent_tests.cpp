// /agent/chat for every command the seed lists (replies name the records; "show open jobs" lists only open ones), the
// help reply, and /agent/jobs/from_prompt.
#include "recruiting_routes.hpp"

using namespace offertracker::recruiting_test;

namespace {

struct agent_world {
    member admin;
    long long open_job = 0, held_job = 0, closed_job = 0, jane = 0, chef = 0, application = 0;
};

agent_world make(recruiting_server& s) {
    agent_world w;
    w.admin = s.register_org("founder");
    w.open_job = id_of(s.create_job(w.admin, R"({"title":"Quasar Backend Engineer","required_skills":["Python","PostgreSQL"],"location":"New York, NY"})"));
    w.held_job = id_of(s.create_job(w.admin, R"({"title":"Nebula Frontend Engineer","status":"on_hold","required_skills":["React"]})"));
    w.closed_job = id_of(s.create_job(w.admin, R"({"title":"Comet Data Scientist","status":"closed","required_skills":["Python"]})"));
    w.jane = id_of(s.create_candidate(w.admin, R"({"full_name":"Jane Quokka","current_title":"Staff Engineer",
        "current_company":"TechCorp","location":"San Francisco, CA","headline":"Backend engineer, Python and PostgreSQL",
        "skills":["Python","PostgreSQL"]})"));
    w.chef = id_of(s.create_candidate(w.admin, R"({"full_name":"Pierre Patissier","current_title":"Pastry Chef","skills":["Baking"]})"));
    w.application = id_of(s.create_application(w.admin, w.open_job, w.jane, R"("status":"screening")"));
    return w;
}

std::string chat(recruiting_server& s, const member& who, const std::string& message) {
    const auto r = s.post("/agent/chat", json::serialize(json::object{{"message", message}}), who.token);
    INFO("chat '" << message << "': " << r.raw);
    CHECK(r.status == 200);
    CHECK(keys_of(r.body) == std::vector<std::string>{"reply"});
    CHECK(r["reply"].is_string());
    return str(r["reply"]);
}

const std::string seed_prompt =
    "We need a Senior Backend Engineer in NYC with Python, FastAPI, and PostgreSQL experience...";

}  // namespace

TEST_CASE("recruiting agent: list jobs names every job; show open jobs only the open ones", "[recruiting][agent]") {
    for_each_engine([](recruiting_server& s) {
        const auto w = make(s);
        const auto all = chat(s, w.admin, "list jobs");
        INFO(all);
        CHECK(contains(all, "Quasar Backend Engineer"));
        CHECK(contains(all, "Nebula Frontend Engineer"));
        CHECK(contains(all, "Comet Data Scientist"));
        const auto open = chat(s, w.admin, "show open jobs");
        INFO(open);
        CHECK(contains(open, "Quasar Backend Engineer"));
        CHECK_FALSE(contains(open, "Nebula Frontend Engineer"));
        CHECK_FALSE(contains(open, "Comet Data Scientist"));
        // The seed's request body, with its placeholder fields.
        const auto r = s.post("/agent/chat",
                              R"({"conversation_id":null,"message":"list jobs","mode":"recruiter_assistant"})",
                              w.admin.token);
        INFO(r.raw);
        CHECK(r.status == 200);
        CHECK(str(r["reply"]) == all);
    });
}

TEST_CASE("recruiting agent: list candidates and summarize candidate N name the candidates", "[recruiting][agent]") {
    for_each_engine([](recruiting_server& s) {
        const auto w = make(s);
        const auto list = chat(s, w.admin, "list candidates");
        INFO(list);
        CHECK(contains(list, "Jane Quokka"));
        CHECK(contains(list, "Pierre Patissier"));
        const auto summary = chat(s, w.admin, "summarize candidate " + std::to_string(w.jane));
        INFO(summary);
        CHECK(contains(summary, "Jane Quokka"));
        CHECK(contains(summary, "Staff Engineer"));
        CHECK(contains(summary, "TechCorp"));
        CHECK_FALSE(contains(summary, "Pierre Patissier"));
        const auto missing = chat(s, w.admin, "summarize candidate 999999999");
        CHECK_FALSE(contains(missing, "Jane Quokka"));
        CHECK_FALSE(missing.empty());
    });
}

TEST_CASE("recruiting agent: match candidates for job N and match jobs for candidate N", "[recruiting][agent]") {
    for_each_engine([](recruiting_server& s) {
        const auto w = make(s);
        const auto candidates = chat(s, w.admin, "match candidates for job " + std::to_string(w.open_job));
        INFO(candidates);
        CHECK(contains(candidates, "Jane Quokka"));
        CHECK_FALSE(contains(candidates, "Pierre Patissier"));  // a zero score is dropped
        CHECK(contains(candidates, "#" + std::to_string(w.open_job)));
        const auto jobs = chat(s, w.admin, "match jobs for candidate " + std::to_string(w.jane));
        INFO(jobs);
        CHECK(contains(jobs, "Quasar Backend Engineer"));
        // Best first: the job whose required skills she has before the one whose she lacks.
        if (contains(jobs, "Nebula Frontend Engineer"))
            CHECK(jobs.find("Quasar Backend Engineer") < jobs.find("Nebula Frontend Engineer"));
        const auto missing = chat(s, w.admin, "match candidates for job 999999999");
        CHECK_FALSE(contains(missing, "Jane Quokka"));
        // Ids no record can have are answered, not crashed on.
        for (const char* message : {"match candidates for job 99999999999999999999999", "summarize candidate -1",
                                    "match jobs for candidate 0", "pipeline for job 9223372036854775808"}) {
            INFO(message);
            CHECK_FALSE(chat(s, w.admin, message).empty());
        }
    });
}

TEST_CASE("recruiting agent: applications for job N and pipeline for job N", "[recruiting][agent]") {
    for_each_engine([](recruiting_server& s) {
        const auto w = make(s);
        const std::string job = std::to_string(w.open_job);
        const auto applications = chat(s, w.admin, "applications for job " + job);
        INFO(applications);
        CHECK(contains(applications, "Jane Quokka"));
        CHECK(contains(applications, "screening"));
        CHECK_FALSE(contains(applications, "Pierre Patissier"));
        const auto shown = chat(s, w.admin, "show applications for job " + job);
        CHECK(contains(shown, "Jane Quokka"));
        const auto pipeline = chat(s, w.admin, "pipeline for job " + job);
        INFO(pipeline);
        CHECK(contains(pipeline, "Quasar Backend Engineer"));
        CHECK(contains(pipeline, "screening"));
    });
}

TEST_CASE("recruiting agent: create a new job from chat; anything else gets the help reply", "[recruiting][agent]") {
    for_each_engine([](recruiting_server& s) {
        const auto w = make(s);
        const auto reply = chat(s, w.admin,
                                "create a new job for a senior backend engineer in NYC with Python and PostgreSQL, "
                                "salary $150k-190k");
        INFO(reply);
        const auto jobs = s.get("/jobs", w.admin.token);
        REQUIRE(int_of(jobs["total"]) == 4);
        const auto& created = items_of(jobs).at(0);
        CHECK(int_of(created.at("created_by_user_id")) == w.admin.id);
        CHECK(contains(reply, str(created.at("title"))));
        CHECK(contains(reply, "#" + std::to_string(id_of(created))));
        const auto skills = strings_of(created.at("required_skills"));
        CHECK(std::find(skills.begin(), skills.end(), "Python") != skills.end());

        const auto help = chat(s, w.admin, "what is the weather like in Lisbon?");
        INFO(help);
        CHECK_FALSE(help.empty());
        CHECK(contains(help, "list jobs"));
        CHECK(int_of(s.get("/jobs", w.admin.token)["total"]) == 4);
        CHECK_FALSE(chat(s, w.admin, "help").empty());
    });
}

TEST_CASE("recruiting agent: chat validates its body", "[recruiting][agent][validation]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        check_422(s.post("/agent/chat", "{}", admin.token), {"body", "message"}, "missing", "Field required");
        check_422(s.post("/agent/chat", R"({"message":7})", admin.token), {"body", "message"}, "string_type");
        check_422(s.post("/agent/chat", R"({"message":)", admin.token), {"body", 0LL}, "json_invalid");
        check_422(s.post("/agent/chat", "{\"message\":\"list \xff jobs\"}", admin.token), {"body", 0LL}, "json_invalid");
        check_422_at(s.post("/agent/chat", json::serialize(json::object{{"message", chars(50001)}}), admin.token),
                     {"body", "message"});
        check_422(s.post("/agent/chat", R"([])", admin.token), {"body"}, "model_attributes_type");
    });
}

TEST_CASE("recruiting agent: from_prompt answers 200 {raw_prompt, job} with the job it created",
          "[recruiting][agent][from_prompt]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        const auto r = s.post("/agent/jobs/from_prompt", json::serialize(json::object{{"prompt", seed_prompt}}),
                              admin.token);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        CHECK(sorted_keys(r.body) == sorted({"raw_prompt", "job"}));
        CHECK(str(r["raw_prompt"]) == seed_prompt);
        const auto& job = r["job"];
        CHECK(sorted_keys(job) == job_keys);
        CHECK(str(job.at("title")) == "Senior Backend Engineer");
        CHECK(int_of(job.at("org_id")) == admin.org_id);
        CHECK(int_of(job.at("created_by_user_id")) == admin.id);
        CHECK(str(job.at("status")) == "open");
        CHECK(job.at("is_public") == json::value(false));
        const auto skills = strings_of(job.at("required_skills"));
        for (const char* skill : {"Python", "FastAPI", "PostgreSQL"}) {
            INFO(skill);
            CHECK(std::find(skills.begin(), skills.end(), skill) != skills.end());
        }
        CHECK(contains(str(job.at("description")), "Senior Backend Engineer in NYC"));
        const auto got = s.get("/jobs/" + std::to_string(id_of(job)), admin.token);
        CHECK(got.status == 200);
        CHECK(got.body == job);

        // Salary, currency, employment type, remote option, required vs nice-to-have by cue phrases.
        const auto rich = s.post("/agent/jobs/from_prompt",
                                 json::serialize(json::object{
                                     {"prompt", "Hiring a Senior Data Engineer in Berlin. Full-time, fully remote. "
                                                "Salary 70,000-90,000 EUR. Must have: Python, Spark. "
                                                "Nice to have: Kubernetes."}}),
                                 admin.token);
        INFO(rich.raw);
        REQUIRE(rich.status == 200);
        const auto& j = rich["job"];
        CHECK(int_of(j.at("salary_min")) == 70000);
        CHECK(int_of(j.at("salary_max")) == 90000);
        CHECK(str(j.at("currency")) == "EUR");
        const auto required = strings_of(j.at("required_skills"));
        const auto nice = strings_of(j.at("nice_to_have_skills"));
        CHECK(std::find(required.begin(), required.end(), "Python") != required.end());
        CHECK(std::find(nice.begin(), nice.end(), "Kubernetes") != nice.end());
        CHECK(std::find(required.begin(), required.end(), "Kubernetes") == required.end());
        CHECK(int_of(s.get("/jobs", admin.token)["total"]) == 2);
    });
}

TEST_CASE("recruiting agent: from_prompt validates its body", "[recruiting][agent][from_prompt][validation]") {
    for_each_engine([](recruiting_server& s) {
        const auto admin = s.register_org("founder");
        check_422(s.post("/agent/jobs/from_prompt", "{}", admin.token), {"body", "prompt"}, "missing");
        check_422_at(s.post("/agent/jobs/from_prompt", R"({"prompt":"   "})", admin.token), {"body", "prompt"});
        check_422(s.post("/agent/jobs/from_prompt", R"({"prompt":["a"]})", admin.token), {"body", "prompt"},
                  "string_type");
        check_422(s.post("/agent/jobs/from_prompt", json::serialize(json::object{{"prompt", chars(50001)}}), admin.token),
                  {"body", "prompt"}, "string_too_long", "String should have at most 50000 characters");
        check_422(s.post("/agent/jobs/from_prompt", "{\"prompt\":\"\xc0\xaf\"}", admin.token), {"body", 0LL},
                  "json_invalid");
        check_422(s.post("/agent/jobs/from_prompt", "prompt=hello", admin.token), {"body", 0LL}, "json_invalid");
        CHECK(int_of(s.get("/jobs", admin.token)["total"]) == 0);
    });
}
