// Applications: create (defaults, validation, 404s, duplicates), get, list, update with history, delete.
#include "recruiting_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using rc::application_status;
using rc::member_role;

namespace {

rc::create_application_command pair_of(rc::record_id job_id, rc::record_id candidate_id) {
    rc::create_application_command cmd;
    cmd.job_id = job_id;
    cmd.candidate_id = candidate_id;
    return cmd;
}

rc::update_application_command to_status(application_status s) {
    rc::update_application_command cmd;
    cmd.status = std::optional<application_status>{s};
    return cmd;
}

}  // namespace

TEST_CASE("create_application: defaults and the first history entry", "[recruiting][pipeline]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto j = f.job(admin, "Engineer");
    auto c = f.candidate(admin, "Jane");
    auto a = rc::create_application(f.svc, admin.who, pair_of(j.id, c.id));
    REQUIRE(a.has_value());
    CHECK(a->org_id == admin.org_id);
    CHECK(a->job_id == j.id);
    CHECK(a->candidate_id == c.id);
    CHECK(a->status == application_status::sourced);
    CHECK(a->source == rc::application_source::manual);
    CHECK_FALSE(a->fit_score.has_value());

    auto history = rc::get_application_history(f.svc, admin.who, a->id);
    REQUIRE(history.has_value());
    REQUIRE(history->size() == 1);
    CHECK_FALSE((*history)[0].from_status.has_value());
    CHECK((*history)[0].to_status == application_status::sourced);
    CHECK((*history)[0].changed_by_user_id == admin.who.member_id);
    CHECK((*history)[0].changed_at == f.clock.now());
    CHECK((*history)[0].application_id == a->id);

    auto c2 = f.candidate(admin, "John");
    auto cmd = pair_of(j.id, c2.id);
    cmd.status = application_status::screening;
    cmd.source = rc::application_source::referral;
    cmd.fit_score = 85;
    auto b = rc::create_application(f.svc, admin.who, cmd);
    REQUIRE(b.has_value());
    CHECK(b->status == application_status::screening);
    CHECK(b->source == rc::application_source::referral);
    CHECK(b->fit_score == 85);
    CHECK(rc::get_application_history(f.svc, admin.who, b->id)->at(0).to_status == application_status::screening);
}

TEST_CASE("create_application: validation, 404 for another org's job or candidate, duplicates",
          "[recruiting][pipeline]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto zed = f.org("zed");
    auto j = f.job(admin, "Engineer");
    auto c = f.candidate(admin, "Jane");
    auto their_job = f.job(zed, "Theirs");
    auto their_candidate = f.candidate(zed, "Zoe");

    REQUIRE_FIELD_ERRORS(rc::create_application(f.svc, admin.who, {}),
                         {.path = {"job_id"}, .code = field_code::missing},
                         {.path = {"candidate_id"}, .code = field_code::missing});
    auto cmd = pair_of(j.id, c.id);
    cmd.fit_score = 101;
    REQUIRE_FIELD_ERRORS(rc::create_application(f.svc, admin.who, cmd),
                         {.path = {"fit_score"}, .code = field_code::above_maximum, .limit = 100});
    cmd.fit_score = -1;
    REQUIRE_FIELD_ERRORS(rc::create_application(f.svc, admin.who, cmd),
                         {.path = {"fit_score"}, .code = field_code::below_minimum, .limit = 0});

    REQUIRE_NOT_FOUND(rc::create_application(f.svc, admin.who, pair_of(their_job.id, c.id)), "Job not found");
    REQUIRE_NOT_FOUND(rc::create_application(f.svc, admin.who, pair_of(j.id, their_candidate.id)),
                      "Candidate not found");
    REQUIRE_NOT_FOUND(rc::create_application(f.svc, admin.who, pair_of(9999, c.id)), "Job not found");

    REQUIRE(rc::create_application(f.svc, admin.who, pair_of(j.id, c.id)).has_value());
    REQUIRE_ERROR(rc::create_application(f.svc, admin.who, pair_of(j.id, c.id)), error_kind::rule_violation,
                  "Application already exists for this candidate and job");
    CHECK(rc::list_applications(f.svc, admin.who, {}, {})->total == 1);

    auto viewer = f.colleague(admin, "vic", member_role::viewer);
    auto c2 = f.candidate(admin, "John");
    REQUIRE_FORBIDDEN(rc::create_application(f.svc, viewer.who, pair_of(j.id, c2.id)));
}

TEST_CASE("status changes append history in order; other changes do not", "[recruiting][pipeline]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto rec = f.colleague(admin, "rob", member_role::recruiter);
    auto j = f.job(admin, "Engineer");
    auto c = f.candidate(admin, "Jane");
    auto a = f.application(admin, j.id, c.id);

    f.tick();
    auto screening = rc::update_application(f.svc, rec.who, a.id, to_status(application_status::screening));
    REQUIRE(screening.has_value());
    CHECK(screening->status == application_status::screening);
    CHECK(screening->updated_at == f.clock.now());
    const auto screened_at = f.clock.now();

    f.tick();
    rc::update_application_command score_only;
    score_only.fit_score = std::optional<long long>{90};
    score_only.source = std::optional<rc::application_source>{rc::application_source::import};
    auto scored = rc::update_application(f.svc, admin.who, a.id, score_only);
    REQUIRE(scored.has_value());
    CHECK(scored->fit_score == 90);
    CHECK(scored->source == rc::application_source::import);
    CHECK(scored->status == application_status::screening);
    // The same status again is no change.
    REQUIRE(rc::update_application(f.svc, admin.who, a.id, to_status(application_status::screening)).has_value());

    f.tick();
    REQUIRE(rc::update_application(f.svc, admin.who, a.id, to_status(application_status::rejected)).has_value());

    auto history = rc::get_application_history(f.svc, admin.who, a.id);
    REQUIRE(history.has_value());
    REQUIRE(history->size() == 3);
    CHECK_FALSE((*history)[0].from_status.has_value());
    CHECK((*history)[1].from_status == application_status::sourced);
    CHECK((*history)[1].to_status == application_status::screening);
    CHECK((*history)[1].changed_by_user_id == rec.who.member_id);
    CHECK((*history)[1].changed_at == screened_at);
    CHECK((*history)[2].from_status == application_status::screening);
    CHECK((*history)[2].to_status == application_status::rejected);
    CHECK((*history)[2].changed_by_user_id == admin.who.member_id);

    rc::update_application_command clear;
    clear.fit_score = std::optional<long long>{};
    CHECK_FALSE(rc::update_application(f.svc, admin.who, a.id, clear)->fit_score.has_value());
}

TEST_CASE("update_application: null status or source is 422; fit_score range; 404s; viewer", "[recruiting][pipeline]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto zed = f.org("zed");
    auto j = f.job(admin, "Engineer");
    auto c = f.candidate(admin, "Jane");
    auto a = f.application(admin, j.id, c.id);
    auto theirs = f.application(zed, f.job(zed, "T").id, f.candidate(zed, "Z").id);

    rc::update_application_command nulls;
    nulls.status = std::optional<application_status>{};
    nulls.source = std::optional<rc::application_source>{};
    nulls.fit_score = std::optional<long long>{101};
    REQUIRE_FIELD_ERRORS(rc::update_application(f.svc, admin.who, a.id, nulls),
                         {.path = {"status"}, .code = field_code::wrong_type, .expected = "string"},
                         {.path = {"source"}, .code = field_code::wrong_type, .expected = "string"},
                         {.path = {"fit_score"}, .code = field_code::above_maximum, .limit = 100});

    REQUIRE_NOT_FOUND(rc::update_application(f.svc, admin.who, theirs.id, to_status(application_status::hired)),
                      "Application not found");
    REQUIRE_NOT_FOUND(rc::get_application(f.svc, admin.who, theirs.id), "Application not found");
    REQUIRE_NOT_FOUND(rc::get_application_history(f.svc, admin.who, theirs.id), "Application not found");
    REQUIRE_NOT_FOUND(rc::delete_application(f.svc, admin.who, theirs.id), "Application not found");
    CHECK(rc::get_application(f.svc, zed.who, theirs.id)->status == application_status::sourced);

    auto viewer = f.colleague(admin, "vic", member_role::viewer);
    REQUIRE_FORBIDDEN(rc::update_application(f.svc, viewer.who, a.id, to_status(application_status::hired)));
    REQUIRE_FORBIDDEN(rc::delete_application(f.svc, viewer.who, a.id));
    CHECK(rc::get_application(f.svc, viewer.who, a.id)->status == application_status::sourced);
    CHECK(rc::get_application_history(f.svc, viewer.who, a.id)->size() == 1);
}

TEST_CASE("list_applications: newest first, filtered by job and candidate, org-scoped", "[recruiting][pipeline]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto zed = f.org("zed");
    auto j1 = f.job(admin, "One");
    auto j2 = f.job(admin, "Two");
    auto c1 = f.candidate(admin, "A");
    auto c2 = f.candidate(admin, "B");
    auto a1 = f.application(admin, j1.id, c1.id);
    auto a2 = f.application(admin, j1.id, c2.id);
    auto a3 = f.application(admin, j2.id, c1.id);
    f.application(zed, f.job(zed, "T").id, f.candidate(zed, "Z").id);

    auto all = rc::list_applications(f.svc, admin.who, {}, {0, 50});
    REQUIRE(all.has_value());
    CHECK(all->total == 3);
    REQUIRE(all->items.size() == 3);
    CHECK(all->items[0].id == a3.id);
    CHECK(all->items[2].id == a1.id);
    auto by_job = rc::list_applications(f.svc, admin.who, {.job_id = j1.id}, {0, 50});
    CHECK(by_job->total == 2);
    CHECK(by_job->items.at(0).id == a2.id);
    auto by_candidate = rc::list_applications(f.svc, admin.who, {.candidate_id = c1.id}, {0, 1});
    CHECK(by_candidate->total == 2);
    CHECK(by_candidate->items.size() == 1);
    auto both = rc::list_applications(f.svc, admin.who, {.job_id = j2.id, .candidate_id = c2.id}, {0, 50});
    CHECK(both->total == 0);
}

TEST_CASE("delete_application removes it and its history; the pair may apply again", "[recruiting][pipeline]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto j = f.job(admin, "Engineer");
    auto c = f.candidate(admin, "Jane");
    auto a = f.application(admin, j.id, c.id);
    REQUIRE(rc::delete_application(f.svc, admin.who, a.id).has_value());
    REQUIRE_NOT_FOUND(rc::get_application(f.svc, admin.who, a.id), "Application not found");
    REQUIRE_NOT_FOUND(rc::get_application_history(f.svc, admin.who, a.id), "Application not found");
    REQUIRE_NOT_FOUND(rc::delete_application(f.svc, admin.who, a.id), "Application not found");
    CHECK(rc::create_application(f.svc, admin.who, pair_of(j.id, c.id)).has_value());
}
