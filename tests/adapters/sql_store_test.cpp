// sql_store behaviour beyond the port contracts: cascades, error mapping, the pool and broken sessions.
#include <catch2/catch.hpp>

#include <chrono>
#include <future>
#include <unistd.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <offertracker/ports/storage_error.hpp>

#include "sql_engines.hpp"

using namespace offertracker;
using namespace std::chrono_literals;

namespace {

domain::timestamp at(int seconds, int micros = 0) {
    return domain::timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / 22} + 10h +
                             std::chrono::seconds{seconds} + std::chrono::microseconds{micros}};
}

domain::user user_n(int n) {
    domain::user u;
    u.id = "00000001-0000-4000-8000-" + std::to_string(100000000000 + n);
    u.email = "u" + std::to_string(n) + "@example.com";
    u.username = "u" + std::to_string(n);
    u.password_hash = "$argon2id$SECRET-HASH-" + std::to_string(n);
    u.created_at = at(n, 123456);
    u.updated_at = at(n, 654321);
    return u;
}

domain::application application_n(int n, const domain::id& user_id) {
    domain::application a;
    a.id = "00000003-0000-4000-8000-" + std::to_string(100000000000 + n);
    a.user_id = user_id;
    a.company_name = "Company " + std::to_string(n);
    a.role_title = "Engineer";
    a.created_at = at(n);
    a.updated_at = at(n);
    return a;
}

domain::stage stage_n(int n, const domain::id& application_id) {
    domain::stage s;
    s.id = "00000004-0000-4000-8000-" + std::to_string(100000000000 + n);
    s.application_id = application_id;
    s.stage_name = "Round " + std::to_string(n);
    s.stage_date = std::chrono::year{2026} / 11 / 22;
    s.questions_asked = {"Why \"us\"?", "ünïcode ✓", ""};
    s.created_at = at(n);
    s.updated_at = at(n);
    return s;
}

domain::resume resume_n(int n, const domain::id& user_id) {
    domain::resume r;
    r.id = "00000002-0000-4000-8000-" + std::to_string(100000000000 + n);
    r.user_id = user_id;
    r.version_name = "v" + std::to_string(n);
    r.created_at = at(n);
    r.updated_at = at(n);
    return r;
}

}  // namespace

TEST_CASE("sql_store: deleting an application cascades; deleting a resume unlinks", "[sql][store]") {
    for (auto& e : sql_test::engines()) DYNAMIC_SECTION(e.name) {
        auto store = e.make(true, 2);
        const auto u = user_n(1);
        const auto r = resume_n(1, u.id);
        auto a = application_n(1, u.id);
        a.resume_version_id = r.id;
        const auto s = stage_n(1, a.id);
        domain::outcome o;
        o.id = "o1";
        o.application_id = a.id;
        o.created_at = o.updated_at = at(1);
        domain::reflection x;
        x.id = "x1";
        x.application_id = a.id;
        x.skill_gaps_json = R"({"z":1,"a":[true,null],"m":"é"})";
        x.created_at = x.updated_at = at(1);
        domain::activity_entry log{"l1", u.id, a.id, "Stage Added", "Added stage", R"({"b":2,"a":1})", at(1)};
        {
            auto uow = store->begin(ports::access::read_write);
            uow->users().insert(u);
            uow->resumes().insert(r);
            uow->applications().insert(a);
            uow->stages().insert(s);
            uow->outcomes().insert(o);
            uow->reflections().insert(x);
            uow->activity().append(log);
            uow->commit();
        }
        {
            auto uow = store->begin(ports::access::read_only);
            CHECK(uow->stages().find(s.id) == s);
            CHECK(uow->reflections().find_for(a.id) == x);  // skill gaps byte for byte
            CHECK(uow->activity().list(u.id, std::nullopt, {}) == std::vector{log});
        }
        {
            auto uow = store->begin(ports::access::read_write);
            uow->resumes().remove(r.id);
            uow->commit();
        }
        {
            auto uow = store->begin(ports::access::read_write);
            auto reloaded = uow->applications().find(a.id);
            REQUIRE(reloaded);
            CHECK_FALSE(reloaded->resume_version_id.has_value());
            uow->applications().remove(a.id);
            uow->commit();
        }
        auto uow = store->begin(ports::access::read_only);
        CHECK_FALSE(uow->stages().find(s.id).has_value());
        CHECK_FALSE(uow->outcomes().find(o.id).has_value());
        CHECK_FALSE(uow->reflections().find(x.id).has_value());
        CHECK(uow->activity().list(u.id, std::nullopt, {}).empty());
        CHECK(uow->users().find(u.id) == u);
    }
}

TEST_CASE("sql_store: foreign keys are enforced (a stage needs its application)", "[sql][store]") {
    for (auto& e : sql_test::engines()) DYNAMIC_SECTION(e.name) {
        auto store = e.make(true, 1);
        auto uow = store->begin(ports::access::read_write);
        const auto u = user_n(1);
        uow->users().insert(u);
        try {
            uow->applications().insert(application_n(1, "no-such-user"));
            FAIL("inserted an application for a missing user");
        } catch (const ports::unique_violation&) {
            FAIL("a foreign key failure is not a unique violation");
        } catch (const ports::storage_error&) {
        }
    }
    for (auto& e : sql_test::engines()) DYNAMIC_SECTION(e.name + " stage") {
        auto store = e.make(true, 1);
        auto uow = store->begin(ports::access::read_write);
        CHECK_THROWS_AS(uow->stages().insert(stage_n(1, "no-such-application")), ports::storage_error);
    }
}

TEST_CASE("sql_store: unique violations are typed and their messages hold no bound values", "[sql][store]") {
    for (auto& e : sql_test::engines()) DYNAMIC_SECTION(e.name) {
        auto store = e.make(true, 1);
        const auto u = user_n(1);
        {
            auto uow = store->begin(ports::access::read_write);
            uow->users().insert(u);
            uow->commit();
        }
        auto twin = user_n(2);
        twin.email = u.email;
        auto uow = store->begin(ports::access::read_write);
        try {
            uow->users().insert(twin);
            FAIL("duplicate email accepted");
        } catch (const ports::unique_violation& err) {
            const std::string what = err.what();
            CHECK(what.find("users.insert") != std::string::npos);
            CHECK(what.find("SECRET-HASH") == std::string::npos);
            CHECK(what.find(u.email) == std::string::npos);
        }
    }
}

TEST_CASE("sql_store: a failed statement does not poison the pooled session", "[sql][store]") {
    for (auto& e : sql_test::engines()) DYNAMIC_SECTION(e.name) {
        auto store = e.make(true, 1);  // one session: every unit below reuses it
        {
            auto uow = store->begin(ports::access::read_write);
            uow->users().insert(user_n(1));
            uow->commit();
        }
        for (int attempt = 0; attempt < 3; ++attempt) {
            auto uow = store->begin(ports::access::read_write);
            uow->users().insert(user_n(10 + attempt));  // rolled back with the failing unit
            CHECK_THROWS_AS(uow->users().insert(user_n(1)), ports::unique_violation);
        }
        {
            auto uow = store->begin(ports::access::read_write);
            uow->users().insert(user_n(2));
            uow->commit();
        }
        auto uow = store->begin(ports::access::read_only);
        CHECK(uow->users().find(user_n(2).id).has_value());
        CHECK_FALSE(uow->users().find(user_n(10).id).has_value());
    }
}

TEST_CASE("sql_store: a unit destroyed without commit rolls back and frees its session", "[sql][store]") {
    for (auto& e : sql_test::engines()) DYNAMIC_SECTION(e.name) {
        auto store = e.make(true, 1);
        const auto started = std::chrono::steady_clock::now();
        for (int i = 0; i < 20; ++i) {
            auto mode = i % 2 ? ports::access::read_only : ports::access::read_write;
            auto uow = store->begin(mode);
            if (mode == ports::access::read_write) uow->users().insert(user_n(i));
        }
        // Had a session not come back, begin() would have waited out the pool's 30 s limit.
        CHECK(std::chrono::steady_clock::now() - started < 10s);
        auto uow = store->begin(ports::access::read_only);
        CHECK(uow->users().search_public("", {}).empty());
        CHECK_FALSE(uow->users().find(user_n(0).id).has_value());
    }
}

TEST_CASE("sql_store: concurrent writers all succeed", "[sql][store]") {
    for (auto& e : sql_test::engines()) DYNAMIC_SECTION(e.name) {
        auto store = e.make(true, 4);
        constexpr int threads = 4, per_thread = 15;
        std::vector<std::future<void>> done;
        for (int t = 0; t < threads; ++t)
            done.push_back(std::async(std::launch::async, [&store, t] {
                for (int i = 0; i < per_thread; ++i) {
                    auto uow = store->begin(ports::access::read_write);
                    auto u = user_n(t * 1000 + i);
                    u.visibility = domain::profile_visibility::public_;
                    uow->users().insert(u);
                    uow->commit();
                }
            }));
        for (auto& d : done) REQUIRE_NOTHROW(d.get());
        auto uow = store->begin(ports::access::read_only);
        CHECK(uow->users().search_public("", {0, 1000}).size() == threads * per_thread);
    }
}

TEST_CASE("sql_store: commit twice is refused", "[sql][store]") {
    for (auto& e : sql_test::engines()) DYNAMIC_SECTION(e.name) {
        auto store = e.make(true, 1);
        auto uow = store->begin(ports::access::read_write);
        uow->commit();
        CHECK_THROWS_AS(uow->commit(), ports::storage_error);
    }
}

TEST_CASE("postgresql: timestamps come back as text parse_timestamp reads, to the microsecond", "[sql][postgresql]") {
    auto url = sql_test::postgres_url();
    if (!url) return;
    auto store = sql_test::temporary_postgresql_store(*url);
    const auto u = user_n(7);
    {
        auto uow = store->begin(ports::access::read_write);
        uow->users().insert(u);
        uow->commit();
    }
    soci::session s(soci::postgresql, sql_test::soci_postgresql_target(store->url()));
    s << "SET TimeZone TO 'UTC'";
    std::string created;
    s << "SELECT CAST(created_at AS text) FROM users WHERE id = :id", soci::use(u.id), soci::into(created);
    CHECK(created == "2026-11-22 10:00:07.123456+00");
    CHECK(domain::parse_timestamp(created) == u.created_at);
    auto uow = store->begin(ports::access::read_only);
    CHECK(uow->users().find(u.id) == u);
}

TEST_CASE("postgresql: a session whose connection died is replaced, not reused", "[sql][postgresql]") {
    auto url = sql_test::postgres_url();
    if (!url) return;
    const std::string app_name = "offertracker_kill_test_" + std::to_string(::getpid());
    auto store = sql_test::temporary_postgresql_store(*url, true, 1, "application_name=" + app_name);
    {
        auto uow = store->begin(ports::access::read_write);
        uow->users().insert(user_n(1));
        uow->commit();
    }
    {
        auto uow = store->begin(ports::access::read_only);
        soci::session admin(soci::postgresql, sql_test::soci_postgresql_target(*url));
        admin << "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = :n",
            soci::use(app_name);
        CHECK_THROWS_AS(uow->users().find(user_n(1).id), ports::storage_error);
    }
    // The only session in the pool was broken; the next unit gets a fresh connection.
    auto uow = store->begin(ports::access::read_only);
    CHECK(uow->users().find(user_n(1).id).has_value());
}
