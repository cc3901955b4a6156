// Webhooks: endpoint management (org_admin only) and the outbox: which changes enqueue which events, for which
// endpoints, with which payload, in the unit of the change.
#include <memory>
#include <offertracker/ports/storage_error.hpp>

#include "recruiting_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using domain::error_kind;
using domain::field_code;
using rc::member_role;
using rc::webhook_event;

namespace {

rc::create_webhook_command hook(std::string url, std::vector<webhook_event> events) {
    rc::create_webhook_command cmd;
    cmd.url = std::move(url);
    cmd.events = std::move(events);
    return cmd;
}

const std::vector<webhook_event> every_event{webhook_event::job_created, webhook_event::candidate_created,
                                             webhook_event::match_created, webhook_event::application_status_changed};

}  // namespace

TEST_CASE("create_webhook: a generated secret, events deduplicated in order", "[recruiting][webhooks]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto e = rc::create_webhook(
        f.svc, admin.who,
        hook("https://hooks.example.com/in",
             {webhook_event::match_created, webhook_event::job_created, webhook_event::match_created}));
    REQUIRE(e.has_value());
    CHECK(e->id > 0);
    CHECK(e->org_id == admin.org_id);
    CHECK(e->url == "https://hooks.example.com/in");
    CHECK(e->events == std::vector<webhook_event>{webhook_event::match_created, webhook_event::job_created});
    CHECK(e->active);
    CHECK(e->created_at == f.clock.now());
    // "whsec_" and the hex digits of two UUIDs without their dashes.
    REQUIRE(e->secret.size() == 6 + 64);
    CHECK(e->secret.starts_with("whsec_"));
    CHECK(e->secret.find_first_not_of("0123456789abcdef", 6) == std::string::npos);
    auto second = rc::create_webhook(f.svc, admin.who, hook("http://other.example/h", {webhook_event::job_created}));
    CHECK(second->secret != e->secret);

    auto given = hook("https://hooks.example.com/in", {webhook_event::job_created});
    given.secret = "my-own-secret-of-16";
    CHECK(rc::create_webhook(f.svc, admin.who, given)->secret == "my-own-secret-of-16");
}

TEST_CASE("create_webhook validation", "[recruiting][webhooks]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    REQUIRE_FIELD_ERRORS(rc::create_webhook(f.svc, admin.who, hook("hooks.example.com", {})),
                         {.path = {"url"}, .code = field_code::not_a_url},
                         {.path = {"events"}, .code = field_code::missing});
    REQUIRE_FIELD_ERRORS(
        rc::create_webhook(f.svc, admin.who,
                           hook("https://h.example/" + std::string(1983, 'a'), {webhook_event::job_created})),
        {.path = {"url"}, .code = field_code::too_long, .limit = 2000});
    REQUIRE_FIELD_ERRORS(rc::create_webhook(f.svc, admin.who, hook("ftp://h.example/", {webhook_event::job_created})),
                         {.path = {"url"}, .code = field_code::not_a_url});
    auto cmd = hook("https://h.example/", {webhook_event::job_created});
    cmd.secret = "too-short";
    REQUIRE_FIELD_ERRORS(rc::create_webhook(f.svc, admin.who, cmd),
                         {.path = {"secret"}, .code = field_code::too_short, .limit = 16});
    cmd.secret = std::string(201, 's');
    REQUIRE_FIELD_ERRORS(rc::create_webhook(f.svc, admin.who, cmd),
                         {.path = {"secret"}, .code = field_code::too_long, .limit = 200});
}

TEST_CASE("webhooks are the org_admin's: recruiters and viewers get 403, other orgs 404", "[recruiting][webhooks]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto zed = f.org("zed");
    auto rec = f.colleague(admin, "rob", member_role::recruiter);
    auto viewer = f.colleague(admin, "vic", member_role::viewer);
    auto mine = f.webhook(admin, {webhook_event::job_created});
    auto theirs = f.webhook(zed, {webhook_event::job_created});
    for (const auto* m : {&rec, &viewer}) {
        REQUIRE_FORBIDDEN(rc::create_webhook(f.svc, m->who, hook("https://h.example/", {webhook_event::job_created})));
        REQUIRE_FORBIDDEN(rc::list_webhooks(f.svc, m->who));
        REQUIRE_FORBIDDEN(rc::delete_webhook(f.svc, m->who, mine.id));
        REQUIRE_FORBIDDEN(rc::list_deliveries(f.svc, m->who, mine.id, {}));
    }
    REQUIRE_NOT_FOUND(rc::delete_webhook(f.svc, admin.who, theirs.id), "Webhook not found");
    REQUIRE_NOT_FOUND(rc::list_deliveries(f.svc, admin.who, theirs.id, {}), "Webhook not found");
    REQUIRE_NOT_FOUND(rc::delete_webhook(f.svc, admin.who, 9999), "Webhook not found");
    REQUIRE_UNAUTHENTICATED(rc::list_webhooks(f.svc, rc::recruiter{9999}));

    auto list = rc::list_webhooks(f.svc, admin.who);
    REQUIRE(list.has_value());
    REQUIRE(list->size() == 1);
    CHECK((*list)[0].id == mine.id);
    CHECK((*list)[0].secret.empty());  // shown by create only

    REQUIRE(rc::delete_webhook(f.svc, admin.who, mine.id).has_value());
    CHECK(rc::list_webhooks(f.svc, admin.who)->empty());
    REQUIRE_NOT_FOUND(rc::delete_webhook(f.svc, admin.who, mine.id), "Webhook not found");
}

TEST_CASE("job.created: the exact payload, queued pending for now", "[recruiting][webhooks]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto e = f.webhook(admin, {webhook_event::job_created});
    rc::create_job_command cmd;
    cmd.title = "Senior \"Backend\" Engineer";
    cmd.location = "New York, NY";
    cmd.salary_min = 160000;
    cmd.currency = "USD";
    cmd.required_skills = std::vector<std::string>{"Python", "FastAPI"};
    f.clock.set(at(2026, 3, 15, 10, 30, 5, 123456));
    auto j = rc::create_job(f.svc, admin.who, cmd);
    REQUIRE(j.has_value());

    auto queued = f.deliveries(admin, e.id);
    REQUIRE(queued.size() == 1);
    const auto& d = queued[0];
    CHECK(d.event == webhook_event::job_created);
    CHECK(d.state == rc::delivery_state::pending);
    CHECK(d.attempts == 0);
    CHECK(d.next_attempt_at == f.clock.now());
    CHECK(d.created_at == f.clock.now());
    CHECK(d.org_id == admin.org_id);
    const std::string id = std::to_string(j->id), org = std::to_string(admin.org_id),
                      by = std::to_string(admin.who.member_id);
    CHECK(d.payload ==
          R"({"event":"job.created","org_id":)" + org +
              R"(,"occurred_at":"2026-03-15T10:30:05.123456Z","data":{"id":)" + id + R"(,"org_id":)" + org +
              R"(,"created_by_user_id":)" + by +
              R"(,"title":"Senior \"Backend\" Engineer","department":null,"location":"New York, NY",)"
              R"("employment_type":null,"remote_option":null,"salary_min":160000,"salary_max":null,"currency":"USD",)"
              R"("description":null,"required_skills":["Python","FastAPI"],"nice_to_have_skills":[],"min_years":null,)"
              R"("status":"open","is_public":false}})");
}

TEST_CASE("candidate.created and application.status_changed payloads", "[recruiting][webhooks]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto e = f.webhook(admin, every_event);
    auto j = f.job(admin, "Engineer");
    rc::create_candidate_command cmd;
    cmd.full_name = "Jane Doe";
    cmd.experience_years = 8;
    cmd.skills = std::vector<std::string>{"Go"};
    cmd.resume_text = "secret resume text";
    auto c = rc::create_candidate(f.svc, admin.who, cmd)->record;
    auto a = f.application(admin, j.id, c.id);  // creation is no status change: nothing queued
    CHECK(f.deliveries(admin, e.id).size() == 2);

    rc::update_application_command up;
    up.status = std::optional<rc::application_status>{rc::application_status::interview};
    up.fit_score = std::optional<long long>{70};
    REQUIRE(rc::update_application(f.svc, admin.who, a.id, up).has_value());
    rc::update_application_command score_only;
    score_only.fit_score = std::optional<long long>{75};
    REQUIRE(rc::update_application(f.svc, admin.who, a.id, score_only).has_value());  // no status change

    auto queued = f.deliveries(admin, e.id);  // newest first
    REQUIRE(queued.size() == 3);
    CHECK(queued[2].event == webhook_event::job_created);
    CHECK(queued[1].event == webhook_event::candidate_created);
    CHECK(queued[0].event == webhook_event::application_status_changed);
    const std::string org = std::to_string(admin.org_id);
    const auto data = [](const std::string& payload) { return payload.substr(payload.find(R"("data":)") + 7); };
    CHECK(data(queued[1].payload) ==
          R"({"id":)" + std::to_string(c.id) + R"(,"org_id":)" + org +
              R"(,"full_name":"Jane Doe","headline":null,"location":null,"experience_years":8,"current_title":null,)"
              R"("current_company":null,"linkedin_url":null,"github_url":null,"website_url":null,"notes":null,)"
              R"("email":null,"phone":null,"skills":["Go"]}})");
    CHECK(queued[1].payload.find("secret resume text") == std::string::npos);
    CHECK(data(queued[0].payload) ==
          R"({"id":)" + std::to_string(a.id) + R"(,"org_id":)" + org + R"(,"job_id":)" + std::to_string(j.id) +
              R"(,"candidate_id":)" + std::to_string(c.id) +
              R"(,"status":"interview","source":"manual","fit_score":70,"from_status":"sourced"}})");
    CHECK(queued[0].payload.starts_with(R"({"event":"application.status_changed","org_id":)" + org + ","));
}

TEST_CASE("only the org's active endpoints subscribed to the event get a delivery", "[recruiting][webhooks]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto zed = f.org("zed");
    auto jobs_hook = f.webhook(admin, {webhook_event::job_created});
    auto candidates_hook = f.webhook(admin, {webhook_event::candidate_created});
    auto their_hook = f.webhook(zed, {webhook_event::job_created});
    rc::record_id inactive_id = 0;
    {
        auto uow = f.store.begin(ports::access::read_write);
        rc::webhook_endpoint off;
        off.org_id = admin.org_id;
        off.url = "https://off.example/";
        off.secret = "whsec_off_off_off_off";
        off.events = {webhook_event::job_created};
        off.active = false;
        inactive_id = uow->webhooks().create(off);
        uow->commit();
    }
    f.job(admin, "Engineer");
    CHECK(f.deliveries(admin, jobs_hook.id).size() == 1);
    CHECK(f.deliveries(admin, candidates_hook.id).empty());
    CHECK(f.deliveries(zed, their_hook.id).empty());
    CHECK(f.deliveries(admin, inactive_id).empty());

    // list_deliveries shows them, with their (still empty) attempts.
    auto listed = rc::list_deliveries(f.svc, admin.who, jobs_hook.id, {0, 10});
    REQUIRE(listed.has_value());
    CHECK(listed->total == 1);
    REQUIRE(listed->items.size() == 1);
    CHECK(listed->items[0].delivery.event == webhook_event::job_created);
    CHECK(listed->items[0].attempts.empty());
}

TEST_CASE("a refused write enqueues nothing", "[recruiting][webhooks]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto viewer = f.colleague(admin, "vic", member_role::viewer);
    auto e = f.webhook(admin, every_event);
    rc::create_job_command bad;
    bad.title = "";
    CHECK_FALSE(rc::create_job(f.svc, admin.who, bad).has_value());
    bad.title = "Engineer";
    CHECK_FALSE(rc::create_job(f.svc, viewer.who, bad).has_value());
    rc::create_candidate_command c;
    c.full_name = "Jane";
    CHECK_FALSE(rc::create_candidate(f.svc, viewer.who, c).has_value());

    auto j = f.job(admin, "Engineer");
    auto cand = f.candidate(admin, "Jane");
    auto a = f.application(admin, j.id, cand.id);
    const auto before = f.deliveries(admin, e.id).size();
    rc::update_application_command up;
    up.status = std::optional<rc::application_status>{rc::application_status::hired};
    up.fit_score = std::optional<long long>{500};  // 422: the status change is not applied
    CHECK_FALSE(rc::update_application(f.svc, admin.who, a.id, up).has_value());
    CHECK_FALSE(rc::update_application(f.svc, viewer.who, a.id, up).has_value());
    CHECK(f.deliveries(admin, e.id).size() == before);
    CHECK(rc::get_application_history(f.svc, admin.who, a.id)->size() == 1);
}

TEST_CASE("deleting an endpoint removes its queued deliveries", "[recruiting][webhooks]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto e = f.webhook(admin, {webhook_event::job_created});
    f.job(admin, "Engineer");
    REQUIRE(f.deliveries(admin, e.id).size() == 1);
    REQUIRE(rc::delete_webhook(f.svc, admin.who, e.id).has_value());
    CHECK(f.deliveries(admin, e.id).empty());
}

namespace {

// A store whose first `conflicts` read_write units lose a race at commit (ports::transaction_conflict), as a SQL
// store's can: the use case's write unit is rolled back and run again by in_write_unit.
class conflicting_store final : public ports::recruiting_store {
public:
    explicit conflicting_store(ports::recruiting_store& inner, int conflicts) : inner_(inner), conflicts_(conflicts) {}
    int reruns = 0;
    // The next `n` write units lose their race.
    void lose(int n) { conflicts_ = n; }

    std::unique_ptr<ports::recruiting_unit_of_work> begin(ports::access mode) override {
        return std::make_unique<unit>(inner_.begin(mode), mode == ports::access::read_write ? &conflicts_ : nullptr);
    }
    void pause_before_rerun(int) override { ++reruns; }

private:
    class unit final : public ports::recruiting_unit_of_work {
    public:
        unit(std::unique_ptr<ports::recruiting_unit_of_work> inner, int* conflicts)
            : inner_(std::move(inner)), conflicts_(conflicts) {}
        ports::organization_repository& organizations() override { return inner_->organizations(); }
        ports::member_repository& members() override { return inner_->members(); }
        ports::job_repository& jobs() override { return inner_->jobs(); }
        ports::candidate_repository& candidates() override { return inner_->candidates(); }
        ports::pipeline_repository& pipeline() override { return inner_->pipeline(); }
        ports::match_log_repository& match_logs() override { return inner_->match_logs(); }
        ports::webhook_repository& webhooks() override { return inner_->webhooks(); }
        bool lock_org(rc::record_id org_id) override { return inner_->lock_org(org_id); }
        void commit() override {
            if (conflicts_ && *conflicts_ > 0) {
                --*conflicts_;
                throw ports::transaction_conflict("lost a race");
            }
            inner_->commit();
        }

    private:
        std::unique_ptr<ports::recruiting_unit_of_work> inner_;
        int* conflicts_;
    };

    ports::recruiting_store& inner_;
    int conflicts_;
};

}  // namespace

TEST_CASE("a write that loses a race is rerun whole: one record, one history entry, one delivery",
          "[recruiting][webhooks]") {
    recruiting_fixture f;
    auto admin = f.org("ada");
    auto hook = f.webhook(admin, every_event);
    auto j = f.job(admin, "Engineer");
    auto c = f.candidate(admin, "Jane");
    auto a = f.application(admin, j.id, c.id);
    const auto queued_before = f.deliveries(admin, hook.id).size();

    conflicting_store racing{f.store, 2};
    rc::services svc{racing, f.clock, f.ids, f.hasher, f.tokens, f.log, f.throttle, f.extractor};
    rc::create_job_command cmd;
    cmd.title = "Rerun Engineer";
    auto created = rc::create_job(svc, admin.who, cmd);
    REQUIRE(created.has_value());
    CHECK(racing.reruns == 2);
    CHECK(rc::list_jobs(f.svc, admin.who, {}, {})->total == 2);

    racing.lose(1);
    rc::update_application_command up;
    up.status = std::optional<rc::application_status>{rc::application_status::offer};
    REQUIRE(rc::update_application(svc, admin.who, a.id, up).has_value());
    CHECK(rc::get_application_history(f.svc, admin.who, a.id)->size() == 2);
    CHECK(f.deliveries(admin, hook.id).size() == queued_before + 2);  // job.created and status_changed, once each
}
