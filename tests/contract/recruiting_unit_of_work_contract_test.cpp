// Contract of ports::recruiting_unit_of_work and ports::recruiting_store: commit, rollback, isolation, lock_org.
#include <set>
#include <thread>

#include <offertracker/ports/in_write_unit.hpp>

#include "recruiting_fixtures.hpp"

using namespace recruiting_contract;

TEST_CASE("recruiting unit of work: a fresh store is empty", "[contract][recruiting][unit_of_work]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.organizations().get(1).has_value());
            CHECK_FALSE(uow.members().find(1).has_value());
            CHECK(uow.jobs().list(1, {}, {}).total == 0);
            CHECK(uow.candidates().list(1, std::nullopt, {}).total == 0);
            CHECK(uow.pipeline().list(1, {}, {}).total == 0);
            CHECK(uow.match_logs().list(1, {}).total == 0);
            CHECK(uow.webhooks().list(1).empty());
            return 0;
        });
    }
}

TEST_CASE("recruiting unit of work: writes are visible inside the unit, and to later units after commit",
          "[contract][recruiting][unit_of_work]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        {
            auto uow = store->begin(ports::access::read_write);
            const auto org = uow->organizations().create(make_org(1));
            const auto job = uow->jobs().create(make_job(1, org));
            CHECK(uow->jobs().get(org, job).has_value());
            CHECK(uow->jobs().list(org, {}, {}).total == 1);
            uow->commit();
        }
        read(*store, [&](auto& uow) {
            CHECK(uow.organizations().get(1).has_value());
            CHECK(uow.jobs().get(1, 1).has_value());
            return 0;
        });
    }
}

TEST_CASE("recruiting unit of work: destroying without commit rolls back every table",
          "[contract][recruiting][unit_of_work]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        struct ids {
            record_id member, job, cand, app, hook, delivery;
        };
        const auto kept = write(*store, [&](auto& uow) {
            ids i;
            i.member = uow.members().create(make_member(1, orgs.a));
            i.job = uow.jobs().create(make_job(1, orgs.a));
            i.cand = uow.candidates().create(make_candidate(1, orgs.a));
            i.app = uow.pipeline().create(make_application(orgs.a, i.job, i.cand));
            i.hook = uow.webhooks().create(make_webhook(1, orgs.a));
            i.delivery = uow.webhooks().enqueue(make_delivery(1, orgs.a, i.hook, at(1)));
            return i;
        });
        {
            auto uow = store->begin(ports::access::read_write);
            uow->organizations().create(make_org(3));
            uow->members().create(make_member(2, orgs.a));
            auto member = *uow->members().find(kept.member);
            member.full_name = "changed";
            uow->members().update(member);
            const auto job2 = uow->jobs().create(make_job(2, orgs.a));
            auto job = *uow->jobs().get(orgs.a, kept.job);
            job.title = "changed";
            uow->jobs().update(job);
            const auto cand2 = uow->candidates().create(make_candidate(2, orgs.a));
            uow->pipeline().create(make_application(orgs.a, job2, cand2));
            uow->pipeline().add_change({.org_id = orgs.a, .application_id = kept.app,
                                        .to_status = recruiting::application_status::applied,
                                        .changed_by_user_id = 1, .changed_at = at(2)});
            uow->match_logs().add({{.org_id = orgs.a, .job_id = kept.job, .candidate_id = kept.cand, .score = 1,
                                    .reason = "", .requested_by_user_id = 1, .created_at = at(2)}});
            uow->webhooks().create(make_webhook(2, orgs.a));
            uow->webhooks().claim_due(at(10), at(20), 10);
            uow->candidates().remove(orgs.a, kept.cand);
            // No commit.
        }
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.organizations().get(3).has_value());
            CHECK(uow.members().list(orgs.a).size() == 1);
            CHECK(uow.members().find(kept.member)->full_name == make_member(1, orgs.a).full_name);
            CHECK(uow.jobs().list(orgs.a, {}, {}).total == 1);
            CHECK(uow.jobs().get(orgs.a, kept.job)->title == make_job(1, orgs.a).title);
            CHECK(uow.candidates().list(orgs.a, std::nullopt, {}).total == 1);
            CHECK(uow.pipeline().list(orgs.a, {}, {}).total == 1);
            CHECK(uow.pipeline().get(orgs.a, kept.app).has_value());
            CHECK(uow.pipeline().history(orgs.a, kept.app).empty());
            CHECK(uow.match_logs().list(orgs.a, {}).total == 0);
            CHECK(uow.webhooks().list(orgs.a).size() == 1);
            const auto d = uow.webhooks().deliveries(orgs.a, kept.hook, {});
            REQUIRE(d.items.size() == 1);
            CHECK(d.items[0].next_attempt_at == at(1));
            return 0;
        });
        // A unit that threw (here a unique violation) and is abandoned leaves nothing either.
        {
            auto uow = store->begin(ports::access::read_write);
            uow->jobs().create(make_job(3, orgs.a));
            CHECK_THROWS_AS(uow->pipeline().create(make_application(orgs.a, kept.job, kept.cand)),
                            ports::unique_violation);
        }
        read(*store, [&](auto& uow) {
            CHECK(uow.jobs().list(orgs.a, {}, {}).total == 1);
            return 0;
        });
    }
}

TEST_CASE("recruiting unit of work: lock_org is true for an existing org only",
          "[contract][recruiting][unit_of_work]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        auto uow = store->begin(ports::access::read_write);
        CHECK(uow->lock_org(orgs.a));
        CHECK(uow->lock_org(orgs.b));
        CHECK_FALSE(uow->lock_org(99));
        // The unit goes on working after locking.
        CHECK(uow->jobs().create(make_job(1, orgs.a)) == 1);
        uow->commit();
    }
}

TEST_CASE("recruiting unit of work: in_write_unit runs a body over a Recruiting store",
          "[contract][recruiting][unit_of_work]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto id = ports::in_write_unit(*store, [](ports::recruiting_unit_of_work& uow) {
            auto org = uow.organizations().create(make_org(1));
            CHECK(uow.lock_org(org));
            uow.commit();
            return org;
        });
        CHECK(id == 1);
        read(*store, [&](auto& uow) {
            CHECK(uow.organizations().get(id).has_value());
            return 0;
        });
    }
}

TEST_CASE("recruiting unit of work: the id of a removed record is never handed out again",
          "[contract][recruiting][unit_of_work]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        const auto [job_, cand_, hook_] = write(*store, [&](auto& uow) {
            return std::tuple{uow.jobs().create(make_job(1, orgs.a)),
                              uow.candidates().create(make_candidate(1, orgs.a)),
                              uow.webhooks().create(make_webhook(1, orgs.a))};
        });
        // Plain copies: lambdas (the CHECK macros' among them) capture these, and clang 14 cannot capture bindings.
        const auto job = job_, cand = cand_, hook = hook_;
        write(*store, [&](auto& uow) {
            CHECK(uow.jobs().remove(orgs.a, job));
            CHECK(uow.candidates().remove(orgs.a, cand));
            CHECK(uow.webhooks().remove(orgs.a, hook));
        });
        write(*store, [&](auto& uow) {
            CHECK(uow.jobs().create(make_job(2, orgs.a)) == job + 1);
            CHECK(uow.candidates().create(make_candidate(2, orgs.a)) == cand + 1);
            CHECK(uow.webhooks().create(make_webhook(2, orgs.a)) == hook + 1);
        });
    }
}

TEST_CASE("recruiting unit of work: writers that lock the org run their read-decide-write steps one at a time",
          "[contract][recruiting][unit_of_work]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        constexpr int writers = 4;
        constexpr int rounds = 5;
        // Each step reads how many jobs the org has and names its new job after that count: two steps that
        // interleaved would read the same count and write the same title.
        std::vector<std::thread> threads;
        for (int t = 0; t < writers; ++t)
            threads.emplace_back([&] {
                for (int r = 0; r < rounds; ++r)
                    ports::in_write_unit(*store, [&](ports::recruiting_unit_of_work& uow) {
                        REQUIRE(uow.lock_org(orgs.a));
                        const auto seen = uow.jobs().list(orgs.a, {}, {.skip = 0, .limit = 0}).total;
                        auto j = make_job(static_cast<int>(seen), orgs.a);
                        j.title = "job " + std::to_string(seen);
                        uow.jobs().create(j);
                        uow.commit();
                    });
            });
        for (auto& t : threads) t.join();
        read(*store, [&](auto& uow) {
            const auto jobs = uow.jobs().all(orgs.a, 1000);
            std::set<std::string> titles;
            std::set<record_id> ids;
            for (const auto& j : jobs) titles.insert(j.title), ids.insert(j.id);
            CHECK(jobs.size() == std::size_t{writers * rounds});
            CHECK(titles.size() == jobs.size());
            CHECK(ids.size() == jobs.size());
            CHECK(titles.contains("job 0"));
            CHECK(titles.contains("job " + std::to_string(writers * rounds - 1)));
            return 0;
        });
    }
}
