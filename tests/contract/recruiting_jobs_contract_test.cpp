// Contract of ports::job_repository, run against every Recruiting store.
#include "recruiting_fixtures.hpp"

using namespace recruiting_contract;

namespace {

recruiting::job full_job(int n, record_id org_id) {
    auto j = make_job(n, org_id, 7);
    j.title = "Staff \"Platform\" Engineer — Zürich 東京 🚀";
    j.department = "Engineering";
    j.location = "Zürich";
    j.employment_type = "full_time";
    j.remote_option = "hybrid";
    j.salary_min = 0;
    j.salary_max = 9'000'000'000LL;  // needs 64 bits
    j.currency = "CHF";
    j.description = "line1\nline2 100%_ 'quoted'";
    j.required_skills = {"c++", "postgresql", "Ünïcode skill"};
    j.nice_to_have_skills = {"rust"};
    j.min_years = 5;
    j.status = recruiting::job_status::on_hold;
    j.is_public = true;
    j.created_at = at(3, 999999);
    j.updated_at = at(4, 1);
    return j;
}

}  // namespace

TEST_CASE("recruiting jobs: create then get returns every field; every status round-trips",
          "[contract][recruiting][jobs]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        std::vector<recruiting::job> jobs{make_job(1, orgs.a), full_job(2, orgs.a)};
        int n = 10;
        for (const auto& [status, text] : domain::enum_strings<recruiting::job_status>::values) {
            auto j = make_job(n++, orgs.a);
            j.status = status;
            jobs.push_back(j);
        }
        write(*store, [&](auto& uow) {
            record_id expected_id = 1;
            for (auto& j : jobs) {
                j.id = uow.jobs().create(j);
                CHECK(j.id == expected_id++);
            }
        });
        read(*store, [&](auto& uow) {
            for (const auto& j : jobs) CHECK(uow.jobs().get(orgs.a, j.id) == j);
            CHECK_FALSE(uow.jobs().get(orgs.a, 99).has_value());
            return 0;
        });
    }
}

TEST_CASE("recruiting jobs: another org's job is absent from get, list, all, update and remove",
          "[contract][recruiting][jobs]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        auto mine = make_job(1, orgs.a);
        mine.id = write(*store, [&](auto& uow) { return uow.jobs().create(mine); });
        write(*store, [&](auto& uow) {
            CHECK_FALSE(uow.jobs().get(orgs.b, mine.id).has_value());
            CHECK(uow.jobs().list(orgs.b, {}, {}).items.empty());
            CHECK(uow.jobs().list(orgs.b, {}, {}).total == 0);
            CHECK(uow.jobs().all(orgs.b, 100).empty());
            auto hijack = mine;
            hijack.org_id = orgs.b;
            hijack.title = "Hijacked";
            CHECK_FALSE(uow.jobs().update(hijack));
            CHECK_FALSE(uow.jobs().remove(orgs.b, mine.id));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.jobs().get(orgs.a, mine.id) == mine);
            return 0;
        });
    }
}

TEST_CASE("recruiting jobs: list is newest first, filtered by status and title, paged, with the total",
          "[contract][recruiting][jobs]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        const std::vector<std::pair<std::string, recruiting::job_status>> specs{
            {"Senior C++ Engineer", recruiting::job_status::open},       // 1
            {"100% Remote Engineer", recruiting::job_status::open},      // 2
            {"Data_Scientist", recruiting::job_status::closed},          // 3
            {"DataXScientist", recruiting::job_status::open},            // 4
            {"senior c++ ENGINEER (nights)", recruiting::job_status::on_hold},  // 5
            {"1000 Remote Engineer", recruiting::job_status::open},      // 6
            {"Zürich Engineer", recruiting::job_status::open},           // 7
        };
        write(*store, [&](auto& uow) {
            int n = 1;
            for (const auto& [title, status] : specs) {
                auto j = make_job(n++, orgs.a);
                j.title = title;
                j.status = status;
                uow.jobs().create(j);
            }
            uow.jobs().create(make_job(99, orgs.b));  // another org's: never counted
        });
        auto list = [&](ports::job_filter filter, ports::page p = {}) {
            return read(*store, [&](auto& uow) {
                auto page = uow.jobs().list(orgs.a, filter, p);
                return std::pair{ids_of(page.items), page.total};
            });
        };
        using ids = std::vector<record_id>;
        CHECK(list({}) == std::pair{ids{7, 6, 5, 4, 3, 2, 1}, std::size_t{7}});
        CHECK(list({}, {.skip = 2, .limit = 3}) == std::pair{ids{5, 4, 3}, std::size_t{7}});
        CHECK(list({}, {.skip = 7, .limit = 3}) == std::pair{ids{}, std::size_t{7}});
        CHECK(list({}, {.skip = 0, .limit = 0}) == std::pair{ids{}, std::size_t{7}});
        CHECK(list({.status = recruiting::job_status::open}) == std::pair{ids{7, 6, 4, 2, 1}, std::size_t{5}});
        CHECK(list({.status = recruiting::job_status::closed}) == std::pair{ids{3}, std::size_t{1}});
        // Case-insensitive for ASCII letters.
        CHECK(list({.title_contains = "SENIOR C++"}) == std::pair{ids{5, 1}, std::size_t{2}});
        CHECK(list({.status = recruiting::job_status::open, .title_contains = "senior"}) ==
              std::pair{ids{1}, std::size_t{1}});
        // % and _ are the user's text, not wildcards.
        CHECK(list({.title_contains = "100%"}) == std::pair{ids{2}, std::size_t{1}});
        CHECK(list({.title_contains = "%"}) == std::pair{ids{2}, std::size_t{1}});
        CHECK(list({.title_contains = "data_"}) == std::pair{ids{3}, std::size_t{1}});
        CHECK(list({.title_contains = "_"}) == std::pair{ids{3}, std::size_t{1}});
        CHECK(list({.title_contains = "\\"}) == std::pair{ids{}, std::size_t{0}});
        // Non-ASCII text matches exactly.
        CHECK(list({.title_contains = "Zürich"}) == std::pair{ids{7}, std::size_t{1}});
        CHECK(list({.title_contains = "ZÜRICH"}) == std::pair{ids{}, std::size_t{0}});
        CHECK(list({.title_contains = "engineer"}, {.skip = 1, .limit = 2}) == std::pair{ids{6, 5}, std::size_t{5}});
    }
}

TEST_CASE("recruiting jobs: all is the org's jobs newest first, at most limit", "[contract][recruiting][jobs]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        write(*store, [&](auto& uow) {
            uow.jobs().create(make_job(1, orgs.a));
            uow.jobs().create(make_job(2, orgs.b));
            uow.jobs().create(make_job(3, orgs.a));
            uow.jobs().create(make_job(4, orgs.a));
        });
        read(*store, [&](auto& uow) {
            CHECK(ids_of(uow.jobs().all(orgs.a, 100)) == std::vector<record_id>{4, 3, 1});
            CHECK(ids_of(uow.jobs().all(orgs.a, 2)) == std::vector<record_id>{4, 3});
            CHECK(uow.jobs().all(orgs.a, 0).empty());
            CHECK(ids_of(uow.jobs().all(orgs.b, 100)) == std::vector<record_id>{2});
            return 0;
        });
    }
}

TEST_CASE("recruiting jobs: update writes every field but id, org_id, created_by_user_id and created_at",
          "[contract][recruiting][jobs]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        auto original = full_job(1, orgs.a);
        original.id = write(*store, [&](auto& uow) { return uow.jobs().create(original); });
        auto changed = make_job(2, orgs.a, 99);  // every optional empty, other creator and created_at
        changed.id = original.id;
        changed.title = "Renamed";
        changed.status = recruiting::job_status::closed;
        changed.updated_at = at(50, 5);
        write(*store, [&](auto& uow) {
            CHECK(uow.jobs().update(changed));
            auto absent = changed;
            absent.id = 42;
            CHECK_FALSE(uow.jobs().update(absent));
        });
        auto expected = changed;
        expected.created_by_user_id = original.created_by_user_id;
        expected.created_at = original.created_at;
        read(*store, [&](auto& uow) {
            CHECK(uow.jobs().get(orgs.a, original.id) == expected);
            CHECK(uow.jobs().list(orgs.a, {}, {}).total == 1);
            return 0;
        });
        // And back again: empty lists and optionals are written as values, not skipped.
        auto refilled = full_job(3, orgs.a);
        refilled.id = original.id;
        write(*store, [&](auto& uow) { CHECK(uow.jobs().update(refilled)); });
        refilled.created_by_user_id = original.created_by_user_id;
        refilled.created_at = original.created_at;
        read(*store, [&](auto& uow) {
            CHECK(uow.jobs().get(orgs.a, original.id) == refilled);
            return 0;
        });
    }
}

TEST_CASE("recruiting jobs: remove takes the job's applications, their history and its match logs, nothing else",
          "[contract][recruiting][jobs]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto orgs = create_two_orgs(*store);
        struct ids {
            record_id job1, job2, cand, app1, app2;
        };
        const auto made = write(*store, [&](auto& uow) {
            ids i;
            i.job1 = uow.jobs().create(make_job(1, orgs.a));
            i.job2 = uow.jobs().create(make_job(2, orgs.a));
            i.cand = uow.candidates().create(make_candidate(1, orgs.a));
            i.app1 = uow.pipeline().create(make_application(orgs.a, i.job1, i.cand));
            i.app2 = uow.pipeline().create(make_application(orgs.a, i.job2, i.cand));
            for (record_id app : {i.app1, i.app2})
                uow.pipeline().add_change({.org_id = orgs.a, .application_id = app,
                                           .to_status = recruiting::application_status::sourced,
                                           .changed_by_user_id = 1, .changed_at = at(1)});
            uow.match_logs().add({{.org_id = orgs.a, .job_id = i.job1, .candidate_id = i.cand, .score = 50,
                                   .reason = "r1", .requested_by_user_id = 1, .created_at = at(1)},
                                  {.org_id = orgs.a, .job_id = i.job2, .candidate_id = i.cand, .score = 60,
                                   .reason = "r2", .requested_by_user_id = 1, .created_at = at(2)}});
            return i;
        });
        write(*store, [&](auto& uow) {
            CHECK(uow.jobs().remove(orgs.a, made.job1));
            CHECK_FALSE(uow.jobs().remove(orgs.a, made.job1));  // already gone
        });
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.jobs().get(orgs.a, made.job1).has_value());
            CHECK(uow.jobs().get(orgs.a, made.job2).has_value());
            CHECK(uow.candidates().get(orgs.a, made.cand).has_value());
            CHECK_FALSE(uow.pipeline().get(orgs.a, made.app1).has_value());
            CHECK(uow.pipeline().history(orgs.a, made.app1).empty());
            CHECK(ids_of(uow.pipeline().list(orgs.a, {}, {}).items) == std::vector{made.app2});
            CHECK(uow.pipeline().history(orgs.a, made.app2).size() == 1);
            const auto logs = uow.match_logs().list(orgs.a, {});
            REQUIRE(logs.items.size() == 1);
            CHECK(logs.items[0].job_id == made.job2);
            CHECK(logs.total == 1);
            return 0;
        });
    }
}

TEST_CASE("recruiting jobs: a job of an organization that does not exist is refused", "[contract][recruiting][jobs]") {
    for (auto& f : recruiting_store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        auto unit = store->begin(ports::access::read_write);
        CHECK_THROWS_AS(unit->jobs().create(make_job(1, 42)), ports::storage_error);
    }
}
