// Contract of ports::saved_job_repository, run against every store.
#include <catch2/catch.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

namespace {

domain::saved_job full_saved_job(int n, const domain::id& user_id, const domain::id& application_id) {
    auto j = make_saved_job(n, user_id);
    j.company_name = "Ødegaard & Co — 東京 🚀";
    j.role_title = "Staff \"Platform\" Engineer";
    j.url = "https://jobs.example.com/1?a=b&c=d";
    j.company_website = "https://example.com";
    j.location = "Zürich";
    j.job_type = domain::job_type::contract;
    j.work_mode = domain::work_mode::hybrid;
    j.salary_range_min = 0;
    j.salary_range_max = 9'000'000'000LL;  // needs 64 bits
    j.salary_currency = "CHF";
    j.priority = domain::priority::high;
    j.source = "A friend's newsletter";
    j.notes = "line1\nline2 100%_";
    j.deadline = day(2024, 2, 29);
    j.excitement_level = 5;
    j.status = domain::saved_job_status::converted;
    j.converted_to_application_id = application_id;
    j.created_at = at(4, 999999);
    j.updated_at = at(5, 1);
    return j;
}

}  // namespace

TEST_CASE("saved jobs: insert then find returns every field; every status and priority round-trips",
          "[contract][saved_jobs]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto app = make_application(1, owner.id);
        const auto minimal = make_saved_job(1, owner.id);
        const auto full = full_saved_job(2, owner.id, app.id);
        std::vector<domain::saved_job> varied;
        int n = 10;
        for (const auto& [status, text] : domain::enum_strings<domain::saved_job_status>::values)
            for (const auto& [prio, ptext] : domain::enum_strings<domain::priority>::values) {
                auto j = make_saved_job(n++, owner.id);
                j.status = status;
                j.priority = prio;
                j.excitement_level = 1;
                varied.push_back(j);
            }
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(app);
            uow.saved_jobs().insert(minimal);
            uow.saved_jobs().insert(full);
            for (const auto& j : varied) uow.saved_jobs().insert(j);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.saved_jobs().find(minimal.id) == minimal);
            CHECK(uow.saved_jobs().find(full.id) == full);
            for (const auto& j : varied) CHECK(uow.saved_jobs().find(j.id) == j);
            CHECK_FALSE(uow.saved_jobs().find(uuid(table::saved_job, 99)).has_value());
            return 0;
        });
    }
}

TEST_CASE("saved jobs: list is the user's, newest first then id desc, filtered, paged", "[contract][saved_jobs]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        auto j1 = make_saved_job(1, owner.id);
        auto j2 = make_saved_job(2, owner.id);
        auto j3 = make_saved_job(3, owner.id);
        auto j4 = make_saved_job(4, owner.id);
        auto j5 = make_saved_job(5, other.id);
        j1.created_at = at(10);
        j2.created_at = at(40);
        j3.created_at = at(20);
        j4.created_at = at(20);  // ties with j3: id desc
        j5.created_at = at(50);
        j1.status = domain::saved_job_status::archived;
        j3.status = domain::saved_job_status::archived;
        j3.priority = domain::priority::high;
        j2.priority = domain::priority::high;
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            for (const auto& j : {j3, j5, j1, j4, j2}) uow.saved_jobs().insert(j);
        });
        auto list = [&](ports::saved_job_filter filter, ports::page p = {}) {
            return read(*store, [&](auto& uow) { return ids_of(uow.saved_jobs().list(owner.id, filter, p)); });
        };
        using ids = std::vector<domain::id>;
        CHECK(list({}) == ids{j2.id, j4.id, j3.id, j1.id});
        CHECK(list({.status = domain::saved_job_status::archived}) == ids{j3.id, j1.id});
        CHECK(list({.status = domain::saved_job_status::active}) == ids{j2.id, j4.id});
        CHECK(list({.priority = domain::priority::high}) == ids{j2.id, j3.id});
        CHECK(list({.status = domain::saved_job_status::archived, .priority = domain::priority::high}) == ids{j3.id});
        CHECK(list({.status = domain::saved_job_status::converted}).empty());
        CHECK(list({}, {1, 2}) == ids{j4.id, j3.id});
        CHECK(list({}, {10, 2}).empty());
        read(*store, [&](auto& uow) {
            CHECK(ids_of(uow.saved_jobs().list(other.id, {}, {})) == ids{j5.id});
            return 0;
        });
    }
}

TEST_CASE("saved jobs: update replaces every field, remove deletes; absent ids are no-ops; taken id throws",
          "[contract][saved_jobs]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto app = make_application(1, owner.id);
        const auto original = make_saved_job(1, owner.id);
        const auto doomed = make_saved_job(2, owner.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(app);
            uow.saved_jobs().insert(original);
            uow.saved_jobs().insert(doomed);
        });
        auto converted = full_saved_job(1, owner.id, app.id);
        converted.created_at = original.created_at;
        write(*store, [&](auto& uow) {
            uow.saved_jobs().update(converted);
            uow.saved_jobs().update(make_saved_job(3, owner.id));
            uow.saved_jobs().remove(doomed.id);
            uow.saved_jobs().remove(uuid(table::saved_job, 4));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.saved_jobs().find(original.id) == converted);
            CHECK_FALSE(uow.saved_jobs().find(doomed.id).has_value());
            CHECK_FALSE(uow.saved_jobs().find(uuid(table::saved_job, 3)).has_value());
            return 0;
        });
        // And back: every optional null again.
        write(*store, [&](auto& uow) { uow.saved_jobs().update(original); });
        read(*store, [&](auto& uow) {
            CHECK(uow.saved_jobs().find(original.id) == original);
            return 0;
        });
        auto twin = make_saved_job(5, owner.id);
        twin.id = original.id;
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->saved_jobs().insert(twin), ports::unique_violation);
        }
    }
}
