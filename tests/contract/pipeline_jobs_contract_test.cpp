// Contract of the Pipeline additions to ports::application_repository (search, find_any, find_by_url,
// purge_deleted, the soft delete through update), run against every store.
#include <catch2/catch.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

namespace {

using domain::application_status;

domain::id app_id(int n) { return uuid(table::application, n); }

std::vector<domain::id> app_ids(std::initializer_list<int> ns) {
    std::vector<domain::id> out;
    for (int n : ns) out.push_back(app_id(n));
    return out;
}

struct job_spec {
    int n;
    std::string company;
    std::string role;
    application_status status;
    std::optional<domain::source> source;
    std::optional<domain::work_mode> mode;
    std::optional<int> score;
    long long created;
};

domain::application job_of(const job_spec& j, const domain::id& user_id) {
    auto a = make_application(j.n, user_id);
    a.company_name = j.company;
    a.role_title = j.role;
    a.status = j.status;
    a.applied_source = j.source;
    a.work_mode = j.mode;
    a.ai_match_score = j.score;
    a.created_at = at(j.created);
    a.updated_at = at(j.created, 5);
    return a;
}

// Five live jobs of user 1 with distinct filter fields, a soft-deleted one that would match everything, and user 2's
// one that would too.
std::unique_ptr<ports::store> filter_store(const store_factory& f) {
    auto store = f.make();
    const auto owner = make_user(1);
    const auto other = make_user(2);
    using domain::source;
    using domain::work_mode;
    const std::vector<job_spec> mine{
        {11, "Acme", "Backend Engineer", application_status::applied, source::linkedin, work_mode::remote, 80, 100},
        {12, "Beta 100% Corp", "Data_Scientist", application_status::interviewing, std::nullopt, work_mode::hybrid,
         std::nullopt, 200},
        {13, "gamma labs", "Frontend ENGINEER", application_status::saved, source::linkedin, std::nullopt, 50, 300},
        {14, "Delta 100 Corp", "DataXScientist", application_status::offer, source::referral, work_mode::on_site, 49,
         400},
        {15, "Epsilon", "Remote-first engineer", application_status::rejected, source::company_website,
         work_mode::remote, 100, 500},
    };
    const job_spec everything{16, "Acme 100% Data_Scientist", "Engineer", application_status::applied,
                              source::linkedin, work_mode::remote, 100, 600};
    write(*store, [&](auto& uow) {
        uow.users().insert(owner);
        uow.users().insert(other);
        for (const auto& j : mine) uow.applications().insert(job_of(j, owner.id));
        auto deleted = job_of(everything, owner.id);
        deleted.deleted_at = at(700);
        uow.applications().insert(deleted);
        auto others = everything;
        others.n = 17;
        uow.applications().insert(job_of(others, other.id));
    });
    return store;
}

ports::job_page search(ports::store& store, const ports::job_query& q) {
    return read(store, [&](auto& uow) { return uow.applications().search(make_user(1).id, q); });
}

std::vector<domain::id> found(ports::store& store, const ports::job_query& q) { return ids_of(search(store, q).items); }

}  // namespace

TEST_CASE("pipeline jobs: search applies every filter, skipping deleted rows and other users'",
          "[contract][applications][pipeline]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = filter_store(f);
        using domain::source;

        SECTION("no filter: every live job of the user, newest first, with the total") {
            const auto all = search(*store, {});
            CHECK(ids_of(all.items) == app_ids({15, 14, 13, 12, 11}));
            CHECK(all.total == 5);
        }
        SECTION("statuses: any of them") {
            CHECK(found(*store, {.statuses = {application_status::applied, application_status::interviewing}}) ==
                  app_ids({12, 11}));
            CHECK(found(*store, {.statuses = {application_status::accepted}}).empty());
        }
        SECTION("source: one, or none") {
            CHECK(found(*store, {.source = std::optional{source::linkedin}}) == app_ids({13, 11}));
            CHECK(found(*store, {.source = std::optional<std::optional<source>>{std::optional<source>{}}}) ==
                  app_ids({12}));
        }
        SECTION("since: created at or after") {
            CHECK(found(*store, {.since = at(300)}) == app_ids({15, 14, 13}));
            CHECK(found(*store, {.since = at(300, 1)}) == app_ids({15, 14}));
        }
        SECTION("q: a substring of company or title, ASCII case-insensitive") {
            CHECK(found(*store, {.q = "engineer"}) == app_ids({15, 13, 11}));
            CHECK(found(*store, {.q = "ACME"}) == app_ids({11}));
            CHECK(found(*store, {.q = "GAMMA LABS"}) == app_ids({13}));
            CHECK(found(*store, {.q = "nothing like it"}).empty());
        }
        SECTION("q: LIKE wildcards are taken literally") {
            CHECK(found(*store, {.q = "100%"}) == app_ids({12}));
            CHECK(found(*store, {.q = "%"}) == app_ids({12}));
            CHECK(found(*store, {.q = "data_s"}) == app_ids({12}));
            CHECK(found(*store, {.q = "_"}) == app_ids({12}));
            CHECK(found(*store, {.q = "\\"}).empty());
        }
        SECTION("is_remote: Remote or anything else (no work mode included)") {
            CHECK(found(*store, {.is_remote = true}) == app_ids({15, 11}));
            CHECK(found(*store, {.is_remote = false}) == app_ids({14, 13, 12}));
        }
        SECTION("min_score: at least, unscored excluded") {
            CHECK(found(*store, {.min_score = 50}) == app_ids({15, 13, 11}));
            CHECK(found(*store, {.min_score = 0}) == app_ids({15, 14, 13, 11}));
            CHECK(found(*store, {.min_score = 100}) == app_ids({15}));
        }
        SECTION("filters combine") {
            CHECK(found(*store, {.statuses = {application_status::applied, application_status::rejected},
                                 .is_remote = true,
                                 .min_score = 90}) == app_ids({15}));
            CHECK(found(*store, {.source = std::optional{source::linkedin}, .q = "engineer"}) == app_ids({13, 11}));
        }
        SECTION("the total counts every match, not the page") {
            const auto first = search(*store, {.q = "engineer", .p = {0, 1}});
            CHECK(ids_of(first.items) == app_ids({15}));
            CHECK(first.total == 3);
        }
    }
}

TEST_CASE("pipeline jobs: every sort in both directions, ties by id, unscored last", "[contract][applications][pipeline]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        struct row {
            int n;
            std::string company;
            long long created, updated;
            std::optional<int> score;
        };
        // Ties on purpose: 1 and 2 share created_at; 1 and 3 share company, updated_at and score; 2 and 5 are unscored.
        const std::vector<row> rows{{1, "Cobalt", 10, 50, 70}, {2, "Amber", 10, 40, std::nullopt},
                                    {3, "Cobalt", 30, 50, 70}, {4, "Birch", 20, 60, 90},
                                    {5, "Delta", 40, 10, std::nullopt}};
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            for (const auto& r : rows) {
                auto a = make_application(r.n, owner.id);
                a.company_name = r.company;
                a.created_at = at(r.created);
                a.updated_at = at(r.updated);
                a.ai_match_score = r.score;
                uow.applications().insert(a);
            }
        });
        auto sorted = [&](ports::job_sort sort, bool descending) {
            return found(*store, {.sort = sort, .descending = descending});
        };
        using ports::job_sort;
        CHECK(sorted(job_sort::created_at, true) == app_ids({5, 3, 4, 2, 1}));
        CHECK(sorted(job_sort::created_at, false) == app_ids({1, 2, 4, 3, 5}));
        CHECK(sorted(job_sort::updated_at, true) == app_ids({4, 3, 1, 2, 5}));
        CHECK(sorted(job_sort::updated_at, false) == app_ids({5, 2, 1, 3, 4}));
        CHECK(sorted(job_sort::company_name, true) == app_ids({5, 3, 1, 4, 2}));
        CHECK(sorted(job_sort::company_name, false) == app_ids({2, 4, 1, 3, 5}));
        CHECK(sorted(job_sort::ai_match_score, true) == app_ids({4, 3, 1, 5, 2}));
        CHECK(sorted(job_sort::ai_match_score, false) == app_ids({1, 3, 4, 2, 5}));

        // Paging cuts the sorted list; the total stays.
        const auto middle = search(*store, {.sort = job_sort::ai_match_score, .descending = false, .p = {2, 2}});
        CHECK(ids_of(middle.items) == app_ids({4, 2}));
        CHECK(middle.total == 5);
        const auto past = search(*store, {.p = {10, 5}});
        CHECK(past.items.empty());
        CHECK(past.total == 5);
    }
}

TEST_CASE("pipeline jobs: a soft-deleted row is hidden from find, list and list_all but not find_any",
          "[contract][applications][pipeline]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto kept = make_application(1, owner.id);
        auto gone = make_application(2, owner.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(kept);
            uow.applications().insert(gone);
        });
        gone.deleted_at = at(900, 7);
        write(*store, [&](auto& uow) { uow.applications().update(gone); });
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.applications().find(gone.id).has_value());
            CHECK(uow.applications().find_any(gone.id) == gone);  // deleted_at round-trips
            CHECK(uow.applications().find_any(kept.id) == kept);
            CHECK(ids_of(uow.applications().list(owner.id, {}, {})) == std::vector{kept.id});
            CHECK(ids_of(uow.applications().list_all(owner.id)) == std::vector{kept.id});
            CHECK_FALSE(uow.applications().find_any(app_id(99)).has_value());
            return 0;
        });
        gone.deleted_at.reset();  // the restore
        write(*store, [&](auto& uow) { uow.applications().update(gone); });
        read(*store, [&](auto& uow) {
            CHECK(uow.applications().find(gone.id) == gone);
            CHECK(uow.applications().list_all(owner.id).size() == 2);
            return 0;
        });
    }
}

TEST_CASE("pipeline jobs: find_by_url matches the normalised URL of the user's live jobs, the newest",
          "[contract][applications][pipeline]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        auto original = make_application(1, owner.id);
        original.url = "https://Jobs.Example.com/a/?utm_source=x&b=2&a=1#top";
        auto deleted_newer = make_application(2, owner.id);
        deleted_newer.url = "https://jobs.example.com/a?a=1&b=2";
        deleted_newer.created_at = at(5000);
        deleted_newer.deleted_at = at(5001);
        auto others = make_application(3, other.id);
        others.url = "https://jobs.example.com/a?a=1&b=2";
        others.created_at = at(6000);
        auto unrelated = make_application(4, owner.id);
        unrelated.url = "https://jobs.example.com/b";
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            for (const auto& a : {original, deleted_newer, others, unrelated}) uow.applications().insert(a);
        });
        auto by_url = [&](const domain::id& user, std::string_view url) {
            return read(*store, [&](auto& uow) { return uow.applications().find_by_url(user, url); });
        };
        CHECK(by_url(owner.id, "https://jobs.example.com/a?a=1&b=2") == original);
        CHECK(by_url(owner.id, "https://JOBS.example.com/a/?b=2&utm_campaign=z&a=1") == original);
        CHECK(by_url(owner.id, "https://jobs.example.com/a?a=1&b=3") == std::nullopt);
        CHECK(by_url(owner.id, "https://jobs.example.com/a") == std::nullopt);
        CHECK(by_url(owner.id, "not a url") == std::nullopt);
        CHECK(by_url(other.id, "https://jobs.example.com/a?b=2&a=1") == others);

        // A newer live job with the same key wins; an update that changes the URL moves the key with it.
        auto newer = make_application(5, owner.id);
        newer.url = "https://jobs.example.com/a?b=2&a=1&gclid=9";
        newer.created_at = at(4000);
        write(*store, [&](auto& uow) { uow.applications().insert(newer); });
        CHECK(by_url(owner.id, "https://jobs.example.com/a?a=1&b=2") == newer);
        newer.url = "https://jobs.example.com/c";
        write(*store, [&](auto& uow) { uow.applications().update(newer); });
        CHECK(by_url(owner.id, "https://jobs.example.com/a?a=1&b=2") == original);
        CHECK(by_url(owner.id, "https://jobs.example.com/c/") == newer);
        newer.url.reset();
        write(*store, [&](auto& uow) { uow.applications().update(newer); });
        CHECK(by_url(owner.id, "https://jobs.example.com/c") == std::nullopt);
    }
}

TEST_CASE("pipeline jobs: purge_deleted removes rows deleted before the cutoff, with their stages",
          "[contract][applications][pipeline]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        auto old_deleted = make_application(1, owner.id);
        old_deleted.deleted_at = at(100);
        auto at_cutoff = make_application(2, owner.id);
        at_cutoff.deleted_at = at(200);
        const auto live = make_application(3, owner.id);
        auto others_old = make_application(4, other.id);
        others_old.deleted_at = at(50);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            for (const auto& a : {old_deleted, at_cutoff, live, others_old}) uow.applications().insert(a);
            uow.stages().insert(make_stage(1, old_deleted.id));
            uow.stages().insert(make_stage(2, at_cutoff.id));
            uow.stages().insert(make_stage(3, live.id));
        });
        std::size_t purged = 0;
        write(*store, [&](auto& uow) { purged = uow.applications().purge_deleted(at(200)); });
        CHECK(purged == 2);  // every user's
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.applications().find_any(old_deleted.id).has_value());
            CHECK_FALSE(uow.applications().find_any(others_old.id).has_value());
            CHECK(uow.applications().find_any(at_cutoff.id) == at_cutoff);
            CHECK(uow.applications().find(live.id) == live);
            CHECK_FALSE(uow.stages().find(uuid(table::stage, 1)).has_value());
            CHECK(uow.stages().find(uuid(table::stage, 3)).has_value());
            return 0;
        });
        // The survivor's stage is back with it.
        auto restored = at_cutoff;
        restored.deleted_at.reset();
        write(*store, [&](auto& uow) { uow.applications().update(restored); });
        read(*store, [&](auto& uow) {
            CHECK(ids_of(sorted_by_id(uow.stages().list_for_user(owner.id))) ==
                  std::vector{uuid(table::stage, 2), uuid(table::stage, 3)});
            return 0;
        });
        write(*store, [&](auto& uow) { purged = uow.applications().purge_deleted(at(100'000)); });
        CHECK(purged == 0);
    }
}

TEST_CASE("pipeline jobs: q folds ASCII letters only", "[contract][applications][pipeline]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        auto zurich = make_application(1, owner.id);
        zurich.company_name = "Zürich Versicherung";
        auto istanbul = make_application(2, owner.id);
        istanbul.role_title = "İstanbul Office Lead";
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(zurich);
            uow.applications().insert(istanbul);
        });
        CHECK(found(*store, {.q = "zürich"}) == app_ids({1}));
        CHECK(found(*store, {.q = "ZüRICH VERSICHERUNG"}) == app_ids({1}));
        CHECK(found(*store, {.q = "ZÜRICH"}).empty());  // Ü is not ASCII: not folded to ü
        CHECK(found(*store, {.q = "İstanbul"}) == app_ids({2}));
        CHECK(found(*store, {.q = "istanbul"}).empty());  // nor İ to i
        CHECK(found(*store, {.q = "office LEAD"}) == app_ids({2}));
    }
}
