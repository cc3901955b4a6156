// The analytics use cases over the in-memory ports: the dashboard and the question bank read the actor's data
// only, follow the Clock, and take a bounded number of queries (counted by a decorating store).
#include <offertracker/usecases/analytics.hpp>

#include "core_fixture.hpp"

using namespace offertracker;
using namespace offertracker::test;
using S = domain::application_status;

namespace {

// Counts repository calls made through the units of work it opens; forwards everything to the real store.
class counting_store final : public ports::store {
public:
    explicit counting_store(ports::store& inner) : inner_(inner) {}
    int calls = 0;

    std::unique_ptr<ports::unit_of_work> begin(ports::access mode) override {
        return std::make_unique<counting_unit>(inner_.begin(mode), calls);
    }

private:
    class counted_applications final : public ports::application_repository {
    public:
        counted_applications(ports::application_repository& r, int& calls) : r_(r), calls_(calls) {}
        void insert(const domain::application& a) override { ++calls_, r_.insert(a); }
        void update(const domain::application& a) override { ++calls_, r_.update(a); }
        void remove(const domain::id& id) override { ++calls_, r_.remove(id); }
        std::optional<domain::application> find(const domain::id& id) override { return ++calls_, r_.find(id); }
        std::vector<domain::application> list(const domain::id& u, const ports::application_filter& f,
                                              ports::page p) override {
            return ++calls_, r_.list(u, f, p);
        }
        std::vector<domain::application> list_all(const domain::id& u) override { return ++calls_, r_.list_all(u); }
        std::optional<domain::application> find_any(const domain::id& id) override { return ++calls_, r_.find_any(id); }
        std::optional<domain::application> find_by_url(const domain::id& u, std::string_view url) override {
            return ++calls_, r_.find_by_url(u, url);
        }
        ports::job_page search(const domain::id& u, const ports::job_query& q) override {
            return ++calls_, r_.search(u, q);
        }
        std::size_t purge_deleted(domain::timestamp cutoff) override { return ++calls_, r_.purge_deleted(cutoff); }

    private:
        ports::application_repository& r_;
        int& calls_;
    };
    class counted_stages final : public ports::stage_repository {
    public:
        counted_stages(ports::stage_repository& r, int& calls) : r_(r), calls_(calls) {}
        void insert(const domain::stage& s) override { ++calls_, r_.insert(s); }
        void update(const domain::stage& s) override { ++calls_, r_.update(s); }
        void remove(const domain::id& id) override { ++calls_, r_.remove(id); }
        std::optional<domain::stage> find(const domain::id& id) override { return ++calls_, r_.find(id); }
        std::vector<domain::stage> list_for(const std::vector<domain::id>& ids) override {
            return ++calls_, r_.list_for(ids);
        }
        std::vector<domain::stage> list_for_user(const domain::id& u) override { return ++calls_, r_.list_for_user(u); }

    private:
        ports::stage_repository& r_;
        int& calls_;
    };
    class counted_outcomes final : public ports::outcome_repository {
    public:
        counted_outcomes(ports::outcome_repository& r, int& calls) : r_(r), calls_(calls) {}
        void insert(const domain::outcome& o) override { ++calls_, r_.insert(o); }
        void update(const domain::outcome& o) override { ++calls_, r_.update(o); }
        void remove(const domain::id& id) override { ++calls_, r_.remove(id); }
        std::optional<domain::outcome> find(const domain::id& id) override { return ++calls_, r_.find(id); }
        std::optional<domain::outcome> find_for(const domain::id& id) override { return ++calls_, r_.find_for(id); }
        std::vector<domain::outcome> list_for(const std::vector<domain::id>& ids) override {
            return ++calls_, r_.list_for(ids);
        }
        std::vector<domain::outcome> list_for_user(const domain::id& u) override {
            return ++calls_, r_.list_for_user(u);
        }

    private:
        ports::outcome_repository& r_;
        int& calls_;
    };

    // Any other repository is not expected by these use cases: reaching one counts a large number, so a
    // test that bounds the calls fails.
    class counting_unit final : public ports::unit_of_work {
    public:
        counting_unit(std::unique_ptr<ports::unit_of_work> inner, int& calls)
            : inner_(std::move(inner)), calls_(calls), apps_(inner_->applications(), calls),
              stages_(inner_->stages(), calls), outcomes_(inner_->outcomes(), calls) {}
        ports::application_repository& applications() override { return apps_; }
        ports::stage_repository& stages() override { return stages_; }
        ports::outcome_repository& outcomes() override { return outcomes_; }
        ports::user_repository& users() override { return other(inner_->users()); }
        ports::resume_repository& resumes() override { return other(inner_->resumes()); }
        ports::reflection_repository& reflections() override { return other(inner_->reflections()); }
        ports::activity_repository& activity() override { return other(inner_->activity()); }
        ports::contact_repository& contacts() override { return other(inner_->contacts()); }
        ports::document_repository& documents() override { return other(inner_->documents()); }
        ports::reminder_repository& reminders() override { return other(inner_->reminders()); }
        ports::tag_repository& tags() override { return other(inner_->tags()); }
        ports::saved_job_repository& saved_jobs() override { return other(inner_->saved_jobs()); }
        ports::progress_repository& progress() override { return other(inner_->progress()); }
        ports::social_repository& social() override { return other(inner_->social()); }
        ports::prep_repository& prep() override { return other(inner_->prep()); }
        ports::browser_session_repository& browser_sessions() override { return other(inner_->browser_sessions()); }
        ports::scraper_run_repository& scraper_runs() override { return other(inner_->scraper_runs()); }
        bool lock_owner(const domain::id& owner) override { return inner_->lock_owner(owner); }
        void commit() override { inner_->commit(); }

    private:
        template <class R>
        R& other(R& r) {
            calls_ += 1000;
            return r;
        }
        std::unique_ptr<ports::unit_of_work> inner_;
        int& calls_;
        counted_applications apps_;
        counted_stages stages_;
        counted_outcomes outcomes_;
    };

    ports::store& inner_;
};

uc::create_application_command application(std::string company, std::optional<S> status = S::applied,
                                           std::optional<domain::source> source = std::nullopt) {
    uc::create_application_command cmd;
    cmd.company_name = std::move(company);
    cmd.role_title = "Engineer";
    cmd.status = status;
    cmd.applied_source = source;
    return cmd;
}

}  // namespace

TEST_CASE_METHOD(core_fixture, "dashboard: a new user sees the empty defaults and 12 zero weeks ending today",
                 "[usecases][analytics]") {
    const auto ada = user("ada");
    auto d = uc::get_dashboard(svc, ada);
    REQUIRE(d.has_value());
    CHECK(d->pipeline.empty());
    CHECK(d->source_breakdown.empty());
    CHECK(d->top_companies.empty());
    CHECK(d->salary_insights == domain::salary_insight{});
    REQUIRE(d->weekly_trend.size() == 12);
    CHECK(d->weekly_trend.front().week == "2025-W52");
    CHECK(d->weekly_trend.back().week == "2026-W11");  // fixed_today() 2026-03-15
}

TEST_CASE_METHOD(core_fixture, "dashboard: the actor's applications, stages and outcomes, after auto-transitions",
                 "[usecases][analytics]") {
    const auto ada = user("ada");
    const auto bob = user("bob");

    auto cmd = application("Acme", S::applied, domain::source::linkedin);
    cmd.applied_date = ymd(2026, 3, 10);
    cmd.salary_min = 90000;
    cmd.salary_max = 110000;
    tick();
    const auto acme = uc::create_application(svc, ada, cmd)->application.id;
    tick();
    const auto globex = uc::create_application(svc, ada, application("Globex", S::applied))->application.id;
    tick();
    (void)uc::create_application(svc, ada, application("Initech", S::saved, domain::source::referral));

    // A stage on an Applied application moves it to Interviewing; an Offer outcome then to Offer.
    uc::create_stage_command stage_cmd;
    stage_cmd.stage_name = "Screen";
    stage_cmd.stage_date = ymd(2026, 3, 12);
    tick();
    REQUIRE(uc::add_stage(svc, ada, acme, stage_cmd).has_value());
    uc::create_outcome_command offer;
    offer.salary = 120000;
    tick();
    REQUIRE(uc::add_outcome(svc, ada, acme, offer).has_value());
    uc::create_outcome_command rejected;
    rejected.status = domain::outcome_status::rejected;
    tick();
    REQUIRE(uc::add_outcome(svc, ada, globex, rejected).has_value());

    // Bob's data never shows in Ada's dashboard.
    auto bob_cmd = application("Acme", S::accepted, domain::source::linkedin);
    bob_cmd.applied_date = ymd(2026, 3, 10);
    tick();
    const auto bob_app = uc::create_application(svc, bob, bob_cmd)->application.id;
    tick();
    (void)uc::add_stage(svc, bob, bob_app, stage_cmd);

    auto d = uc::get_dashboard(svc, ada);
    REQUIRE(d.has_value());
    // Acme: Offer, Globex: Rejected, Initech: Saved.
    CHECK(d->pipeline == std::vector<domain::pipeline_count>{{S::offer, 1}, {S::rejected, 1}, {S::saved, 1}});
    CHECK(d->response_rate == 1.0);
    CHECK(d->interview_rate == 0.5);
    CHECK(d->offer_rate == 0.5);
    CHECK(d->source_breakdown == std::vector<domain::source_effectiveness>{
                                     {"LinkedIn", 1, 1, 1}, {"Unknown", 1, 0, 0}, {"Referral", 1, 0, 0}});
    // Acme applied 2026-03-10; Globex, created as Applied without a date, was stamped with today (2026-03-15).
    CHECK(d->weekly_trend.back() == domain::weekly_count{"2026-W11", 2, 1});
    CHECK(d->salary_insights == domain::salary_insight{1, 90000.0, 110000.0, 1, 120000.0, 120000, "USD"});
    CHECK(d->top_companies ==
          std::vector<domain::company_count>{{"Acme", 1}, {"Globex", 1}, {"Initech", 1}});
}

TEST_CASE_METHOD(core_fixture, "dashboard: the weekly trend follows the Clock", "[usecases][analytics]") {
    const auto ada = user("ada");
    auto cmd = application("Acme");
    cmd.applied_date = ymd(2026, 3, 20);  // in the future on 2026-03-15
    REQUIRE(uc::create_application(svc, ada, cmd).has_value());
    auto before = uc::get_dashboard(svc, ada);
    REQUIRE(before.has_value());
    for (const auto& w : before->weekly_trend) CHECK(w.applications == 0);

    set_day(ymd(2026, 3, 20));
    auto after = uc::get_dashboard(svc, ada);
    REQUIRE(after.has_value());
    CHECK(after->weekly_trend.back() == domain::weekly_count{"2026-W12", 1, 0});
    CHECK(after->weekly_trend.front().week == "2026-W01");
}

TEST_CASE_METHOD(core_fixture, "dashboard: three queries whatever the number of applications",
                 "[usecases][analytics][queries]") {
    const auto ada = user("ada");
    counting_store counting(store);
    uc::services counted{counting, clock, ids, hasher, tokens, files, log, throttle};

    auto queries_for_dashboard = [&] {
        counting.calls = 0;
        REQUIRE(uc::get_dashboard(counted, ada).has_value());
        return counting.calls;
    };
    CHECK(queries_for_dashboard() == 3);
    for (int i = 0; i < 40; ++i) {
        const auto id = app(ada, S::applied, "Company " + std::to_string(i));
        stage(ada, id);
    }
    CHECK(queries_for_dashboard() == 3);

    counting.calls = 0;
    REQUIRE(uc::list_questions(counted, ada).has_value());
    CHECK(counting.calls == 2);
}

TEST_CASE_METHOD(core_fixture, "question bank: the actor's questions in stage order with type, company and role",
                 "[usecases][analytics][questions]") {
    const auto ada = user("ada");
    const auto bob = user("bob");
    auto empty = uc::list_questions(svc, ada);
    REQUIRE(empty.has_value());
    CHECK(empty->total == 0);

    const auto acme = app(ada, S::applied, "Acme Corp", "Software Engineer");
    const auto globex = app(ada, S::applied, "Globex", "SRE");
    const auto bobs = app(bob, S::applied, "Hooli", "PM");
    auto add = [&](const uc::actor& who, const domain::id& a, std::string name, std::optional<domain::stage_type> type,
                   std::vector<std::string> questions) {
        tick();
        uc::create_stage_command cmd;
        cmd.stage_name = std::move(name);
        cmd.stage_type = type;
        cmd.questions_asked = std::move(questions);
        REQUIRE(uc::add_stage(svc, who, a, cmd).has_value());
    };
    add(ada, globex, "Coffee chat", std::nullopt, {"Why us?"});
    add(ada, acme, "Round 1", domain::stage_type::behavioral, {"Tell me about a time you resolved a conflict.", "Why leave?"});
    add(bob, bobs, "Secret", std::nullopt, {"Bob's question"});
    add(ada, acme, "Round 2", domain::stage_type::technical, {});

    auto bank = uc::list_questions(svc, ada);
    REQUIRE(bank.has_value());
    CHECK(bank->total == 3);
    CHECK(bank->questions == std::vector<domain::bank_question>{
                                 {"Why us?", "Coffee chat", "Globex", "SRE"},
                                 {"Tell me about a time you resolved a conflict.", "Behavioral", "Acme Corp", "Software Engineer"},
                                 {"Why leave?", "Behavioral", "Acme Corp", "Software Engineer"},
                             });
}
