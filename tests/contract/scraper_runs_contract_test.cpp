// Contract of ports::scraper_run_repository (the Pipeline's import runs), run against every store.
#include <catch2/catch.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

namespace {

// Runs have no table of their own in contract::table; ids past its last one keep them apart.
domain::id run_id(int n) { return uuid(static_cast<table>(50), n); }

pipeline::scraper_run make_run(int n, const domain::id& user_id) {
    pipeline::scraper_run r;
    r.id = run_id(n);
    r.user_id = user_id;
    r.url = "https://jobs.example.com/posting/" + std::to_string(n) + "?ref=é";
    r.created_at = at(2000 + n, 3);
    return r;
}

std::vector<domain::id> run_ids(const std::vector<pipeline::scraper_run>& runs) {
    std::vector<domain::id> out;
    for (const auto& r : runs) out.push_back(r.id);
    return out;
}

}  // namespace

TEST_CASE("scraper runs: insert then find returns every field; update writes the outcome",
          "[contract][pipeline][scraper_runs]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto job = make_application(1, owner.id);
        auto run = make_run(1, owner.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(job);
            uow.scraper_runs().insert(run);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.scraper_runs().find(run.id) == run);
            CHECK_FALSE(uow.scraper_runs().find(run_id(99)).has_value());
            return 0;
        });

        run.status = pipeline::run_status::done;
        run.job_id = job.id;
        run.created = true;
        run.finished_at = at(3000, 999'999);
        write(*store, [&](auto& uow) { uow.scraper_runs().update(run); });
        CHECK(read(*store, [&](auto& uow) { return uow.scraper_runs().find(run.id); }) == run);

        run.status = pipeline::run_status::failed;
        run.job_id.reset();
        run.created = false;
        run.error = "The page answered HTTP 404 — «missing»";
        run.finished_at = at(3001);
        write(*store, [&](auto& uow) { uow.scraper_runs().update(run); });
        CHECK(read(*store, [&](auto& uow) { return uow.scraper_runs().find(run.id); }) == run);
    }
}

TEST_CASE("scraper runs: unfinished lists queued and running runs of every user, oldest first",
          "[contract][pipeline][scraper_runs]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        auto queued_late = make_run(1, owner.id);
        queued_late.created_at = at(900);
        auto running = make_run(2, other.id);
        running.status = pipeline::run_status::running;
        running.created_at = at(100);
        auto done = make_run(3, owner.id);
        done.status = pipeline::run_status::done;
        done.finished_at = at(200);
        auto failed = make_run(4, owner.id);
        failed.status = pipeline::run_status::failed;
        failed.error = "No job posting was found on the page";
        auto queued_early = make_run(5, owner.id);
        queued_early.created_at = at(50);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            for (const auto& r : {queued_late, running, done, failed, queued_early}) uow.scraper_runs().insert(r);
        });
        auto unfinished = [&] { return read(*store, [&](auto& uow) { return uow.scraper_runs().unfinished(); }); };
        CHECK(run_ids(unfinished()) == std::vector{queued_early.id, running.id, queued_late.id});
        CHECK(unfinished().front() == queued_early);

        running.status = pipeline::run_status::done;
        running.finished_at = at(1000);
        write(*store, [&](auto& uow) { uow.scraper_runs().update(running); });
        CHECK(run_ids(unfinished()) == std::vector{queued_early.id, queued_late.id});
    }
}

TEST_CASE("scraper runs: deleting the job a run names keeps the run, unlinked", "[contract][pipeline][scraper_runs]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto job = make_application(1, owner.id);
        auto run = make_run(1, owner.id);
        run.status = pipeline::run_status::done;
        run.job_id = job.id;
        run.created = true;
        run.finished_at = at(3000);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(job);
            uow.scraper_runs().insert(run);
        });
        write(*store, [&](auto& uow) { uow.applications().remove(job.id); });
        auto expected = run;
        expected.job_id.reset();
        CHECK(read(*store, [&](auto& uow) { return uow.scraper_runs().find(run.id); }) == expected);
    }
}
