// The agent's chat: each intent's reply (through reply_to, independent of the intent rules), the seed's messages
// through chat(), org isolation in replies, roles.
#include "recruiting_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using intake::intent_kind;
using rc::member_role;

namespace {

intake::intent ask(intent_kind kind, std::optional<std::int64_t> number = std::nullopt, std::string argument = {}) {
    return {kind, number, std::move(argument)};
}

struct chat_world {
    recruiting_fixture f;
    acting_member admin = f.org("ada");
    acting_member zed = f.org("zed");
    rc::job backend = f.job(admin, "Senior Backend Engineer", {"Python", "PostgreSQL"});
    rc::candidate jane = [this] {
        f.tick();
        rc::create_candidate_command cmd;
        cmd.full_name = "Jane Doe";
        cmd.current_title = "Staff Engineer";
        cmd.current_company = "TechCorp";
        cmd.headline = "Senior Backend Engineer";
        cmd.location = "San Francisco, CA";
        cmd.experience_years = 8;
        cmd.skills = std::vector<std::string>{"Python", "PostgreSQL"};
        return rc::create_candidate(f.svc, admin.who, cmd)->record;
    }();
    rc::job their_job = f.job(zed, "Secret Zed Role", {"Python"});
    rc::candidate their_candidate = f.candidate(zed, "Zoe Zed", std::string("Backend Engineer"), {"Python"});
};

}  // namespace

TEST_CASE("match candidates: the seed's reply shape, records named, logged", "[recruiting][agent]") {
    chat_world w;
    auto reply = rc::reply_to(w.f.svc, w.admin.who, ask(intent_kind::match_candidates, w.backend.id));
    REQUIRE(reply.has_value());
    auto m = rc::candidates_for_job(w.f.svc, w.admin.who, {.id = w.backend.id, .limit = 5});
    REQUIRE(m->size() == 1);
    const std::string id = std::to_string(w.backend.id);
    CHECK(*reply == "Here are the top candidate matches for job #" + id + ":\n\n- Candidate #" +
                        std::to_string(w.jane.id) + ": Jane Doe (Staff Engineer @ TechCorp), score=" +
                        std::to_string((*m)[0].score) + ", strategy=naive. Why: " + (*m)[0].reason +
                        "\n\nYou can now say things like:\n- 'show applications for job " + id +
                        "'\n- 'list candidates' to see everyone.");
    CHECK(reply->find("Zoe") == std::string::npos);
    CHECK(w.f.match_logs(w.admin.org_id).size() == 2);  // the chat's and this test's own request
}

TEST_CASE("match jobs for a candidate names the jobs", "[recruiting][agent]") {
    chat_world w;
    auto reply = rc::reply_to(w.f.svc, w.admin.who, ask(intent_kind::match_jobs, w.jane.id));
    REQUIRE(reply.has_value());
    CHECK(reply->starts_with("Here are the top job matches for candidate #" + std::to_string(w.jane.id) +
                             ":\n\n- Job #" + std::to_string(w.backend.id) +
                             ": Senior Backend Engineer (open), score="));
    CHECK(reply->find("strategy=naive. Why: ") != std::string::npos);
    CHECK(reply->find("Secret Zed Role") == std::string::npos);
}

TEST_CASE("another org's records are not found in the reply, never shown", "[recruiting][agent]") {
    chat_world w;
    const std::string job_id = std::to_string(w.their_job.id), cand_id = std::to_string(w.their_candidate.id);
    for (auto kind : {intent_kind::match_candidates, intent_kind::job_applications}) {
        auto reply = rc::reply_to(w.f.svc, w.admin.who, ask(kind, w.their_job.id));
        REQUIRE(reply.has_value());
        CHECK(*reply == "Job #" + job_id + " not found.");
    }
    for (auto kind : {intent_kind::match_jobs, intent_kind::summarize_candidate}) {
        auto reply = rc::reply_to(w.f.svc, w.admin.who, ask(kind, w.their_candidate.id));
        REQUIRE(reply.has_value());
        CHECK(*reply == "Candidate #" + cand_id + " not found.");
    }
    CHECK(*rc::reply_to(w.f.svc, w.admin.who, ask(intent_kind::match_candidates, 9999)) == "Job #9999 not found.");
    CHECK(w.f.match_logs(w.zed.org_id).empty());
}

TEST_CASE("list jobs, open jobs and candidates", "[recruiting][agent]") {
    chat_world w;
    auto closed = w.f.job(w.admin, "Old Role");
    rc::update_job_command close;
    close.status = std::optional<rc::job_status>{rc::job_status::closed};
    REQUIRE(rc::update_job(w.f.svc, w.admin.who, closed.id, close).has_value());

    auto jobs = rc::reply_to(w.f.svc, w.admin.who, ask(intent_kind::list_jobs));
    REQUIRE(jobs.has_value());
    CHECK(jobs->starts_with("Here are your jobs (2 in all):\n\n- Job #" + std::to_string(closed.id) +
                            ": Old Role (closed)\n- Job #" + std::to_string(w.backend.id) +
                            ": Senior Backend Engineer (open)\n"));
    CHECK(jobs->find("Secret Zed Role") == std::string::npos);

    auto open = rc::reply_to(w.f.svc, w.admin.who, ask(intent_kind::list_open_jobs));
    REQUIRE(open.has_value());
    CHECK(open->starts_with("Here are your open jobs (1 in all):\n\n- Job #" + std::to_string(w.backend.id) +
                            ": Senior Backend Engineer (open)\n"));
    CHECK(open->find("Old Role") == std::string::npos);

    auto people = rc::reply_to(w.f.svc, w.admin.who, ask(intent_kind::list_candidates));
    REQUIRE(people.has_value());
    CHECK(people->starts_with("Here are your candidates (1 in all):\n\n- Candidate #" + std::to_string(w.jane.id) +
                              ": Jane Doe (Staff Engineer @ TechCorp)\n"));
    CHECK(people->find("Zoe") == std::string::npos);

    recruiting_fixture empty;
    auto nobody = empty.org("solo");
    CHECK(*rc::reply_to(empty.svc, nobody.who, ask(intent_kind::list_jobs)) ==
          "You have no jobs yet. Say 'create a new job for ...' to add one.");
    CHECK(*rc::reply_to(empty.svc, nobody.who, ask(intent_kind::list_open_jobs)) == "You have no open jobs right now.");
    CHECK(*rc::reply_to(empty.svc, nobody.who, ask(intent_kind::list_candidates)) == "You have no candidates yet.");
}

TEST_CASE("summarize a candidate: the known fields and their applications", "[recruiting][agent]") {
    chat_world w;
    w.f.application(w.admin, w.backend.id, w.jane.id);
    auto reply = rc::reply_to(w.f.svc, w.admin.who, ask(intent_kind::summarize_candidate, w.jane.id));
    REQUIRE(reply.has_value());
    CHECK(*reply == "Candidate #" + std::to_string(w.jane.id) +
                        ": Jane Doe\n- Headline: Senior Backend Engineer\n- Current title: Staff Engineer\n"
                        "- Current company: TechCorp\n- Location: San Francisco, CA\n- Experience: 8 years\n"
                        "- Skills: Python, PostgreSQL\n- Applications: 1\n\nYou can now say things like:\n"
                        "- 'match jobs for candidate " +
                        std::to_string(w.jane.id) + "'");
}

TEST_CASE("applications for a job: each with its candidate, then the pipeline counts", "[recruiting][agent]") {
    chat_world w;
    auto a = w.f.application(w.admin, w.backend.id, w.jane.id, rc::application_status::screening);
    auto empty = rc::reply_to(w.f.svc, w.admin.who, ask(intent_kind::job_applications, w.f.job(w.admin, "Empty").id));
    CHECK(empty->find("has no applications yet") != std::string::npos);
    auto reply = rc::reply_to(w.f.svc, w.admin.who, ask(intent_kind::job_applications, w.backend.id));
    REQUIRE(reply.has_value());
    CHECK(*reply == "Applications for job #" + std::to_string(w.backend.id) +
                        " (Senior Backend Engineer), 1 in all:\n\n"
                        "- Application #" +
                        std::to_string(a.id) + ": Candidate #" + std::to_string(w.jane.id) +
                        ": Jane Doe, status=screening\n\nPipeline: sourced 0, applied 0, screening 1, interview 0, "
                        "offer 0, hired 0, rejected 0.");
}

TEST_CASE("help lists the commands; it still needs an active member", "[recruiting][agent]") {
    chat_world w;
    auto help = rc::reply_to(w.f.svc, w.admin.who, ask(intent_kind::help));
    REQUIRE(help.has_value());
    for (const char* command : {"'list jobs'", "'show open jobs'", "'list candidates'", "'summarize candidate 3'",
                                "'match candidates for job 5'", "'match jobs for candidate 7'",
                                "'applications for job 5'", "'pipeline for job 5'", "'create a new job for"})
        CHECK(help->find(command) != std::string::npos);
    // A command that needs a number and has none is help.
    CHECK(*rc::reply_to(w.f.svc, w.admin.who, ask(intent_kind::match_candidates)) == *help);
    REQUIRE_UNAUTHENTICATED(rc::reply_to(w.f.svc, rc::recruiter{9999}, ask(intent_kind::help)));
    REQUIRE_UNAUTHENTICATED(rc::chat(w.f.svc, rc::recruiter{9999}, "list jobs"));
}

TEST_CASE("create a job from chat: a write, so not for a viewer", "[recruiting][agent]") {
    chat_world w;
    auto viewer = w.f.colleague(w.admin, "vic", member_role::viewer);
    const std::string text = "Senior Data Engineer in Berlin with Python and Spark";
    REQUIRE_FORBIDDEN(rc::reply_to(w.f.svc, viewer.who, ask(intent_kind::create_job, std::nullopt, text)));
    auto reply = rc::reply_to(w.f.svc, w.admin.who, ask(intent_kind::create_job, std::nullopt, text));
    REQUIRE(reply.has_value());
    auto newest = rc::list_jobs(w.f.svc, w.admin.who, {}, {0, 1})->items.at(0);
    CHECK(newest.description == std::optional<std::string>(text));
    CHECK(reply->starts_with("I've created a new job:\n\n- Job #" + std::to_string(newest.id) + ": " + newest.title +
                             "\n"));
    CHECK(reply->ends_with("\nYou can now say things like:\n- 'match candidates for job " + std::to_string(newest.id) +
                           "'\n- 'list jobs' to see it among your openings."));
}

TEST_CASE("chat: the seed's messages reach their commands", "[recruiting][agent]") {
    chat_world w;
    const std::string job = std::to_string(w.backend.id), cand = std::to_string(w.jane.id);
    auto say = [&](const std::string& message) {
        auto r = rc::chat(w.f.svc, w.admin.who, message);
        REQUIRE(r.has_value());
        return *r;
    };
    CHECK(
        say("match candidates for job " + job).starts_with("Here are the top candidate matches for job #" + job + ":"));
    CHECK(say("match jobs for candidate " + cand).starts_with("Here are the top job matches for candidate #" + cand));
    CHECK(say("list jobs").starts_with("Here are your jobs"));
    CHECK(say("show open jobs").starts_with("Here are your open jobs"));
    CHECK(say("list candidates").starts_with("Here are your candidates"));
    CHECK(say("summarize candidate " + cand).starts_with("Candidate #" + cand + ": Jane Doe\n"));
    CHECK(say("applications for job " + job).find("has no applications yet") != std::string::npos);
    CHECK(say("pipeline for job " + job).find("has no applications yet") != std::string::npos);
    CHECK(say("what can you do?").starts_with("I can help you"));
    CHECK(say("   ").starts_with("I can help you"));
    auto created = say("create a new job for a senior backend engineer in NYC with Python and PostgreSQL");
    CHECK(created.starts_with("I've created a new job:"));
    CHECK(rc::list_jobs(w.f.svc, w.admin.who, {}, {})->total == 2);
}

TEST_CASE("chat validates the message text", "[recruiting][agent]") {
    chat_world w;
    REQUIRE_FIELD_ERRORS(rc::chat(w.f.svc, w.admin.who, std::string("list\0jobs", 9)),
                         {.path = {"message"}, .code = field_code::contains_nul});
    REQUIRE_FIELD_ERRORS(rc::chat(w.f.svc, w.admin.who, std::string(50'001, 'a')),
                         {.path = {"message"}, .code = field_code::too_long, .limit = 50'000});
}

namespace {

// Every text the same direction: each similarity is 1, so every candidate scores 100.
class constant_embeddings final : public ports::embedding_provider {
public:
    ports::embedding_result embed(const std::vector<std::string>& texts) override {
        return std::vector<std::vector<float>>(texts.size(), std::vector<float>{1.0f, 2.0f});
    }
};

}  // namespace

TEST_CASE("chat matches with the openai strategy when a provider is configured", "[recruiting][agent]") {
    chat_world w;
    constant_embeddings provider;
    w.f.svc.embeddings = &provider;
    auto reply = rc::reply_to(w.f.svc, w.admin.who, ask(intent_kind::match_candidates, w.backend.id));
    REQUIRE(reply.has_value());
    CHECK(
        reply->find(": Jane Doe (Staff Engineer @ TechCorp), score=100, strategy=openai. Why: High semantic similarity "
                    "between job and profile. Overlapping terms include: python, postgresql") != std::string::npos);
}
