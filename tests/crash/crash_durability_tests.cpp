// Durability: concurrent writers against the real server, SIGKILL mid-load, restart, and every write that got a
// 2xx is still there, whole, and the database is consistent. SQLite always; PostgreSQL when configured.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sqlite3.h>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "support/api_client.hpp"
#include "support/server_process.hpp"
#include "sql_test_databases.hpp"

namespace offertracker::crash_test {
namespace {

using namespace std::chrono_literals;

struct acknowledged {
    std::mutex mutex;
    std::set<std::string> applications;                   // 201 on POST /applications
    std::map<std::string, std::string> stage_of;          // application id -> stage id that got a 201
    std::atomic<int> writes{0};
    std::atomic<int> failures{0};  // requests that got no response (expected once the server dies)
    std::atomic<int> non_2xx{0};   // responses that were not 2xx: must stay 0
    std::string first_non_2xx;
};

// Each writer creates applications in status Applied and adds a stage to each: the stage moves the application
// to Interviewing in the same transaction, which the consistency check below relies on.
void writer(unsigned short port, const std::string& token, int index, std::atomic<bool>& stop, acknowledged& ack) {
    std::unique_ptr<testing::test_client> c;
    for (int i = 0; !stop.load(); ++i) {
        try {
            if (!c) c = std::make_unique<testing::test_client>(authed_client(port, token));
            const auto created = c->post_json(
                "/api/v1/applications/", R"({"company_name":"writer-)" + std::to_string(index) + "-" + std::to_string(i) +
                                             R"(","role_title":"Engineer","status":"Applied","notes":")" +
                                             std::string(200, 'n') + R"("})");
            if (created.status != 201) {
                std::lock_guard lock(ack.mutex);
                if (ack.non_2xx++ == 0) ack.first_non_2xx = std::to_string(created.status) + " " + created.body;
                continue;
            }
            const std::string id(parse(created.body).at("id").as_string());
            {
                std::lock_guard lock(ack.mutex);
                ack.applications.insert(id);
            }
            ++ack.writes;
            const auto stage =
                c->post_json("/api/v1/applications/" + id + "/stages", R"({"stage_name":"Phone screen"})");
            if (stage.status != 201) {
                std::lock_guard lock(ack.mutex);
                if (ack.non_2xx++ == 0) ack.first_non_2xx = std::to_string(stage.status) + " " + stage.body;
                continue;
            }
            std::lock_guard lock(ack.mutex);
            ack.stage_of[id] = std::string(parse(stage.body).at("id").as_string());
            ++ack.writes;
        } catch (const std::exception&) {
            ++ack.failures;
            c.reset();
            std::this_thread::sleep_for(5ms);
        }
    }
}

void check_sqlite_integrity(const std::filesystem::path& file) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    auto single_column = [db](const char* sql) {
        std::vector<std::string> rows;
        sqlite3_stmt* stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const auto* text = sqlite3_column_text(stmt, 0);
            rows.emplace_back(text ? reinterpret_cast<const char*>(text) : "NULL");
        }
        sqlite3_finalize(stmt);
        return rows;
    };
    CHECK(single_column("PRAGMA integrity_check") == std::vector<std::string>{"ok"});
    CHECK(single_column("PRAGMA foreign_key_check").empty());
    sqlite3_close(db);
}

void kill_and_recover(const std::string& database_url, const std::filesystem::path& data_dir,
                      const std::filesystem::path& sqlite_file) {
    acknowledged ack;
    std::string token;
    {
        server_process server({data_dir, database_url, 4, {}});
        token = register_user(server.port(), "durable");
        std::atomic<bool> stop{false};
        std::vector<std::thread> writers;
        for (int i = 0; i < 6; ++i) writers.emplace_back(writer, server.port(), token, i, std::ref(stop), std::ref(ack));
        // Kill once enough writes are acknowledged (bounded: a slow machine still kills after 15 s).
        const auto deadline = std::chrono::steady_clock::now() + scaled(15s);
        while (ack.writes.load() < 300 && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(10ms);
        server.signal(SIGKILL);
        REQUIRE(server.wait_exit(10s).has_value());
        std::this_thread::sleep_for(100ms);  // writers notice the dead server
        stop = true;
        for (auto& t : writers) t.join();
    }
    INFO("acknowledged writes: " << ack.writes.load() << ", requests without a response: " << ack.failures.load());
    INFO("first non-2xx: " << ack.first_non_2xx);
    CHECK(ack.non_2xx.load() == 0);
    REQUIRE(ack.writes.load() > 50);

    if (!sqlite_file.empty()) check_sqlite_integrity(sqlite_file);

    server_process restarted({data_dir, database_url, 2, {}});
    token = login(restarted.port(), "durable");
    const auto all = all_applications(restarted.port(), token);
    std::map<std::string, boost::json::object> stored;
    for (const auto& a : all) stored[std::string(a.at("id").as_string())] = a.as_object();

    std::size_t missing = 0, missing_stages = 0, inconsistent = 0;
    for (const auto& id : ack.applications) missing += stored.count(id) == 0 ? 1 : 0;
    for (const auto& [app, stage] : ack.stage_of) {
        const auto it = stored.find(app);
        if (it == stored.end()) continue;
        bool found = false;
        for (const auto& s : it->second.at("stages").as_array()) found = found || s.at("id").as_string() == stage;
        missing_stages += found ? 0 : 1;
    }
    // Atomicity: an application has a stage exactly when it moved to Interviewing (one transaction does both).
    for (const auto& [id, a] : stored) {
        const bool has_stage = !a.at("stages").as_array().empty();
        const bool interviewing = a.at("status").as_string() == "Interviewing";
        if (has_stage != interviewing) ++inconsistent;
    }
    INFO("stored applications: " << stored.size() << ", acknowledged: " << ack.applications.size());
    CHECK(missing == 0);
    CHECK(missing_stages == 0);
    CHECK(inconsistent == 0);
    // Nothing appears that no writer sent (at most one per writer was in flight when the server died).
    CHECK(stored.size() <= ack.applications.size() + 6);

    // The recovered server takes writes again.
    auto c = authed_client(restarted.port(), token);
    CHECK(c.post_json("/api/v1/applications/", R"({"company_name":"after","role_title":"Engineer"})").status == 201);
}

}  // namespace

TEST_CASE("SIGKILL under concurrent writes loses no acknowledged write (SQLite)", "[crash][durability]") {
    temp_dir dir;
    const auto file = dir.path() / "offertracker.db";
    kill_and_recover("sqlite://" + file.string(), dir.path(), file);
}

TEST_CASE("SIGKILL under concurrent writes loses no acknowledged write (PostgreSQL)", "[crash][durability]") {
    const auto admin = sql_test::postgres_url();
    if (!admin) return;  // postgres_url() warned (or threw when PostgreSQL is required)
    temp_dir dir;
    // A throwaway schema; the store stays open (one connection) so the schema lives until the test ends.
    auto schema = sql_test::temporary_postgresql_store(*admin, true, 1);
    kill_and_recover(schema->url(), dir.path(), {});
}

}  // namespace offertracker::crash_test
