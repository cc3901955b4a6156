// Jobs: create (validation, skills cleaning, defaults), get, list, update (patch rules), delete, pipeline counts,
// org isolation and roles.
#include "recruiting_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using rc::member_role;

namespace {

rc::create_job_command titled(std::string title) {
    rc::create_job_command cmd;
    cmd.title = std::move(title);
    return cmd;
}

}  // namespace

TEST_CASE("create_job stores every field with the defaults", "[recruiting][jobs]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto cmd = titled("  Senior Backend Engineer ");
    cmd.department = "Engineering";
    cmd.location = "New York, NY";
    cmd.employment_type = "Full-time";
    cmd.remote_option = "Hybrid";
    cmd.salary_min = 160000;
    cmd.salary_max = 200000;
    cmd.currency = "USD";
    cmd.description = "We are hiring...";
    cmd.required_skills = std::vector<std::string>{"Python", "FastAPI", "PostgreSQL"};
    cmd.nice_to_have_skills = std::vector<std::string>{"Kubernetes", "AWS"};
    cmd.min_years = 5;
    auto j = rc::create_job(f.svc, admin.who, cmd);
    REQUIRE(j.has_value());
    CHECK(j->id > 0);
    CHECK(j->org_id == admin.org_id);
    CHECK(j->created_by_user_id == admin.who.member_id);
    CHECK(j->title == "Senior Backend Engineer");
    CHECK(j->salary_min == 160000);
    CHECK(j->currency == std::optional<std::string>("USD"));
    CHECK(j->required_skills == std::vector<std::string>{"Python", "FastAPI", "PostgreSQL"});
    CHECK(j->nice_to_have_skills == std::vector<std::string>{"Kubernetes", "AWS"});
    CHECK(j->min_years == 5);
    CHECK(j->status == rc::job_status::open);
    CHECK_FALSE(j->is_public);
    CHECK(j->created_at == f.clock.now());

    auto got = rc::get_job(f.svc, admin.who, j->id);
    REQUIRE(got.has_value());
    CHECK(got->title == j->title);
    CHECK(got->required_skills == j->required_skills);

    auto bare = rc::create_job(f.svc, admin.who, titled("Designer"));
    REQUIRE(bare.has_value());
    CHECK(bare->required_skills.empty());
    CHECK(bare->nice_to_have_skills.empty());
    CHECK_FALSE(bare->description.has_value());
}

TEST_CASE("skills: trimmed, blanks dropped, duplicates by vocabulary dropped keeping the first spelling",
          "[recruiting][jobs]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto cmd = titled("Platform Engineer");
    cmd.required_skills =
        std::vector<std::string>{" k8s ", "", "Kubernetes", "Postgres", "  ", "postgresql", "Foo", "foo"};
    cmd.nice_to_have_skills = std::vector<std::string>{"AWS", "aws"};
    auto j = rc::create_job(f.svc, admin.who, cmd);
    REQUIRE(j.has_value());
    CHECK(j->required_skills == std::vector<std::string>{"k8s", "Postgres", "Foo"});
    CHECK(j->nice_to_have_skills == std::vector<std::string>{"AWS"});
}

TEST_CASE("create_job validation, one rule at a time", "[recruiting][jobs]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    REQUIRE_FIELD_ERRORS(rc::create_job(f.svc, admin.who, titled("")),
                         {.path = {"title"}, .code = field_code::too_short, .limit = 1});
    REQUIRE_FIELD_ERRORS(rc::create_job(f.svc, admin.who, titled("   ")),
                         {.path = {"title"}, .code = field_code::too_short, .limit = 1});
    REQUIRE_FIELD_ERRORS(rc::create_job(f.svc, admin.who, titled(std::string(201, 't'))),
                         {.path = {"title"}, .code = field_code::too_long, .limit = 200});
    CHECK(rc::create_job(f.svc, admin.who, titled(std::string(200, 't'))).has_value());
    REQUIRE_FIELD_ERRORS(rc::create_job(f.svc, admin.who, titled("a\xc3")),
                         {.path = {"title"}, .code = field_code::not_utf8});
    REQUIRE_FIELD_ERRORS(rc::create_job(f.svc, admin.who, titled(std::string("a\0b", 3))),
                         {.path = {"title"}, .code = field_code::contains_nul});

    auto cmd = titled("Engineer");
    cmd.department = std::string(201, 'd');
    cmd.location = std::string(201, 'l');
    cmd.employment_type = std::string(201, 'e');
    cmd.remote_option = std::string(201, 'r');
    cmd.description = std::string(50'001, 'x');
    REQUIRE_FIELD_ERRORS(rc::create_job(f.svc, admin.who, cmd),
                         {.path = {"department"}, .code = field_code::too_long, .limit = 200},
                         {.path = {"location"}, .code = field_code::too_long, .limit = 200},
                         {.path = {"employment_type"}, .code = field_code::too_long, .limit = 200},
                         {.path = {"remote_option"}, .code = field_code::too_long, .limit = 200},
                         {.path = {"description"}, .code = field_code::too_long, .limit = 50'000});

    cmd = titled("Engineer");
    cmd.salary_min = -1;
    cmd.salary_max = 1'000'000'001;
    cmd.min_years = 61;
    REQUIRE_FIELD_ERRORS(rc::create_job(f.svc, admin.who, cmd),
                         {.path = {"salary_min"}, .code = field_code::below_minimum, .limit = 0},
                         {.path = {"salary_max"}, .code = field_code::above_maximum, .limit = 1'000'000'000},
                         {.path = {"min_years"}, .code = field_code::above_maximum, .limit = 60});

    cmd = titled("Engineer");
    cmd.salary_min = 200;
    cmd.salary_max = 100;
    cmd.min_years = -1;
    REQUIRE_FIELD_ERRORS(rc::create_job(f.svc, admin.who, cmd),
                         {.path = {"salary_max"}, .code = field_code::out_of_order, .other = "salary_min"},
                         {.path = {"min_years"}, .code = field_code::below_minimum, .limit = 0});
    cmd.salary_max = 200;  // equal bounds are a range
    cmd.min_years = 0;
    CHECK(rc::create_job(f.svc, admin.who, cmd).has_value());

    for (const std::string bad : {"usd", "US", "USDD", "U1D", "€UR"}) {
        cmd = titled("Engineer");
        cmd.currency = bad;
        REQUIRE_FIELD_ERRORS(rc::create_job(f.svc, admin.who, cmd),
                             {.path = {"currency"}, .code = field_code::not_matching, .expected = "^[A-Z]{3}$"});
    }

    cmd = titled("Engineer");
    cmd.required_skills = std::vector<std::string>{"ok", std::string(101, 's'), std::string("a\0", 2)};
    cmd.nice_to_have_skills = std::vector<std::string>{};
    for (int i = 0; i < 101; ++i) cmd.nice_to_have_skills->push_back("custom skill " + std::to_string(i));
    REQUIRE_FIELD_ERRORS(rc::create_job(f.svc, admin.who, cmd),
                         {.path = {"required_skills", "1"}, .code = field_code::too_long, .limit = 100},
                         {.path = {"required_skills", "2"}, .code = field_code::contains_nul},
                         {.path = {"nice_to_have_skills"}, .code = field_code::too_long, .limit = 100});
    // A hundred distinct skills is the most; duplicates and blanks do not count.
    cmd.required_skills.reset();
    cmd.nice_to_have_skills->resize(100);
    cmd.nice_to_have_skills->push_back("custom skill 0");
    cmd.nice_to_have_skills->push_back(" ");
    CHECK(rc::create_job(f.svc, admin.who, cmd).has_value());
}

TEST_CASE("jobs: a viewer reads but never writes; 401 for a stranger", "[recruiting][jobs]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto viewer = f.colleague(admin, "vic", member_role::viewer);
    auto rec = f.colleague(admin, "rob", member_role::recruiter);
    auto j = f.job(rec, "Engineer");  // a recruiter writes
    REQUIRE_FORBIDDEN(rc::create_job(f.svc, viewer.who, titled("Nope")));
    REQUIRE_FORBIDDEN(rc::update_job(f.svc, viewer.who, j.id, {}));
    REQUIRE_FORBIDDEN(rc::delete_job(f.svc, viewer.who, j.id));
    CHECK(rc::get_job(f.svc, viewer.who, j.id).has_value());
    CHECK(rc::list_jobs(f.svc, viewer.who, {}, {}).has_value());
    CHECK(rc::get_job_pipeline(f.svc, viewer.who, j.id).has_value());
    REQUIRE_UNAUTHENTICATED(rc::get_job(f.svc, rc::recruiter{12345}, j.id));
    // The refused writes left nothing behind.
    CHECK(rc::list_jobs(f.svc, admin.who, {}, {})->total == 1);
}

TEST_CASE("another org's job is 404 for every job use case", "[recruiting][jobs]") {
    recruiting_fixture f;
    auto ada = f.org("ada");
    auto zed = f.org("zed");
    auto theirs = f.job(zed, "Their job");
    REQUIRE_NOT_FOUND(rc::get_job(f.svc, ada.who, theirs.id), "Job not found");
    REQUIRE_NOT_FOUND(rc::update_job(f.svc, ada.who, theirs.id, {}), "Job not found");
    REQUIRE_NOT_FOUND(rc::delete_job(f.svc, ada.who, theirs.id), "Job not found");
    REQUIRE_NOT_FOUND(rc::get_job_pipeline(f.svc, ada.who, theirs.id), "Job not found");
    REQUIRE_NOT_FOUND(rc::get_job(f.svc, ada.who, 9999), "Job not found");
    CHECK(rc::list_jobs(f.svc, ada.who, {}, {})->total == 0);
    CHECK(rc::get_job(f.svc, zed.who, theirs.id).has_value());
}

TEST_CASE("list_jobs: newest first, paged, filtered by status and title", "[recruiting][jobs]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto a = f.job(admin, "Backend Engineer");
    auto b = f.job(admin, "Frontend Engineer");
    auto c = f.job(admin, "Designer");
    rc::update_job_command hold;
    hold.status = std::optional<rc::job_status>{rc::job_status::on_hold};
    REQUIRE(rc::update_job(f.svc, admin.who, b.id, hold).has_value());

    auto all = rc::list_jobs(f.svc, admin.who, {}, {0, 50});
    REQUIRE(all.has_value());
    CHECK(all->total == 3);
    REQUIRE(all->items.size() == 3);
    CHECK(all->items[0].id == c.id);
    CHECK(all->items[2].id == a.id);

    auto page = rc::list_jobs(f.svc, admin.who, {}, {1, 1});
    CHECK(page->total == 3);
    REQUIRE(page->items.size() == 1);
    CHECK(page->items[0].id == b.id);

    auto open = rc::list_jobs(f.svc, admin.who, {.status = rc::job_status::open}, {0, 50});
    CHECK(open->total == 2);
    auto engineers = rc::list_jobs(f.svc, admin.who, {.title_contains = std::string("ENGINEER")}, {0, 50});
    CHECK(engineers->total == 2);
    REQUIRE_FIELD_ERRORS(rc::list_jobs(f.svc, admin.who, {.title_contains = std::string("\xff")}, {}),
                         {.path = {"q"}, .code = field_code::not_utf8});
}

TEST_CASE("update_job: omitted keeps, null clears, null on a required field is 422", "[recruiting][jobs]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto cmd = titled("Engineer");
    cmd.location = "Berlin";
    cmd.salary_min = 100;
    cmd.salary_max = 200;
    cmd.required_skills = std::vector<std::string>{"Python"};
    auto j = *rc::create_job(f.svc, admin.who, cmd);
    f.tick();

    rc::update_job_command up;
    up.title = std::optional<std::string>{" Staff Engineer "};
    up.location = std::optional<std::string>{};  // clears
    up.required_skills = std::optional<std::vector<std::string>>{{"Go", "golang", " "}};
    up.is_public = std::optional<bool>{true};
    up.min_years = std::optional<long long>{3};
    auto updated = rc::update_job(f.svc, admin.who, j.id, up);
    REQUIRE(updated.has_value());
    CHECK(updated->title == "Staff Engineer");
    CHECK_FALSE(updated->location.has_value());
    CHECK(updated->salary_min == 100);  // kept
    CHECK(updated->required_skills == std::vector<std::string>{"Go"});
    CHECK(updated->is_public);
    CHECK(updated->min_years == 3);
    CHECK(updated->updated_at == f.clock.now());
    CHECK(updated->created_at == j.created_at);
    CHECK(rc::get_job(f.svc, admin.who, j.id)->title == "Staff Engineer");

    rc::update_job_command nulls;
    nulls.title = std::optional<std::string>{};
    nulls.required_skills = std::optional<std::vector<std::string>>{};
    nulls.nice_to_have_skills = std::optional<std::vector<std::string>>{};
    nulls.status = std::optional<rc::job_status>{};
    nulls.is_public = std::optional<bool>{};
    REQUIRE_FIELD_ERRORS(rc::update_job(f.svc, admin.who, j.id, nulls),
                         {.path = {"title"}, .code = field_code::wrong_type, .expected = "string"},
                         {.path = {"required_skills"}, .code = field_code::wrong_type, .expected = "array"},
                         {.path = {"nice_to_have_skills"}, .code = field_code::wrong_type, .expected = "array"},
                         {.path = {"status"}, .code = field_code::wrong_type, .expected = "string"},
                         {.path = {"is_public"}, .code = field_code::wrong_type, .expected = "boolean"});

    rc::update_job_command bad;
    bad.title = std::optional<std::string>{" "};
    bad.currency = std::optional<std::string>{"eur"};
    bad.salary_max = std::optional<long long>{-5};
    REQUIRE_FIELD_ERRORS(rc::update_job(f.svc, admin.who, j.id, bad),
                         {.path = {"title"}, .code = field_code::too_short, .limit = 1},
                         {.path = {"salary_max"}, .code = field_code::below_minimum, .limit = 0},
                         {.path = {"currency"}, .code = field_code::not_matching, .expected = "^[A-Z]{3}$"});

    // The range is checked against the stored bound the command leaves alone.
    rc::update_job_command below;
    below.salary_max = std::optional<long long>{50};
    REQUIRE_FIELD_ERRORS(rc::update_job(f.svc, admin.who, j.id, below),
                         {.path = {"salary_max"}, .code = field_code::out_of_order, .other = "salary_min"});
    CHECK(rc::get_job(f.svc, admin.who, j.id)->salary_max == 200);
    below.salary_min = std::optional<long long>{};  // clearing the low end makes any high end fine
    CHECK(rc::update_job(f.svc, admin.who, j.id, below).has_value());
}

TEST_CASE("delete_job removes it; a second delete is 404", "[recruiting][jobs]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto j = f.job(admin, "Engineer");
    auto c = f.candidate(admin, "Jane Doe");
    f.application(admin, j.id, c.id);
    REQUIRE(rc::delete_job(f.svc, admin.who, j.id).has_value());
    REQUIRE_NOT_FOUND(rc::get_job(f.svc, admin.who, j.id), "Job not found");
    REQUIRE_NOT_FOUND(rc::delete_job(f.svc, admin.who, j.id), "Job not found");
    CHECK(rc::list_applications(f.svc, admin.who, {}, {})->total == 0);  // its applications went with it
}

TEST_CASE("the pipeline counts every status in order, zeros included", "[recruiting][jobs][pipeline]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto j = f.job(admin, "Engineer");
    auto other = f.job(admin, "Other");
    auto empty = rc::get_job_pipeline(f.svc, admin.who, j.id);
    REQUIRE(empty.has_value());
    CHECK(empty->job_id == j.id);
    CHECK(empty->total == 0);
    REQUIRE(empty->counts.size() == 7);
    for (const auto& [status, n] : empty->counts) CHECK(n == 0);

    auto c1 = f.candidate(admin, "A");
    auto c2 = f.candidate(admin, "B");
    auto c3 = f.candidate(admin, "C");
    f.application(admin, j.id, c1.id);
    f.application(admin, j.id, c2.id, rc::application_status::interview);
    f.application(admin, j.id, c3.id, rc::application_status::interview);
    f.application(admin, other.id, c1.id, rc::application_status::hired);  // another job's

    auto p = rc::get_job_pipeline(f.svc, admin.who, j.id);
    REQUIRE(p.has_value());
    using st = rc::application_status;
    const std::vector<std::pair<st, std::size_t>> expected{{st::sourced, 1},   {st::applied, 0}, {st::screening, 0},
                                                           {st::interview, 2}, {st::offer, 0},   {st::hired, 0},
                                                           {st::rejected, 0}};
    CHECK(p->counts == expected);
    CHECK(p->total == 3);
}
