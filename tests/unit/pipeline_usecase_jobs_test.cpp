// The Pipeline job use cases over the in-memory store: create, get, list, update, the soft delete and restore,
// scoring a stored job, the purge, and the status stamps both dialects write.
#include <catch2/catch.hpp>

#include <offertracker/pipeline/scoring.hpp>

#include "pipeline_usecase_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::application_status;
using domain::error_kind;
using domain::field_code;

namespace {

using job_text_of = pipeline::job_text;

const std::string backend_posting =
    "We are hiring a backend engineer to build our payments platform. You will write C++ and Python services, "
    "design PostgreSQL schemas and run them on Kubernetes. Experience with Docker is required.";

const std::string resume_body =
    "Senior backend engineer. Eight years of C++ and Python, PostgreSQL schema design, Docker and Kubernetes in "
    "production, payments systems.";

}  // namespace

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline jobs: create maps the Pipeline fields and stamps the status",
                 "[pipeline][usecases][jobs]") {
    const auto ada = user("ada");
    tick();
    auto created = pipeline::create_job(psvc, ada,
                                        {.company_name = "Acme",
                                         .job_title = "Backend Engineer",
                                         .job_description = "Build things",
                                         .job_url = "https://jobs.acme.example/1",
                                         .source = domain::source::linkedin,
                                         .status = application_status::applied,
                                         .location = "Berlin",
                                         .is_remote = true,
                                         .salary_min = 50'000,
                                         .salary_max = 70'000});
    REQUIRE(created.has_value());
    CHECK(created->user_id == ada.user_id);
    CHECK(created->role_title == "Backend Engineer");
    CHECK(created->description == "Build things");
    CHECK(created->url == "https://jobs.acme.example/1");
    CHECK(created->applied_source == domain::source::linkedin);
    CHECK(created->work_mode == domain::work_mode::remote);
    CHECK(created->salary_min == 50'000);
    CHECK(created->applied_at == clock.now());
    CHECK_FALSE(created->interview_at.has_value());
    CHECK_FALSE(created->ai_match_score.has_value());  // no resume text: unscored
    CHECK(stored_app(created->id) == *created);

    const auto plain = job(ada, {.is_remote = false});
    CHECK_FALSE(plain.work_mode.has_value());
    CHECK(plain.status == application_status::saved);
    CHECK_FALSE(plain.applied_at.has_value());
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline jobs: create validates in the Pipeline's field names",
                 "[pipeline][usecases][jobs]") {
    const auto ada = user("ada");
    REQUIRE_FIELD_ERRORS(pipeline::create_job(psvc, ada, {"Acme", "Engineer", std::nullopt, "http://jobs.example/1"}),
                         {.path = {"job_url"}, .code = field_code::not_a_url, .expected = "https"});
    REQUIRE_FIELD_ERRORS(pipeline::create_job(psvc, ada, {"Acme", "Engineer", std::nullopt, "jobs.example/1"}),
                         {.path = {"job_url"}, .code = field_code::not_a_url, .expected = "https"});
    REQUIRE_FIELD_ERRORS(pipeline::create_job(psvc, ada, {"Acme", "Engineer", std::string(20'001, 'x')}),
                         {.path = {"job_description"}, .code = field_code::too_long, .limit = 20'000});
    CHECK(pipeline::create_job(psvc, ada, {"Acme", "Engineer", std::string(20'000, 'x')}).has_value());
    // The shared use case's errors come back renamed.
    const auto blank_title = pipeline::create_job(psvc, ada, {"Acme", ""});
    CHECK(error_fields(blank_title) == std::vector<std::string>{"job_title"});
    const auto blank_company = pipeline::create_job(psvc, ada, {"", "Engineer"});
    CHECK(error_fields(blank_company) == std::vector<std::string>{"company_name"});
    CHECK_FALSE(pipeline::create_job(psvc, uc::actor{"no-such-user"}, {"Acme", "Engineer"}).has_value());
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline jobs: get answers 404 for unknown, deleted and unreadable ids, "
                 "403 for another user's", "[pipeline][usecases][jobs]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto mine = job(ada);
    CHECK(pipeline::get_job(psvc, ada, mine.id).value() == mine);
    REQUIRE_ERROR(pipeline::get_job(psvc, bob, mine.id), error_kind::forbidden, "Not your job");
    REQUIRE_ERROR(pipeline::get_job(psvc, ada, "no-such-job"), error_kind::not_found, "Job not found");
    REQUIRE_ERROR(pipeline::get_job(psvc, ada, "\xff\xfe"), error_kind::not_found, "Job not found");
    REQUIRE_ERROR(pipeline::get_job(psvc, ada, std::string("a\0b", 3)), error_kind::not_found, "Job not found");
    REQUIRE(pipeline::delete_job(psvc, ada, mine.id).has_value());
    REQUIRE_ERROR(pipeline::get_job(psvc, ada, mine.id), error_kind::not_found, "Job not found");
    REQUIRE_ERROR(pipeline::get_job(psvc, bob, mine.id), error_kind::not_found, "Job not found");
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline jobs: list validates limit and min_score and searches the "
                 "user's live jobs", "[pipeline][usecases][jobs]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto first = job(ada, {.company_name = "Acme"});
    const auto second = job(ada, {.company_name = "Beta"});
    const auto gone = job(ada, {.company_name = "Gamma"});
    (void)job(bob, {.company_name = "Acme"});
    REQUIRE(pipeline::delete_job(psvc, ada, gone.id).has_value());

    const auto all = pipeline::list_jobs(psvc, ada, {});
    REQUIRE(all.has_value());
    CHECK(all->total == 2);
    REQUIRE(all->items.size() == 2);
    CHECK(all->items[0].id == second.id);
    CHECK(all->items[1].id == first.id);
    const auto acme = pipeline::list_jobs(psvc, ada, {.q = "acme"});
    REQUIRE(acme.has_value());
    REQUIRE(acme->items.size() == 1);
    CHECK(acme->items[0].id == first.id);

    REQUIRE_FIELD_ERRORS(pipeline::list_jobs(psvc, ada, {.p = {0, 0}}),
                         {.path = {"limit"}, .code = field_code::below_minimum, .limit = 1});
    REQUIRE_FIELD_ERRORS(pipeline::list_jobs(psvc, ada, {.p = {0, 501}}),
                         {.path = {"limit"}, .code = field_code::above_maximum, .limit = 500});
    CHECK(pipeline::list_jobs(psvc, ada, {.p = {0, 500}}).has_value());
    CHECK(pipeline::list_jobs(psvc, ada, {.p = {0, 1}}).has_value());
    REQUIRE_FIELD_ERRORS(pipeline::list_jobs(psvc, ada, {.min_score = -1}),
                         {.path = {"min_score"}, .code = field_code::below_minimum, .limit = 0});
    REQUIRE_FIELD_ERRORS(pipeline::list_jobs(psvc, ada, {.min_score = 101}),
                         {.path = {"min_score"}, .code = field_code::above_maximum, .limit = 100});
    CHECK(pipeline::list_jobs(psvc, ada, {.min_score = 0}).has_value());
    CHECK(pipeline::list_jobs(psvc, ada, {.min_score = 100}).has_value());
    CHECK(error_fields(pipeline::list_jobs(psvc, ada, {.q = "bad \xff"})) == std::vector<std::string>{"q"});
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline jobs: update patches fields and answers the job errors",
                 "[pipeline][usecases][jobs]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto j = job(ada, {.job_description = "Old", .location = "Paris"});
    tick();
    auto updated = pipeline::update_job(psvc, ada, j.id,
                                        {.job_title = std::optional{std::string{"Staff Engineer"}},
                                         .job_url = std::optional{std::string{"https://jobs.example/2"}},
                                         .location = std::optional<std::string>{}});
    REQUIRE(updated.has_value());
    CHECK(updated->role_title == "Staff Engineer");
    CHECK(updated->url == "https://jobs.example/2");
    CHECK_FALSE(updated->location.has_value());
    CHECK(updated->description == "Old");
    CHECK(updated->company_name == "Acme");
    CHECK(updated->updated_at == clock.now());

    REQUIRE_FIELD_ERRORS(pipeline::update_job(psvc, ada, j.id, {.job_url = std::optional{std::string{"http://x.example"}}}),
                         {.path = {"job_url"}, .code = field_code::not_a_url, .expected = "https"});
    REQUIRE_FIELD_ERRORS(
        pipeline::update_job(psvc, ada, j.id, {.job_description = std::optional{std::string(20'001, 'y')}}),
        {.path = {"job_description"}, .code = field_code::too_long, .limit = 20'000});
    CHECK(error_fields(pipeline::update_job(psvc, ada, j.id, {.job_title = std::optional{std::string{}}})) ==
          std::vector<std::string>{"job_title"});
    REQUIRE_ERROR(pipeline::update_job(psvc, bob, j.id, {}), error_kind::forbidden, "Not your job");
    REQUIRE_ERROR(pipeline::update_job(psvc, ada, "nope", {}), error_kind::not_found, "Job not found");
    REQUIRE_ERROR(pipeline::update_job(psvc, ada, "\xc3", {}), error_kind::not_found, "Job not found");
    REQUIRE(pipeline::delete_job(psvc, ada, j.id).has_value());
    REQUIRE_ERROR(pipeline::update_job(psvc, ada, j.id, {.job_title = std::optional{std::string{"X"}}}),
                  error_kind::not_found, "Job not found");
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline jobs: is_remote false clears Remote and keeps Hybrid",
                 "[pipeline][usecases][jobs]") {
    const auto ada = user("ada");
    const auto remote = job(ada, {.is_remote = true});
    const auto hybrid = job(ada);
    uc::update_application_command to_hybrid;
    to_hybrid.work_mode = std::optional{domain::work_mode::hybrid};
    REQUIRE(uc::update_application(svc, ada, hybrid.id, to_hybrid).has_value());

    auto mode_after = [&](const domain::id& id, domain::patch<bool> is_remote) {
        auto r = pipeline::update_job(psvc, ada, id, {.is_remote = is_remote});
        REQUIRE(r.has_value());
        return r->work_mode;
    };
    CHECK(mode_after(hybrid.id, std::optional{false}) == domain::work_mode::hybrid);
    CHECK(mode_after(hybrid.id, std::optional<bool>{}) == domain::work_mode::hybrid);  // null is false
    CHECK(mode_after(hybrid.id, std::nullopt) == domain::work_mode::hybrid);           // omitted: kept
    CHECK(mode_after(hybrid.id, std::optional{true}) == domain::work_mode::remote);
    CHECK(mode_after(remote.id, std::nullopt) == domain::work_mode::remote);
    CHECK(mode_after(remote.id, std::optional{false}) == std::nullopt);
    CHECK(mode_after(remote.id, std::optional{true}) == domain::work_mode::remote);
    CHECK(mode_after(remote.id, std::optional<bool>{}) == std::nullopt);
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline jobs: each status stamp is set once, when first reached, by "
                 "either dialect and by a stage", "[pipeline][usecases][jobs]") {
    const auto ada = user("ada");
    const auto j = job(ada);
    auto set_status = [&](application_status s) {
        tick();
        auto r = pipeline::update_job(psvc, ada, j.id, {.status = std::optional{s}});
        REQUIRE(r.has_value());
        return *r;
    };
    const auto applied = set_status(application_status::applied);
    const auto applied_time = clock.now();
    CHECK(applied.applied_at == applied_time);
    CHECK_FALSE(applied.interview_at.has_value());
    const auto interviewing = set_status(application_status::interviewing);
    CHECK(interviewing.interview_at == clock.now());
    CHECK(interviewing.applied_at == applied_time);
    const auto again = set_status(application_status::applied);
    CHECK(again.applied_at == applied_time);  // the first stamp stays
    const auto offer = set_status(application_status::offer);
    CHECK(offer.offer_at == clock.now());
    const auto rejected = set_status(application_status::rejected);
    CHECK(rejected.rejected_at == clock.now());
    CHECK(rejected.offer_at == offer.offer_at);
    const auto saved = set_status(application_status::saved);
    CHECK(saved.applied_at == applied_time);
    CHECK(saved.rejected_at == rejected.rejected_at);

    // The seeker dialect stamps through the same rule.
    const auto seeker_job = job(ada);
    tick();
    uc::update_application_command to_applied;
    to_applied.status = std::optional{application_status::applied};
    auto via_seeker = uc::update_application(svc, ada, seeker_job.id, to_applied);
    REQUIRE(via_seeker.has_value());
    CHECK(via_seeker->application.applied_at == clock.now());
    CHECK(pipeline::get_job(psvc, ada, seeker_job.id)->applied_at == clock.now());

    // An outcome moves the job to its status, and stamps it.
    const auto offered = job(ada, {.status = application_status::interviewing});
    tick();
    REQUIRE(uc::add_outcome(svc, ada, offered.id, {}).has_value());  // Offer by default
    const auto after_offer = pipeline::get_job(psvc, ada, offered.id);
    REQUIRE(after_offer.has_value());
    CHECK(after_offer->status == application_status::offer);
    CHECK(after_offer->offer_at == clock.now());
    CHECK(after_offer->interview_at == offered.interview_at);

    // A stage moves an applied job to Interviewing, and stamps it.
    const auto staged = job(ada, {.status = application_status::applied});
    CHECK_FALSE(staged.interview_at.has_value());
    stage(ada, staged.id);
    const auto after_stage = pipeline::get_job(psvc, ada, staged.id);
    REQUIRE(after_stage.has_value());
    CHECK(after_stage->status == application_status::interviewing);
    CHECK(after_stage->interview_at == clock.now());
    CHECK(after_stage->applied_at == staged.applied_at);
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline jobs: delete soft-deletes, restore brings the job back",
                 "[pipeline][usecases][jobs]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto j = job(ada);
    REQUIRE_ERROR(pipeline::delete_job(psvc, bob, j.id), error_kind::forbidden, "Not your job");
    REQUIRE_ERROR(pipeline::delete_job(psvc, ada, "nope"), error_kind::not_found, "Job not found");
    REQUIRE_ERROR(pipeline::delete_job(psvc, ada, "\xff"), error_kind::not_found, "Job not found");
    CHECK(queue.tasks.empty());

    tick();
    const auto deleted = pipeline::delete_job(psvc, ada, j.id);
    REQUIRE(deleted.has_value());
    CHECK(deleted->deleted_at == clock.now());
    CHECK(deleted->updated_at == clock.now());
    CHECK(stored_any(j.id) == *deleted);
    CHECK_FALSE(stored_app(j.id).has_value());
    CHECK(queue.tasks.size() == 1);  // the purge, off the request
    REQUIRE_ERROR(pipeline::delete_job(psvc, ada, j.id), error_kind::not_found, "Job not found");
    REQUIRE_ERROR(pipeline::restore_job(psvc, bob, j.id), error_kind::forbidden, "Not your job");
    REQUIRE_ERROR(pipeline::restore_job(psvc, ada, "nope"), error_kind::not_found, "Job not found");

    tick();
    const auto restored = pipeline::restore_job(psvc, ada, j.id);
    REQUIRE(restored.has_value());
    CHECK_FALSE(restored->deleted_at.has_value());
    CHECK(restored->updated_at == clock.now());
    CHECK(pipeline::get_job(psvc, ada, j.id).value() == *restored);

    tick();  // a live job comes back as it is
    CHECK(pipeline::restore_job(psvc, ada, j.id).value() == *restored);
    CHECK(queue.run_all() == 1);  // the purge finds nothing to purge
    CHECK(stored_app(j.id).has_value());
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline jobs: score_stored_job needs a description and a resume or bio",
                 "[pipeline][usecases][jobs][scoring]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    const auto bare = job(ada);
    const auto described = job(ada, {.job_description = backend_posting});
    REQUIRE_FIELD_ERRORS(pipeline::score_stored_job(psvc, ada, bare.id),
                         {.path = {"job_description"}, .code = field_code::missing});
    REQUIRE_FIELD_ERRORS(pipeline::score_stored_job(psvc, ada, described.id),
                         {.path = {"resume"}, .code = field_code::missing});
    REQUIRE_ERROR(pipeline::score_stored_job(psvc, bob, described.id), error_kind::forbidden, "Not your job");
    REQUIRE_ERROR(pipeline::score_stored_job(psvc, ada, "nope"), error_kind::not_found, "Job not found");
    REQUIRE_ERROR(pipeline::score_stored_job(psvc, ada, "\xff"), error_kind::not_found, "Job not found");

    SECTION("the bio alone") {
        const std::string bio = "I write Python and PostgreSQL for payments teams.";
        uc::update_profile_command profile;
        profile.bio = std::optional{bio};
        REQUIRE(uc::update_me(svc, ada, profile).has_value());
        const auto expected = pipeline::score_job("", bio, {described.role_title, backend_posting});
        const auto scored = pipeline::score_stored_job(psvc, ada, described.id);
        REQUIRE(scored.has_value());
        CHECK(scored->score.score == expected.score);
        CHECK(scored->job.ai_match_score == expected.score);
        CHECK(scored->job.ai_reasoning == expected.reasoning);
        CHECK(stored_app(described.id)->ai_match_score == expected.score);
    }
    SECTION("an uploaded resume file, read through the extractor") {
        const auto r = resume(ada);
        const std::string pdf = "%PDF-1.4\n" + resume_body + "\n%%EOF\n";
        REQUIRE(uc::upload_resume_file(svc, ada, r, {"cv.pdf", "application/pdf", pdf}).has_value());
        const auto expected = pipeline::score_job(pdf, "", {described.role_title, backend_posting});
        // The resume must matter, or this case could not tell it was read.
        REQUIRE(expected.score != pipeline::score_job("", "", {described.role_title, backend_posting}).score);
        const auto scored = pipeline::score_stored_job(psvc, ada, described.id);
        REQUIRE(scored.has_value());
        CHECK(scored->job.ai_match_score == expected.score);
        CHECK(scored->score.matched == expected.matched);

        // With a resume text a new job with a description arrives scored; one without stays unscored.
        const auto fresh = job(ada, {.job_title = "Backend Engineer", .job_description = backend_posting});
        CHECK(fresh.ai_match_score == expected.score);
        CHECK(fresh.ai_reasoning == expected.reasoning);
        CHECK_FALSE(job(ada).ai_match_score.has_value());
    }
    SECTION("the CV of the newest prep session, or the resume file when that is newer") {
        auto prep_session = [&](const std::string& cv) {
            tick();
            prep::practice_session p;
            p.user_id = ada.user_id;
            p.job_title = "Engineer";
            p.company_name = "Acme";
            p.cv_text = cv;
            p.created_at = clock.now();
            auto uow = store.begin(ports::access::read_write);
            uow->prep().create(p);
            uow->commit();
        };
        const job_text_of job_text{described.role_title, backend_posting};
        prep_session("Office manager, Excel and scheduling.");
        prep_session(resume_body);  // the newest session's CV counts
        const auto from_cv = pipeline::score_job(resume_body, "", job_text);
        REQUIRE(from_cv.score != pipeline::score_job("Office manager, Excel and scheduling.", "", job_text).score);
        auto scored = pipeline::score_stored_job(psvc, ada, described.id);
        REQUIRE(scored.has_value());
        CHECK(scored->job.ai_match_score == from_cv.score);

        // A resume file uploaded after the session wins over it.
        const auto r = resume(ada);
        const std::string pdf = "%PDF-1.4\nOffice manager, Excel.\n%%EOF\n";
        REQUIRE(uc::upload_resume_file(svc, ada, r, {"cv.pdf", "application/pdf", pdf}).has_value());
        const auto from_file = pipeline::score_job(pdf, "", job_text);
        REQUIRE(from_file.score != from_cv.score);
        scored = pipeline::score_stored_job(psvc, ada, described.id);
        REQUIRE(scored.has_value());
        CHECK(scored->job.ai_match_score == from_file.score);
    }
    SECTION("a deleted job is not found") {
        uc::update_profile_command profile;
        profile.bio = std::optional{std::string{"Python"}};
        REQUIRE(uc::update_me(svc, ada, profile).has_value());
        REQUIRE(pipeline::delete_job(psvc, ada, described.id).has_value());
        REQUIRE_ERROR(pipeline::score_stored_job(psvc, ada, described.id), error_kind::not_found, "Job not found");
    }
}

TEST_CASE_METHOD(pipeline_usecase_fixture, "pipeline jobs: the purge takes jobs deleted longer ago than purge_after",
                 "[pipeline][usecases][jobs][purge]") {
    const auto ada = user("ada");
    const auto old_one = job(ada);
    const auto recent = job(ada);
    const auto live = job(ada);
    stage(ada, old_one.id);
    REQUIRE(pipeline::delete_job(psvc, ada, old_one.id).has_value());
    clock.advance(std::chrono::hours{24 * 10});
    REQUIRE(pipeline::delete_job(psvc, ada, recent.id).has_value());

    SECTION("zero: never") {
        psvc.purge_after = std::chrono::hours{0};
        clock.advance(std::chrono::hours{24 * 3650});
        CHECK(pipeline::purge_deleted_jobs(psvc) == 0);
        CHECK(stored_any(old_one.id).has_value());
        // Nor does a delete queue one.
        queue.tasks.clear();
        REQUIRE(pipeline::delete_job(psvc, ada, live.id).has_value());
        CHECK(queue.tasks.empty());
    }
    SECTION("the default 30 days") {
        clock.advance(std::chrono::hours{24 * 19});  // old_one deleted 29 days ago
        CHECK(pipeline::purge_deleted_jobs(psvc) == 0);
        clock.advance(std::chrono::hours{24 * 2});   // 31 days
        CHECK(pipeline::purge_deleted_jobs(psvc) == 1);
        CHECK_FALSE(stored_any(old_one.id).has_value());
        CHECK(stored_any(recent.id).has_value());
        CHECK(stored_app(live.id).has_value());
        CHECK(store.begin(ports::access::read_only)->stages().list_for({old_one.id}).empty());
        clock.advance(std::chrono::hours{24 * 10});
        CHECK(queue.run_all() == 2);  // the queued purges from the deletes take the rest
        CHECK_FALSE(stored_any(recent.id).has_value());
    }
    SECTION("a shorter purge_after") {
        psvc.purge_after = std::chrono::hours{24};
        CHECK(pipeline::purge_deleted_jobs(psvc) == 1);
        clock.advance(std::chrono::hours{25});
        CHECK(pipeline::purge_deleted_jobs(psvc) == 1);
        CHECK(pipeline::purge_deleted_jobs(psvc) == 0);
    }
}
