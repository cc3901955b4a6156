// Contract of ports::pipeline_repository and ports::match_log_repository, run against every Recruiting store.
#include "recruiting_fixtures.hpp"

using namespace recruiting_contract;

namespace {

using status = recruiting::application_status;

// One org with two jobs and two candidates, and a second org with one of each.
struct pipeline_world {
    two_orgs orgs;
    record_id job1 = 0, job2 = 0, cand1 = 0, cand2 = 0, b_job = 0, b_cand = 0;
};

pipeline_world make_world(ports::recruiting_store& s) {
    pipeline_world w;
    w.orgs = create_two_orgs(s);
    write(s, [&](auto& uow) {
        w.job1 = uow.jobs().create(make_job(1, w.orgs.a));
        w.job2 = uow.jobs().create(make_job(2, w.orgs.a));
        w.b_job = uow.jobs().create(make_job(3, w.orgs.b));
        w.cand1 = uow.candidates().create(make_candidate(1, w.orgs.a));
        w.cand2 = uow.candidates().create(make_candidate(2, w.orgs.a));
        w.b_cand = uow.candidates().create(make_candidate(3, w.orgs.b));
    });
    return w;
}

}  // namespace

TEST_CASE("recruiting pipeline: create then get returns every field; statuses and sources round-trip",
          "[contract][recruiting][pipeline]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto w = make_world(*store);
        auto full = make_application(w.orgs.a, w.job1, w.cand1, 5);
        full.status = status::interview;
        full.source = recruiting::application_source::referral;
        full.fit_score = 87;
        full.created_at = at(5, 123456);
        full.updated_at = at(6, 654321);
        auto minimal = make_application(w.orgs.a, w.job1, w.cand2);
        write(*store, [&](auto& uow) {
            full.id = uow.pipeline().create(full);
            minimal.id = uow.pipeline().create(minimal);
        });
        CHECK(full.id == 1);
        CHECK(minimal.id == 2);
        read(*store, [&](auto& uow) {
            CHECK(uow.pipeline().get(w.orgs.a, full.id) == full);
            CHECK(uow.pipeline().get(w.orgs.a, minimal.id) == minimal);
            CHECK_FALSE(uow.pipeline().get(w.orgs.b, full.id).has_value());
            CHECK_FALSE(uow.pipeline().get(w.orgs.a, 3).has_value());
            return 0;
        });
        // Every status and source is stored and read back (one application per pair, so one write each).
        for (const auto& [st, text] : domain::enum_strings<status>::values)
            for (const auto& [src, src_text] : domain::enum_strings<recruiting::application_source>::values) {
                auto changed = full;
                changed.status = st;
                changed.source = src;
                changed.fit_score = std::nullopt;
                write(*store, [&](auto& uow) { CHECK(uow.pipeline().update(changed)); });
                read(*store, [&](auto& uow) {
                    CHECK(uow.pipeline().get(w.orgs.a, full.id) == changed);
                    return 0;
                });
            }
    }
}

TEST_CASE("recruiting pipeline: a second application for the same job and candidate throws unique_violation",
          "[contract][recruiting][pipeline]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto w = make_world(*store);
        write(*store, [&](auto& uow) { uow.pipeline().create(make_application(w.orgs.a, w.job1, w.cand1)); });
        {
            auto unit = store->begin(ports::access::read_write);
            auto dup = make_application(w.orgs.a, w.job1, w.cand1, 2);
            dup.status = status::applied;
            CHECK_THROWS_AS(unit->pipeline().create(dup), ports::unique_violation);
        }
        // The same job with another candidate, or the same candidate for another job, is fine.
        write(*store, [&](auto& uow) {
            uow.pipeline().create(make_application(w.orgs.a, w.job1, w.cand2));
            uow.pipeline().create(make_application(w.orgs.a, w.job2, w.cand1));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.pipeline().list(w.orgs.a, {}, {}).total == 3);
            return 0;
        });
    }
}

TEST_CASE("recruiting pipeline: an application must name a job and a candidate of its own org",
          "[contract][recruiting][pipeline]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto w = make_world(*store);
        for (const auto& bad :
             {make_application(w.orgs.a, w.b_job, w.cand1), make_application(w.orgs.a, w.job1, w.b_cand),
              make_application(w.orgs.b, w.job1, w.b_cand), make_application(w.orgs.a, 99, w.cand1),
              make_application(w.orgs.a, w.job1, 99)}) {
            auto unit = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(unit->pipeline().create(bad), ports::storage_error);
        }
        read(*store, [&](auto& uow) {
            CHECK(uow.pipeline().list(w.orgs.a, {}, {}).total == 0);
            CHECK(uow.pipeline().list(w.orgs.b, {}, {}).total == 0);
            return 0;
        });
    }
}

TEST_CASE("recruiting pipeline: list is newest first, filtered by job and candidate, paged, with the total",
          "[contract][recruiting][pipeline]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto w = make_world(*store);
        write(*store, [&](auto& uow) {
            uow.pipeline().create(make_application(w.orgs.a, w.job1, w.cand1));    // 1
            uow.pipeline().create(make_application(w.orgs.b, w.b_job, w.b_cand));  // 2
            uow.pipeline().create(make_application(w.orgs.a, w.job2, w.cand1));    // 3
            uow.pipeline().create(make_application(w.orgs.a, w.job1, w.cand2));    // 4
            uow.pipeline().create(make_application(w.orgs.a, w.job2, w.cand2));    // 5
        });
        auto list = [&](record_id org, ports::pipeline_filter filter, ports::page p = {}) {
            return read(*store, [&](auto& uow) {
                auto page = uow.pipeline().list(org, filter, p);
                return std::pair{ids_of(page.items), page.total};
            });
        };
        using ids = std::vector<record_id>;
        CHECK(list(w.orgs.a, {}) == std::pair{ids{5, 4, 3, 1}, std::size_t{4}});
        CHECK(list(w.orgs.a, {}, {.skip = 1, .limit = 2}) == std::pair{ids{4, 3}, std::size_t{4}});
        CHECK(list(w.orgs.a, {.job_id = w.job1}) == std::pair{ids{4, 1}, std::size_t{2}});
        CHECK(list(w.orgs.a, {.candidate_id = w.cand1}) == std::pair{ids{3, 1}, std::size_t{2}});
        CHECK(list(w.orgs.a, {.job_id = w.job2, .candidate_id = w.cand2}) == std::pair{ids{5}, std::size_t{1}});
        CHECK(list(w.orgs.a, {.job_id = w.b_job}) == std::pair{ids{}, std::size_t{0}});
        CHECK(list(w.orgs.b, {}) == std::pair{ids{2}, std::size_t{1}});
        CHECK(list(w.orgs.b, {.job_id = w.job1}) == std::pair{ids{}, std::size_t{0}});
    }
}

TEST_CASE("recruiting pipeline: update writes status, source, fit_score and updated_at only, in the org",
          "[contract][recruiting][pipeline]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto w = make_world(*store);
        auto original = make_application(w.orgs.a, w.job1, w.cand1, 1);
        original.fit_score = 10;
        original.id = write(*store, [&](auto& uow) { return uow.pipeline().create(original); });
        auto changed = original;
        changed.job_id = w.job2;
        changed.candidate_id = w.cand2;
        changed.created_at = at(100);
        changed.status = status::offer;
        changed.source = recruiting::application_source::import;
        changed.fit_score = std::nullopt;
        changed.updated_at = at(200, 7);
        write(*store, [&](auto& uow) {
            auto foreign = changed;
            foreign.org_id = w.orgs.b;
            CHECK_FALSE(uow.pipeline().update(foreign));
            auto absent = changed;
            absent.id = 50;
            CHECK_FALSE(uow.pipeline().update(absent));
            CHECK(uow.pipeline().update(changed));
        });
        auto expected = original;
        expected.status = status::offer;
        expected.source = recruiting::application_source::import;
        expected.fit_score = std::nullopt;
        expected.updated_at = at(200, 7);
        read(*store, [&](auto& uow) {
            CHECK(uow.pipeline().get(w.orgs.a, original.id) == expected);
            return 0;
        });
    }
}

TEST_CASE("recruiting pipeline: history is oldest first and the org's; remove takes it along",
          "[contract][recruiting][pipeline]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto w = make_world(*store);
        const auto [app_, other_] = write(*store, [&](auto& uow) {
            return std::pair{uow.pipeline().create(make_application(w.orgs.a, w.job1, w.cand1)),
                             uow.pipeline().create(make_application(w.orgs.a, w.job2, w.cand1))};
        });
        // Plain copies: lambdas (the CHECK macros' among them) capture these, and clang 14 cannot capture bindings.
        const auto app = app_, other = other_;
        recruiting::status_change first{.org_id = w.orgs.a, .application_id = app, .to_status = status::sourced,
                                        .changed_by_user_id = 3, .changed_at = at(1, 1)};
        recruiting::status_change second{.org_id = w.orgs.a, .application_id = app, .from_status = status::sourced,
                                         .to_status = status::rejected, .changed_by_user_id = 4,
                                         .changed_at = at(2, 2)};
        recruiting::status_change elsewhere{.org_id = w.orgs.a, .application_id = other,
                                            .to_status = status::hired, .changed_by_user_id = 4, .changed_at = at(3)};
        write(*store, [&](auto& uow) {
            first.id = uow.pipeline().add_change(first);
            elsewhere.id = uow.pipeline().add_change(elsewhere);
            second.id = uow.pipeline().add_change(second);
        });
        CHECK(first.id == 1);
        CHECK(elsewhere.id == 2);
        CHECK(second.id == 3);
        read(*store, [&](auto& uow) {
            CHECK(uow.pipeline().history(w.orgs.a, app) == std::vector{first, second});
            CHECK(uow.pipeline().history(w.orgs.a, other) == std::vector{elsewhere});
            CHECK(uow.pipeline().history(w.orgs.b, app).empty());
            return 0;
        });
        {
            // A change must name an application of its org.
            auto unit = store->begin(ports::access::read_write);
            auto foreign = first;
            foreign.org_id = w.orgs.b;
            CHECK_THROWS_AS(unit->pipeline().add_change(foreign), ports::storage_error);
        }
        write(*store, [&](auto& uow) {
            CHECK_FALSE(uow.pipeline().remove(w.orgs.b, app));
            CHECK(uow.pipeline().remove(w.orgs.a, app));
            CHECK_FALSE(uow.pipeline().remove(w.orgs.a, app));
        });
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.pipeline().get(w.orgs.a, app).has_value());
            CHECK(uow.pipeline().history(w.orgs.a, app).empty());
            CHECK(uow.pipeline().history(w.orgs.a, other) == std::vector{elsewhere});
            CHECK(uow.jobs().get(w.orgs.a, w.job1).has_value());
            CHECK(uow.candidates().get(w.orgs.a, w.cand1).has_value());
            return 0;
        });
        // The pair is free again.
        write(*store, [&](auto& uow) { uow.pipeline().create(make_application(w.orgs.a, w.job1, w.cand1)); });
    }
}

TEST_CASE("recruiting pipeline: count_by_status counts the job's applications per status, in the org",
          "[contract][recruiting][pipeline]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto w = make_world(*store);
        write(*store, [&](auto& uow) {
            record_id extra = uow.candidates().create(make_candidate(4, w.orgs.a));
            auto a1 = make_application(w.orgs.a, w.job1, w.cand1);
            a1.status = status::rejected;
            auto a2 = make_application(w.orgs.a, w.job1, w.cand2);
            a2.status = status::applied;
            auto a3 = make_application(w.orgs.a, w.job1, extra);
            a3.status = status::rejected;
            auto a4 = make_application(w.orgs.a, w.job2, w.cand1);
            a4.status = status::hired;
            for (const auto& a : {a1, a2, a3, a4}) uow.pipeline().create(a);
        });
        read(*store, [&](auto& uow) {
            using counts = std::vector<std::pair<status, std::size_t>>;
            CHECK(uow.pipeline().count_by_status(w.orgs.a, w.job1) ==
                  counts{{status::applied, 1}, {status::rejected, 2}});
            CHECK(uow.pipeline().count_by_status(w.orgs.a, w.job2) == counts{{status::hired, 1}});
            CHECK(uow.pipeline().count_by_status(w.orgs.b, w.job1).empty());
            CHECK(uow.pipeline().count_by_status(w.orgs.a, 99).empty());
            return 0;
        });
    }
}

TEST_CASE("recruiting match logs: add stores every field; list is the org's, newest first, paged, with the total",
          "[contract][recruiting][match_logs]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto w = make_world(*store);
        std::vector<recruiting::match_log> logs;
        for (int n = 1; n <= 4; ++n)
            logs.push_back({.org_id = w.orgs.a, .job_id = n % 2 ? w.job1 : w.job2, .candidate_id = w.cand1,
                            .score = 25 * n, .strategy = n == 4 ? recruiting::match_strategy::openai
                                                                : recruiting::match_strategy::naive,
                            .reason = "skills: c++, 100%_ \"quoted\" " + std::to_string(n),
                            .requested_by_user_id = 9, .created_at = at(n, n)});
        const recruiting::match_log foreign{.org_id = w.orgs.b, .job_id = w.b_job, .candidate_id = w.b_cand,
                                            .score = 1, .reason = "b", .requested_by_user_id = 1,
                                            .created_at = at(9)};
        write(*store, [&](auto& uow) {
            uow.match_logs().add({logs[0], logs[1]});
            uow.match_logs().add({foreign});
            uow.match_logs().add({logs[2], logs[3]});
            uow.match_logs().add({});
        });
        logs[0].id = 1, logs[1].id = 2, logs[2].id = 4, logs[3].id = 5;
        read(*store, [&](auto& uow) {
            const auto all = uow.match_logs().list(w.orgs.a, {});
            CHECK(all.total == 4);
            CHECK(all.items == std::vector{logs[3], logs[2], logs[1], logs[0]});
            const auto page = uow.match_logs().list(w.orgs.a, {.skip = 1, .limit = 2});
            CHECK(page.total == 4);
            CHECK(ids_of(page.items) == std::vector<record_id>{4, 2});
            const auto b = uow.match_logs().list(w.orgs.b, {});
            CHECK(b.total == 1);
            CHECK(ids_of(b.items) == std::vector<record_id>{3});
            return 0;
        });
        {
            // A log must name a job and a candidate of its org.
            auto unit = store->begin(ports::access::read_write);
            auto bad = logs[0];
            bad.job_id = w.b_job;
            CHECK_THROWS_AS(unit->match_logs().add({bad}), ports::storage_error);
        }
    }
}
