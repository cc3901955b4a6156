// The engines the SQL adapter tests run on: SQLite always, PostgreSQL when a test server is configured.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "sql_test_databases.hpp"

namespace offertracker::sql_test {

struct engine_case {
    std::string name;
    // A store on a fresh database; migrated unless told otherwise.
    std::function<std::unique_ptr<temporary_store>(bool migrate, std::size_t pool_size)> make;
};

inline std::vector<engine_case> engines() {
    std::vector<engine_case> out;
    out.push_back({"sqlite", [](bool migrate, std::size_t pool) { return temporary_sqlite_store(migrate, pool); }});
    if (auto url = postgres_url())
        out.push_back({"postgresql", [u = *url](bool migrate, std::size_t pool) {
                           return temporary_postgresql_store(u, migrate, pool);
                       }});
    return out;
}

}  // namespace offertracker::sql_test
