// The list of Recruiting stores under contract: add one entry per implementation.
#include "recruiting_store_factories.hpp"

#include <offertracker/adapters/memory/in_memory_recruiting_store.hpp>

#include "sql_test_databases.hpp"  // tests/adapters: throwaway SQLite files and PostgreSQL schemas

namespace {

using namespace offertracker;

// A migrated throwaway SQL database's Recruiting store; the database goes with it.
class temporary_recruiting_store final : public ports::recruiting_store {
public:
    explicit temporary_recruiting_store(std::unique_ptr<sql_test::temporary_store> db) : db_(std::move(db)) {}

    std::unique_ptr<ports::recruiting_unit_of_work> begin(ports::access mode) override {
        return db_->sql().recruiting().begin(mode);
    }
    void pause_before_rerun(int rerun) override { db_->sql().recruiting().pause_before_rerun(rerun); }

private:
    std::unique_ptr<sql_test::temporary_store> db_;
};

}  // namespace

std::vector<recruiting_store_factory> recruiting_store_factories() {
    std::vector<recruiting_store_factory> factories;
    factories.push_back({"memory", [] { return std::make_unique<adapters::memory::in_memory_recruiting_store>(); }});
    // A fresh migrated SQLite file per store, deleted with it.
    factories.push_back({"sqlite", [] {
                             return std::make_unique<temporary_recruiting_store>(sql_test::temporary_sqlite_store());
                         }});
    // A fresh migrated schema per store in OFFERTRACKER_TEST_POSTGRES_URL's database, dropped with it.
    // Unset: skipped with a warning, or every test fails when OFFERTRACKER_REQUIRE_POSTGRES=1.
    if (auto url = sql_test::postgres_url())
        factories.push_back({"postgresql", [u = *url] {
                                 return std::make_unique<temporary_recruiting_store>(
                                     sql_test::temporary_postgresql_store(u));
                             }});
    return factories;
}
