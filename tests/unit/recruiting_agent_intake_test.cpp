// Jobs and candidates from text: from a prompt, an uploaded job req and a resume (through a text extractor that
// reads files as text), with their summaries, validation, duplicates and events.
#include "recruiting_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using rc::member_role;

namespace {

rc::uploaded_file file(std::string content, std::string name = "job_description.txt") {
    return {std::move(content), "text/plain", std::move(name)};
}

const std::string job_req =
    "Senior Backend Engineer\n"
    "Location: New York, NY\n"
    "Full-time, Hybrid\n"
    "Salary: $150k-190k\n"
    "Requirements: Python, FastAPI and PostgreSQL.\n";

const std::string resume =
    "Jane Doe\n"
    "jane.doe@example.com | +1 415 555 0100 | https://github.com/janedoe\n"
    "San Francisco, CA\n"
    "\n"
    "Experience\n"
    "Staff Engineer, TechCorp (2018 - present)\n"
    "Built Python and Go services on PostgreSQL.\n";

}  // namespace

TEST_CASE("job from prompt: parsed fields, the prompt as description, a one-line summary", "[recruiting][agent]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto hook = f.webhook(admin, {rc::webhook_event::job_created});
    const std::string prompt =
        "We need a Senior Backend Engineer in NYC with Python, FastAPI, and PostgreSQL experience.";
    auto r = rc::create_job_from_prompt(f.svc, admin.who, prompt);
    REQUIRE(r.has_value());
    const auto& j = r->record;
    CHECK(j.org_id == admin.org_id);
    CHECK(j.created_by_user_id == admin.who.member_id);
    CHECK(j.title == "Senior Backend Engineer");
    CHECK(j.location == std::optional<std::string>("New York, NY"));
    CHECK(j.description == std::optional<std::string>(prompt));
    CHECK(j.required_skills == std::vector<std::string>{"Python", "FastAPI", "PostgreSQL"});
    CHECK(j.status == rc::job_status::open);
    CHECK(r->summary.starts_with("Created job #" + std::to_string(j.id) +
                                 ": Senior Backend Engineer. Location: New York, NY."));
    CHECK(r->summary.find("Required skills: Python, FastAPI, PostgreSQL.") != std::string::npos);
    CHECK(rc::get_job(f.svc, admin.who, j.id).has_value());
    CHECK(f.deliveries(admin, hook.id).size() == 1);
}

TEST_CASE("job from prompt: validation, viewers, and a prompt with no recognisable title", "[recruiting][agent]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto viewer = f.colleague(admin, "vic", member_role::viewer);
    REQUIRE_FIELD_ERRORS(rc::create_job_from_prompt(f.svc, admin.who, "  \n "),
                         {.path = {"prompt"}, .code = field_code::too_short, .limit = 1});
    REQUIRE_FIELD_ERRORS(rc::create_job_from_prompt(f.svc, admin.who, std::string(50'001, 'x')),
                         {.path = {"prompt"}, .code = field_code::too_long, .limit = 50'000});
    REQUIRE_FIELD_ERRORS(rc::create_job_from_prompt(f.svc, admin.who, "bad \xff bytes"),
                         {.path = {"prompt"}, .code = field_code::not_utf8});
    REQUIRE_FORBIDDEN(rc::create_job_from_prompt(f.svc, viewer.who, "Senior Backend Engineer with Python"));
    CHECK(rc::list_jobs(f.svc, admin.who, {}, {})->total == 0);

    // No title the parser recognises: the first line, trimmed, at most 200 characters.
    const std::string line(250, 'q');
    auto r = rc::create_job_from_prompt(f.svc, admin.who, "\n   " + line + "  \nsecond line");
    REQUIRE(r.has_value());
    CHECK(r->record.title.size() <= 200);
    CHECK_FALSE(r->record.title.empty());
}

TEST_CASE("job from file: the seed's multi-line summary, notes appended", "[recruiting][agent]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto r = rc::create_job_from_file(f.svc, admin.who, file(job_req), std::string("This is for our New York office."));
    REQUIRE(r.has_value());
    const auto& j = r->record;
    CHECK(j.title == "Senior Backend Engineer");
    CHECK(j.salary_min == 150000);
    CHECK(j.salary_max == 190000);
    CHECK(j.currency == std::optional<std::string>("USD"));
    CHECK(j.description ==
          std::optional<std::string>(job_req + "\n\nRecruiter notes: This is for our New York office."));
    const std::string id = std::to_string(j.id);
    std::string expected = "I've created a new job from the uploaded file 'job_description.txt':\n\n- Job #" + id +
                           ": Senior Backend Engineer\n";
    if (j.location) expected += "- Location: " + *j.location + "\n";
    if (j.employment_type) expected += "- Employment type: " + *j.employment_type + "\n";
    if (j.remote_option) expected += "- Remote option: " + *j.remote_option + "\n";
    expected +=
        "- Salary range: 150000\u2013190000 USD\n- Required skills: Python, FastAPI, PostgreSQL\n\n"
        "You can now say things like:\n- 'match candidates for job " +
        id + "'\n- 'list jobs' to see it among your openings.";
    CHECK(r->summary == expected);
    CHECK(j.location == std::optional<std::string>("New York, NY"));
    CHECK(j.employment_type == std::optional<std::string>("Full-time"));
    CHECK(j.remote_option == std::optional<std::string>("Hybrid"));
}

TEST_CASE("job from file: the extractor's refusal is a 400 with its message", "[recruiting][agent]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    REQUIRE_ERROR(rc::create_job_from_file(f.svc, admin.who, file("whatever", "job.bad"), std::nullopt),
                  error_kind::rule_violation, std::string(text_file_extractor::unreadable));
    REQUIRE_FIELD_ERRORS(
        rc::create_job_from_file(f.svc, admin.who, file(std::string(50'001, 'x') + "\n"), std::nullopt),
        {.path = {"description"}, .code = field_code::too_long, .limit = 50'000});
    REQUIRE_FIELD_ERRORS(rc::create_job_from_file(f.svc, admin.who, file(job_req), std::string("a\0b", 3)),
                         {.path = {"notes"}, .code = field_code::contains_nul});
    CHECK(rc::list_jobs(f.svc, admin.who, {}, {})->total == 0);
}

TEST_CASE("a parsed field that breaks its rule is left out, not refused", "[recruiting][agent]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    // Salaries above 10^9: the job is still created, without them.
    auto j = rc::create_job_from_prompt(f.svc, admin.who,
                                        "Backend Engineer\nSalary: $2,000,000,000 - $3,000,000,000\nPython");
    REQUIRE(j.has_value());
    CHECK(j->record.title == "Backend Engineer");
    CHECK_FALSE(j->record.salary_min.has_value());
    CHECK_FALSE(j->record.salary_max.has_value());
    CHECK(j->record.required_skills == std::vector<std::string>{"Python"});
    // A current company over 200 characters: the candidate is created without it.
    auto c = rc::create_candidate_from_resume(
        f.svc, admin.who, file("Jane Doe\nStaff Engineer at " + std::string(230, 'A') + "\n", "cv.txt"), std::nullopt);
    REQUIRE(c.has_value());
    CHECK(c->record.full_name == "Jane Doe");
    CHECK_FALSE(c->record.current_company.has_value());
    CHECK(c->record.current_title == std::optional<std::string>("Staff Engineer"));
}

TEST_CASE("candidate from resume: parsed fields, notes, summary, event", "[recruiting][agent]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto hook = f.webhook(admin, {rc::webhook_event::candidate_created});
    auto r = rc::create_candidate_from_resume(f.svc, admin.who, file(resume, "jane_doe_resume.txt"),
                                              std::string("Strong Python + distributed systems background."));
    REQUIRE(r.has_value());
    const auto& c = r->record;
    CHECK(c.org_id == admin.org_id);
    CHECK(c.full_name == "Jane Doe");
    CHECK(c.email == std::optional<std::string>("jane.doe@example.com"));
    CHECK(c.github_url == std::optional<std::string>("https://github.com/janedoe"));
    CHECK(c.resume_text == std::optional<std::string>(resume));
    CHECK(std::find(c.skills.begin(), c.skills.end(), "Python") != c.skills.end());
    REQUIRE(c.notes.has_value());
    CHECK(c.notes->starts_with("Extracted notes from resume 'jane_doe_resume.txt': Email: jane.doe@example.com."));
    CHECK(c.notes->ends_with("\n\nAdditional recruiter notes: Strong Python + distributed systems background."));
    CHECK(r->possible_duplicates.empty());

    std::string expected = "Created candidate #" + std::to_string(c.id) + ": Jane Doe.";
    if (c.current_title) expected += " Current title: " + *c.current_title + ".";
    if (c.current_company) expected += " Current company: " + *c.current_company + ".";
    if (c.location) expected += " Location: " + *c.location + ".";
    if (c.headline) expected += " Headline: " + *c.headline + ".";
    CHECK(r->summary == expected);
    CHECK(f.deliveries(admin, hook.id).size() == 1);

    // The same resume again: created, with the first as a possible duplicate (same email and GitHub URL).
    auto again = rc::create_candidate_from_resume(f.svc, admin.who, file(resume, "jane.txt"), std::nullopt);
    REQUIRE(again.has_value());
    CHECK(again->possible_duplicates == std::vector<rc::record_id>{c.id});
    CHECK(again->summary.ends_with(" Possible duplicates: candidate #" + std::to_string(c.id) + "."));
    CHECK(again->record.notes->find("Additional recruiter notes") == std::string::npos);
}

TEST_CASE("candidate from resume: refusals", "[recruiting][agent]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto viewer = f.colleague(admin, "vic", member_role::viewer);
    REQUIRE_ERROR(rc::create_candidate_from_resume(f.svc, admin.who, file("x", "cv.bad"), std::nullopt),
                  error_kind::rule_violation, std::string(text_file_extractor::unreadable));
    REQUIRE_FORBIDDEN(rc::create_candidate_from_resume(f.svc, viewer.who, file(resume, "cv.txt"), std::nullopt));
    REQUIRE_FIELD_ERRORS(rc::create_candidate_from_resume(
                             f.svc, admin.who, file("Jane Doe\n" + std::string(100'001, 'x'), "cv.txt"), std::nullopt),
                         {.path = {"resume_text"}, .code = field_code::too_long, .limit = 100'000});
    REQUIRE_UNAUTHENTICATED(
        rc::create_candidate_from_resume(f.svc, rc::recruiter{9999}, file(resume, "cv.txt"), std::nullopt));
    CHECK(rc::list_candidates(f.svc, admin.who, std::nullopt, {})->total == 0);
}
