// The SQL migrations of each engine, compiled into the binary from schema/<engine>/NNN_name.sql.
#pragma once

#include <span>
#include <string_view>

namespace offertracker::schema {

// One migration file: version is its number (NNN), name the rest of the file name, sql its whole text
// (several statements, to be run as one script inside one transaction).
struct migration {
    int version;
    std::string_view name;
    std::string_view sql;
};

// Every migration of the engine in ascending version order. Both engines have the same versions and names
// (the build checks this). The spans refer to static storage and live for the whole program.
std::span<const migration> sqlite_migrations();
std::span<const migration> postgresql_migrations();

}  // namespace offertracker::schema
