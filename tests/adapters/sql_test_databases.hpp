// Throwaway databases for the SQL adapter's tests and the contract suite: a fresh SQLite file or a fresh
// PostgreSQL schema per store, removed again when the store is destroyed.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <offertracker/adapters/sql/sql_store.hpp>

namespace offertracker::sql_test {

// A sql_store plus the throwaway database under it; the database is removed after the store closes.
class temporary_store final : public ports::store {
public:
    temporary_store(std::unique_ptr<adapters::sql::sql_store> store, std::string url, std::function<void()> cleanup);
    ~temporary_store() override;

    std::unique_ptr<ports::unit_of_work> begin(ports::access mode) override { return store_->begin(mode); }
    adapters::sql::sql_store& sql() { return *store_; }
    // The URL the store was opened with (e.g. to open a second store on the same database).
    const std::string& url() const { return url_; }

private:
    std::unique_ptr<adapters::sql::sql_store> store_;
    std::string url_;
    std::function<void()> cleanup_;
};

// A fresh, unique directory under the system temp dir (removed by the caller).
std::string fresh_temp_dir();

// A store on a new SQLite file in a fresh temp directory; migrated unless migrate is false.
std::unique_ptr<temporary_store> temporary_sqlite_store(bool migrate = true, std::size_t pool_size = 4);

// OFFERTRACKER_TEST_POSTGRES_URL, or nullopt when unset (after printing one warning that PostgreSQL is
// skipped). Throws std::runtime_error when it is unset and OFFERTRACKER_REQUIRE_POSTGRES=1.
std::optional<std::string> postgres_url();

// url made safe to hand to soci::session directly (SOCI 4.0 mangles a PostgreSQL URI without a '=').
std::string soci_postgresql_target(const std::string& url);

// A store on a new schema (search_path set through the URL's options) of the database at admin_url;
// migrated unless migrate is false. extra_options is appended to the URL's query string.
std::unique_ptr<temporary_store> temporary_postgresql_store(const std::string& admin_url, bool migrate = true,
                                                            std::size_t pool_size = 2,
                                                            const std::string& extra_options = "");

}  // namespace offertracker::sql_test
