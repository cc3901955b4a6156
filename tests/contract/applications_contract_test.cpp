// Contract of ports::application_repository, run against every store.
#include <catch2/catch.hpp>

#include "contract_fixtures.hpp"
#include "contract_printing.hpp"

using namespace contract;

namespace {

domain::application full_application(int n, const domain::id& user_id, const domain::id& resume_id) {
    auto a = make_application(n, user_id);
    a.company_name = "Société Générale — 株式会社 🚀";
    a.role_title = "Staff \"Platform\" Engineer, 100%_remote";
    a.url = "https://jobs.example.com/42?ref=a&b=%20";
    a.description = "Multi\nline\ttext with 'quotes' and \\ backslash";
    a.location = "Zürich";
    a.job_type = domain::job_type::contract;
    a.work_mode = domain::work_mode::hybrid;
    a.salary_min = 120000;
    a.salary_max = 5'000'000'000LL;  // needs 64 bits
    a.salary_currency = "EUR";
    a.applied_source = domain::source::company_website;
    a.applied_date = day(2024, 2, 29);
    a.follow_up_date = day(2026, 12, 31);
    a.priority = domain::priority::high;
    a.notes = "Ask about équipe";
    a.status = domain::application_status::interviewing;
    a.resume_version_id = resume_id;
    a.created_at = at(5, 123456);
    a.updated_at = at(6, 1);
    return a;
}

}  // namespace

TEST_CASE("applications: insert then find returns every field", "[contract][applications]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto resume = make_resume(1, owner.id);
        const auto minimal = make_application(1, owner.id);
        const auto full = full_application(2, owner.id, resume.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.resumes().insert(resume);
            uow.applications().insert(minimal);
            uow.applications().insert(full);
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.applications().find(minimal.id) == minimal);
            CHECK(uow.applications().find(full.id) == full);
            CHECK_FALSE(uow.applications().find(uuid(table::application, 99)).has_value());
            return 0;
        });
    }
}

TEST_CASE("applications: every enum value round-trips", "[contract][applications]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        // As many rows as the largest enum has values; row i takes value i (mod size) of every enum.
        std::vector<domain::application> rows;
        for (std::size_t i = 0; i < domain::enum_strings<domain::source>::values.size(); ++i) {
            auto a = make_application(static_cast<int>(i) + 1, owner.id);
            auto pick = [i](const auto& values) { return values[i % values.size()].first; };
            a.status = pick(domain::enum_strings<domain::application_status>::values);
            a.job_type = pick(domain::enum_strings<domain::job_type>::values);
            a.work_mode = pick(domain::enum_strings<domain::work_mode>::values);
            a.applied_source = pick(domain::enum_strings<domain::source>::values);
            a.priority = pick(domain::enum_strings<domain::priority>::values);
            rows.push_back(a);
        }
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            for (const auto& a : rows) uow.applications().insert(a);
        });
        read(*store, [&](auto& uow) {
            for (const auto& a : rows) CHECK(uow.applications().find(a.id) == a);
            return 0;
        });
    }
}

TEST_CASE("applications: list is the user's, newest first then id desc, filtered, paged",
          "[contract][applications]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto other = make_user(2);
        using st = domain::application_status;
        using pr = domain::priority;
        auto app = [&](int n, long long second, st status, std::optional<pr> priority,
                       const domain::id& user_id) {
            auto a = make_application(n, user_id);
            a.created_at = at(second);
            a.status = status;
            a.priority = priority;
            return a;
        };
        const auto a1 = app(1, 10, st::applied, pr::high, owner.id);
        const auto a2 = app(2, 30, st::applied, pr::low, owner.id);
        const auto a3 = app(3, 30, st::saved, pr::high, owner.id);  // ties a2 on created_at: id desc puts a3 first
        const auto a4 = app(4, 20, st::interviewing, std::nullopt, owner.id);
        auto a5 = app(5, 30, st::applied, pr::high, owner.id);
        a5.created_at = at(30, 1);  // one microsecond newer than a2 and a3
        const auto foreign = app(6, 25, st::applied, pr::high, other.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.users().insert(other);
            for (const auto& a : {a3, a1, foreign, a5, a2, a4}) uow.applications().insert(a);
        });
        auto list = [&](const domain::id& user, ports::application_filter filter, ports::page p = {}) {
            return read(*store, [&](auto& uow) { return ids_of(uow.applications().list(user, filter, p)); });
        };
        using ids = std::vector<domain::id>;
        CHECK(list(owner.id, {}) == ids{a5.id, a3.id, a2.id, a4.id, a1.id});
        CHECK(list(other.id, {}) == ids{foreign.id});
        CHECK(list(uuid(table::user, 99), {}).empty());
        CHECK(list(owner.id, {st::applied, std::nullopt}) == ids{a5.id, a2.id, a1.id});
        CHECK(list(owner.id, {std::nullopt, pr::high}) == ids{a5.id, a3.id, a1.id});
        CHECK(list(owner.id, {st::applied, pr::high}) == ids{a5.id, a1.id});
        CHECK(list(owner.id, {st::offer, std::nullopt}).empty());
        CHECK(list(owner.id, {std::nullopt, pr::medium}).empty());
        CHECK(list(owner.id, {}, {1, 2}) == ids{a3.id, a2.id});
        CHECK(list(owner.id, {}, {4, 10}) == ids{a1.id});
        CHECK(list(owner.id, {}, {5, 10}).empty());
        CHECK(list(owner.id, {}, {0, 0}).empty());
        CHECK(list(owner.id, {st::applied, std::nullopt}, {1, 1}) == ids{a2.id});  // paged after filtering

        const auto rows = read(*store, [&](auto& uow) { return uow.applications().list(owner.id, {}, {0, 1}); });
        REQUIRE(rows.size() == 1);
        CHECK(rows.front() == a5);
    }
}

TEST_CASE("applications: update replaces every field; absent ids are no-ops", "[contract][applications]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto resume = make_resume(1, owner.id);
        const auto original = full_application(1, owner.id, resume.id);
        const auto kept = make_application(2, owner.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.resumes().insert(resume);
            uow.applications().insert(original);
            uow.applications().insert(kept);
        });
        auto cleared = make_application(1, owner.id);  // every optional back to null
        cleared.company_name = "Other Co";
        cleared.status = domain::application_status::withdrawn;
        cleared.salary_currency = "GBP";
        cleared.created_at = original.created_at;
        cleared.updated_at = at(999, 999999);
        write(*store, [&](auto& uow) {
            uow.applications().update(cleared);
            uow.applications().update(make_application(3, owner.id));
            uow.applications().remove(uuid(table::application, 4));
        });
        read(*store, [&](auto& uow) {
            CHECK(uow.applications().find(original.id) == cleared);
            CHECK(uow.applications().find(kept.id) == kept);
            CHECK_FALSE(uow.applications().find(uuid(table::application, 3)).has_value());
            return 0;
        });
        write(*store, [&](auto& uow) { uow.applications().update(original); });
        read(*store, [&](auto& uow) {
            CHECK(uow.applications().find(original.id) == original);
            return 0;
        });
    }
}

TEST_CASE("applications: remove cascades to stages, outcome, reflection and activity of that application only",
          "[contract][applications]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto doomed = make_application(1, owner.id);
        const auto survivor = make_application(2, owner.id);
        const auto s1 = make_stage(1, doomed.id);
        const auto s2 = make_stage(2, doomed.id);
        const auto s3 = make_stage(3, survivor.id);
        const auto o1 = make_outcome(1, doomed.id);
        const auto o2 = make_outcome(2, survivor.id);
        const auto r1 = make_reflection(1, doomed.id);
        const auto r2 = make_reflection(2, survivor.id);
        const auto e1 = make_activity(1, owner.id, doomed.id);
        const auto e2 = make_activity(2, owner.id, survivor.id);
        const auto e3 = make_activity(3, owner.id);  // not about any application
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(doomed);
            uow.applications().insert(survivor);
            for (const auto& s : {s1, s2, s3}) uow.stages().insert(s);
            uow.outcomes().insert(o1);
            uow.outcomes().insert(o2);
            uow.reflections().insert(r1);
            uow.reflections().insert(r2);
            for (const auto& e : {e1, e2, e3}) uow.activity().append(e);
        });
        write(*store, [&](auto& uow) { uow.applications().remove(doomed.id); });
        read(*store, [&](auto& uow) {
            CHECK_FALSE(uow.applications().find(doomed.id).has_value());
            CHECK(uow.applications().find(survivor.id) == survivor);
            CHECK_FALSE(uow.stages().find(s1.id).has_value());
            CHECK_FALSE(uow.stages().find(s2.id).has_value());
            CHECK(uow.stages().find(s3.id) == s3);
            CHECK(uow.stages().list_for({doomed.id, survivor.id}) == std::vector{s3});
            CHECK_FALSE(uow.outcomes().find(o1.id).has_value());
            CHECK_FALSE(uow.outcomes().find_for(doomed.id).has_value());
            CHECK(uow.outcomes().find_for(survivor.id) == o2);
            CHECK_FALSE(uow.reflections().find(r1.id).has_value());
            CHECK_FALSE(uow.reflections().find_for(doomed.id).has_value());
            CHECK(uow.reflections().find_for(survivor.id) == r2);
            CHECK(uow.activity().list(owner.id, doomed.id, {}).empty());
            CHECK(ids_of(uow.activity().list(owner.id, std::nullopt, {})) == std::vector{e3.id, e2.id});
            CHECK(ids_of(uow.applications().list(owner.id, {}, {})) == std::vector{survivor.id});
            return 0;
        });
    }
}

TEST_CASE("applications: a taken id throws unique_violation", "[contract][applications]") {
    for (auto& f : store_factories()) DYNAMIC_SECTION(f.name) {
        auto store = f.make();
        const auto owner = make_user(1);
        const auto first = make_application(1, owner.id);
        write(*store, [&](auto& uow) {
            uow.users().insert(owner);
            uow.applications().insert(first);
        });
        auto twin = make_application(2, owner.id);
        twin.id = first.id;
        {
            auto uow = store->begin(ports::access::read_write);
            CHECK_THROWS_AS(uow->applications().insert(twin), ports::unique_violation);
        }
        read(*store, [&](auto& uow) {
            CHECK(uow.applications().find(first.id) == first);
            return 0;
        });
    }
}
