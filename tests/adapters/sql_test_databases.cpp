// Test databases: unique names from the pid, a counter and a random number, so parallel test processes
// (ctest -j, several developers on one server) never share one.
#include "sql_test_databases.hpp"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <random>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <stdexcept>
#include <unistd.h>

namespace offertracker::sql_test {
namespace {

std::string unique_suffix() {
    static std::atomic<unsigned> counter{0};
    static const unsigned salt = std::random_device{}();
    return std::to_string(::getpid()) + "_" + std::to_string(salt % 100000) + "_" + std::to_string(counter++);
}

std::string with_option(const std::string& url, const std::string& option) {
    if (option.empty()) return url;
    return url + (url.find('?') == std::string::npos ? "?" : "&") + option;
}

}  // namespace

temporary_store::temporary_store(std::unique_ptr<adapters::sql::sql_store> store, std::string url,
                                 std::function<void()> cleanup)
    : store_(std::move(store)), url_(std::move(url)), cleanup_(std::move(cleanup)) {}

temporary_store::~temporary_store() {
    store_.reset();  // close every session first: PostgreSQL cannot drop a schema in use without waiting
    try {
        if (cleanup_) cleanup_();
    } catch (const std::exception& e) {
        std::cerr << "warning: could not remove a test database: " << e.what() << '\n';
    }
}

std::string fresh_temp_dir() {
    const auto dir = std::filesystem::temp_directory_path() / ("offertracker-sql-test-" + unique_suffix());
    std::filesystem::create_directories(dir);
    return dir.string();
}

std::unique_ptr<temporary_store> temporary_sqlite_store(bool migrate, std::size_t pool_size) {
    const std::string dir = fresh_temp_dir();
    const std::string url = "sqlite://" + dir + "/offertracker.db";
    auto store = std::make_unique<adapters::sql::sql_store>(url, pool_size);
    if (migrate) store->migrate();
    return std::make_unique<temporary_store>(std::move(store), url, [dir] { std::filesystem::remove_all(dir); });
}

std::optional<std::string> postgres_url() {
    if (const char* url = std::getenv("OFFERTRACKER_TEST_POSTGRES_URL"); url && *url) return std::string{url};
    if (const char* required = std::getenv("OFFERTRACKER_REQUIRE_POSTGRES"); required && std::string{required} == "1")
        throw std::runtime_error("OFFERTRACKER_REQUIRE_POSTGRES=1 but OFFERTRACKER_TEST_POSTGRES_URL is not set");
    static std::once_flag warned;
    std::call_once(warned, [] {
        std::cerr << "WARN: OFFERTRACKER_TEST_POSTGRES_URL is not set; PostgreSQL tests are skipped\n";
    });
    return std::nullopt;
}

std::string soci_postgresql_target(const std::string& url) {
    return with_option(url, "fallback_application_name=offertracker_test");
}

std::unique_ptr<temporary_store> temporary_postgresql_store(const std::string& admin_url, bool migrate,
                                                            std::size_t pool_size, const std::string& extra_options) {
    const std::string schema = "offertracker_test_" + unique_suffix();
    {
        soci::session admin(soci::postgresql, soci_postgresql_target(admin_url));
        admin << "CREATE SCHEMA " + schema;
    }
    // libpq decodes %3D, so the server receives "-csearch_path=<schema>" for every pooled session.
    std::string url = with_option(admin_url, "options=-csearch_path%3D" + schema);
    url = with_option(url, extra_options);
    auto drop = [admin_url, schema] {
        soci::session admin(soci::postgresql, soci_postgresql_target(admin_url));
        admin << "SET client_min_messages TO warning";  // no NOTICE per dropped table on stderr
        admin << "DROP SCHEMA IF EXISTS " + schema + " CASCADE";
    };
    try {
        auto store = std::make_unique<adapters::sql::sql_store>(url, pool_size);
        if (migrate) store->migrate();
        return std::make_unique<temporary_store>(std::move(store), url, drop);
    } catch (...) {
        drop();
        throw;
    }
}

}  // namespace offertracker::sql_test
