// Candidates: create (validation, URLs, possible duplicates), get, list, update, delete, isolation and roles.
#include "recruiting_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using rc::member_role;

namespace {

rc::create_candidate_command named(std::string name) {
    rc::create_candidate_command cmd;
    cmd.full_name = std::move(name);
    return cmd;
}

}  // namespace

TEST_CASE("create_candidate stores every field", "[recruiting][candidates]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto cmd = named(" Jane Doe ");
    cmd.headline = "Senior Backend Engineer";
    cmd.location = "San Francisco, CA";
    cmd.experience_years = 8;
    cmd.current_title = "Staff Engineer";
    cmd.current_company = "TechCorp";
    cmd.linkedin_url = "https://linkedin.com/in/janedoe";
    cmd.github_url = "https://github.com/janedoe";
    cmd.notes = "Strong experience with Python and distributed systems.";
    cmd.email = "jane@example.com";
    cmd.phone = "+1 555 0100";
    cmd.skills = std::vector<std::string>{"Python", "python", " Go "};
    cmd.resume_text = "Jane Doe\nStaff Engineer";
    auto c = rc::create_candidate(f.svc, admin.who, cmd);
    REQUIRE(c.has_value());
    CHECK(c->possible_duplicates.empty());
    const auto& r = c->record;
    CHECK(r.id > 0);
    CHECK(r.org_id == admin.org_id);
    CHECK(r.full_name == "Jane Doe");
    CHECK(r.experience_years == 8);
    CHECK(r.skills == std::vector<std::string>{"Python", "Go"});
    CHECK_FALSE(r.website_url.has_value());
    CHECK(r.resume_text == cmd.resume_text);
    auto got = rc::get_candidate(f.svc, admin.who, r.id);
    REQUIRE(got.has_value());
    CHECK(got->linkedin_url == cmd.linkedin_url);
    CHECK(got->email == cmd.email);

    auto bare = rc::create_candidate(f.svc, admin.who, named("John"));
    REQUIRE(bare.has_value());
    CHECK(bare->record.skills.empty());
}

TEST_CASE("create_candidate validation", "[recruiting][candidates]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    REQUIRE_FIELD_ERRORS(rc::create_candidate(f.svc, admin.who, named(" ")),
                         {.path = {"full_name"}, .code = field_code::too_short, .limit = 1});
    REQUIRE_FIELD_ERRORS(rc::create_candidate(f.svc, admin.who, named(std::string(201, 'n'))),
                         {.path = {"full_name"}, .code = field_code::too_long, .limit = 200});

    auto cmd = named("Jane");
    cmd.headline = std::string(201, 'h');
    cmd.location = std::string(201, 'l');
    cmd.experience_years = 71;
    cmd.current_title = std::string(201, 't');
    cmd.current_company = std::string(201, 'c');
    cmd.notes = std::string(100'001, 'n');
    cmd.email = "jane-at-example.com";
    cmd.phone = std::string(201, '1');
    cmd.skills = std::vector<std::string>{std::string(101, 's')};
    cmd.resume_text = std::string(100'001, 'r');
    REQUIRE_FIELD_ERRORS(rc::create_candidate(f.svc, admin.who, cmd),
                         {.path = {"headline"}, .code = field_code::too_long, .limit = 200},
                         {.path = {"location"}, .code = field_code::too_long, .limit = 200},
                         {.path = {"experience_years"}, .code = field_code::above_maximum, .limit = 70},
                         {.path = {"current_title"}, .code = field_code::too_long, .limit = 200},
                         {.path = {"current_company"}, .code = field_code::too_long, .limit = 200},
                         {.path = {"notes"}, .code = field_code::too_long, .limit = 100'000},
                         {.path = {"email"}, .code = field_code::not_an_email},
                         {.path = {"phone"}, .code = field_code::too_long, .limit = 200},
                         {.path = {"skills", "0"}, .code = field_code::too_long, .limit = 100},
                         {.path = {"resume_text"}, .code = field_code::too_long, .limit = 100'000});
    cmd = named("Jane");
    cmd.experience_years = -1;
    REQUIRE_FIELD_ERRORS(rc::create_candidate(f.svc, admin.who, cmd),
                         {.path = {"experience_years"}, .code = field_code::below_minimum, .limit = 0});
}

TEST_CASE("profile URLs must be absolute http(s) URLs of at most 2,000 characters", "[recruiting][candidates]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    for (const std::string good : {"https://linkedin.com/in/jane", "http://example.com", "HTTPS://Example.com/x?y#z",
                                   "https://user@host.example:8443/p", "http://[::1]:80/"}) {
        auto cmd = named("Jane");
        cmd.website_url = good;
        CHECK(rc::create_candidate(f.svc, admin.who, cmd).has_value());
    }
    for (const std::string bad :
         {"linkedin.com/in/jane", "ftp://example.com", "https://", "https:///path", "https://exa mple.com",
          "javascript:alert(1)", "https://host:port/", "mailto:a@b.c", "https://[::1"}) {
        INFO(bad);
        auto cmd = named("Jane");
        cmd.linkedin_url = bad;
        REQUIRE_FIELD_ERRORS(rc::create_candidate(f.svc, admin.who, cmd),
                             {.path = {"linkedin_url"}, .code = field_code::not_a_url});
    }
    auto cmd = named("Jane");
    cmd.github_url = "https://github.com/" + std::string(1982, 'a');  // 2,001 characters
    REQUIRE_FIELD_ERRORS(rc::create_candidate(f.svc, admin.who, cmd),
                         {.path = {"github_url"}, .code = field_code::too_long, .limit = 2000});
    cmd.github_url = "https://github.com/" + std::string(1981, 'a');
    CHECK(rc::create_candidate(f.svc, admin.who, cmd).has_value());
}

TEST_CASE("possible duplicates: same email (any case) or a same profile URL, in the org only",
          "[recruiting][candidates]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto zed = f.org("zed");
    auto first = named("Jane Doe");
    first.email = "jane@example.com";
    first.github_url = "https://github.com/janedoe";
    auto a = rc::create_candidate(f.svc, admin.who, first);
    REQUIRE(a.has_value());
    CHECK(a->possible_duplicates.empty());

    auto same_email = named("J. Doe");
    same_email.email = "JANE@example.com";
    auto b = rc::create_candidate(f.svc, admin.who, same_email);
    REQUIRE(b.has_value());  // still created: the recruiter decides
    CHECK(b->possible_duplicates == std::vector<rc::record_id>{a->record.id});

    auto same_url = named("Janet");
    same_url.website_url = "https://github.com/janedoe";  // the URL in another field still matches
    auto c = rc::create_candidate(f.svc, admin.who, same_url);
    REQUIRE(c.has_value());
    CHECK(c->possible_duplicates == std::vector<rc::record_id>{a->record.id});

    auto elsewhere = rc::create_candidate(f.svc, zed.who, first);
    REQUIRE(elsewhere.has_value());
    CHECK(elsewhere->possible_duplicates.empty());
}

TEST_CASE("candidates: viewer reads only; another org's is 404", "[recruiting][candidates]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto zed = f.org("zed");
    auto viewer = f.colleague(admin, "vic", member_role::viewer);
    auto mine = f.candidate(admin, "Jane");
    auto theirs = f.candidate(zed, "Zoe");
    REQUIRE_FORBIDDEN(rc::create_candidate(f.svc, viewer.who, named("X")));
    REQUIRE_FORBIDDEN(rc::update_candidate(f.svc, viewer.who, mine.id, {}));
    REQUIRE_FORBIDDEN(rc::delete_candidate(f.svc, viewer.who, mine.id));
    CHECK(rc::get_candidate(f.svc, viewer.who, mine.id).has_value());

    REQUIRE_NOT_FOUND(rc::get_candidate(f.svc, admin.who, theirs.id), "Candidate not found");
    REQUIRE_NOT_FOUND(rc::update_candidate(f.svc, admin.who, theirs.id, {}), "Candidate not found");
    REQUIRE_NOT_FOUND(rc::delete_candidate(f.svc, admin.who, theirs.id), "Candidate not found");
    REQUIRE_NOT_FOUND(rc::get_candidate(f.svc, admin.who, 9999), "Candidate not found");
    REQUIRE_UNAUTHENTICATED(rc::get_candidate(f.svc, rc::recruiter{9999}, mine.id));
    CHECK(rc::get_candidate(f.svc, zed.who, theirs.id)->full_name == "Zoe");
}

TEST_CASE("list_candidates: newest first, by name, paged", "[recruiting][candidates]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto zed = f.org("zed");
    auto jane = f.candidate(admin, "Jane Doe");
    auto john = f.candidate(admin, "John Smith");
    f.candidate(zed, "Jane Other");
    auto all = rc::list_candidates(f.svc, admin.who, std::nullopt, {0, 50});
    REQUIRE(all.has_value());
    CHECK(all->total == 2);
    REQUIRE(all->items.size() == 2);
    CHECK(all->items[0].id == john.id);
    CHECK(all->items[1].id == jane.id);
    auto janes = rc::list_candidates(f.svc, admin.who, std::string("jane"), {0, 50});
    CHECK(janes->total == 1);
    CHECK(janes->items.at(0).id == jane.id);
    auto second = rc::list_candidates(f.svc, admin.who, std::nullopt, {1, 10});
    CHECK(second->total == 2);
    CHECK(second->items.size() == 1);
    REQUIRE_FIELD_ERRORS(rc::list_candidates(f.svc, admin.who, std::string("a\0", 2), {}),
                         {.path = {"q"}, .code = field_code::contains_nul});
}

TEST_CASE("update_candidate: omitted keeps, null clears, rules as for create", "[recruiting][candidates]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto cmd = named("Jane");
    cmd.headline = "Engineer";
    cmd.experience_years = 4;
    cmd.website_url = "https://jane.dev";
    auto c = rc::create_candidate(f.svc, admin.who, cmd)->record;
    f.tick();

    rc::update_candidate_command up;
    up.full_name = std::optional<std::string>{" Jane Doe "};
    up.headline = std::optional<std::string>{};
    up.experience_years = std::optional<long long>{10};
    up.skills = std::optional<std::vector<std::string>>{{"Rust", "rust"}};
    up.email = std::optional<std::string>{"jane@example.com"};
    auto updated = rc::update_candidate(f.svc, admin.who, c.id, up);
    REQUIRE(updated.has_value());
    CHECK(updated->full_name == "Jane Doe");
    CHECK_FALSE(updated->headline.has_value());
    CHECK(updated->experience_years == 10);
    CHECK(updated->skills == std::vector<std::string>{"Rust"});
    CHECK(updated->website_url == std::optional<std::string>("https://jane.dev"));
    CHECK(updated->updated_at == f.clock.now());
    CHECK(rc::get_candidate(f.svc, admin.who, c.id)->email == std::optional<std::string>("jane@example.com"));

    rc::update_candidate_command clear_years;
    clear_years.experience_years = std::optional<long long>{};
    CHECK_FALSE(rc::update_candidate(f.svc, admin.who, c.id, clear_years)->experience_years.has_value());

    rc::update_candidate_command nulls;
    nulls.full_name = std::optional<std::string>{};
    nulls.skills = std::optional<std::vector<std::string>>{};
    REQUIRE_FIELD_ERRORS(rc::update_candidate(f.svc, admin.who, c.id, nulls),
                         {.path = {"full_name"}, .code = field_code::wrong_type, .expected = "string"},
                         {.path = {"skills"}, .code = field_code::wrong_type, .expected = "array"});

    rc::update_candidate_command bad;
    bad.full_name = std::optional<std::string>{""};
    bad.experience_years = std::optional<long long>{71};
    bad.website_url = std::optional<std::string>{"jane.dev"};
    bad.email = std::optional<std::string>{"nope"};
    REQUIRE_FIELD_ERRORS(rc::update_candidate(f.svc, admin.who, c.id, bad),
                         {.path = {"full_name"}, .code = field_code::too_short, .limit = 1},
                         {.path = {"experience_years"}, .code = field_code::above_maximum, .limit = 70},
                         {.path = {"website_url"}, .code = field_code::not_a_url},
                         {.path = {"email"}, .code = field_code::not_an_email});
    CHECK(rc::get_candidate(f.svc, admin.who, c.id)->full_name == "Jane Doe");
}

TEST_CASE("delete_candidate removes it with its applications", "[recruiting][candidates]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto j = f.job(admin, "Engineer");
    auto c = f.candidate(admin, "Jane");
    f.application(admin, j.id, c.id);
    REQUIRE(rc::delete_candidate(f.svc, admin.who, c.id).has_value());
    REQUIRE_NOT_FOUND(rc::get_candidate(f.svc, admin.who, c.id), "Candidate not found");
    REQUIRE_NOT_FOUND(rc::delete_candidate(f.svc, admin.who, c.id), "Candidate not found");
    CHECK(rc::list_applications(f.svc, admin.who, {}, {})->total == 0);
}
