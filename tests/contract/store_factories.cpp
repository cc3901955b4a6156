// The list of stores under contract: add one entry per implementation.
#include "store_factories.hpp"

#include <offertracker/adapters/memory/in_memory_store.hpp>

#include "sql_test_databases.hpp"  // tests/adapters: throwaway SQLite files and PostgreSQL schemas

std::vector<store_factory> store_factories() {
    std::vector<store_factory> factories;
    factories.push_back({"memory", [] { return std::make_unique<offertracker::adapters::memory::in_memory_store>(); }});
    // A fresh migrated SQLite file per store, deleted with it.
    factories.push_back({"sqlite", [] { return offertracker::sql_test::temporary_sqlite_store(); }});
    // A fresh migrated schema per store in OFFERTRACKER_TEST_POSTGRES_URL's database, dropped with it.
    // Unset: skipped with a warning, or every test fails when OFFERTRACKER_REQUIRE_POSTGRES=1.
    if (auto url = offertracker::sql_test::postgres_url())
        factories.push_back({"postgresql", [u = *url] { return offertracker::sql_test::temporary_postgresql_store(u); }});
    return factories;
}
