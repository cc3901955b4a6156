// Parsing of the database_url setting: which engine, and what to hand to its driver.
#pragma once

#include <string>
#include <string_view>

namespace offertracker::adapters::sql {

enum class engine { sqlite, postgresql };

struct database_url {
    engine kind;
    // sqlite: the file path (relative to the working directory, or absolute);
    // postgresql: the whole URL, passed unchanged to libpq as a connection URI.
    std::string target;
};

// Accepts "sqlite://PATH" ("sqlite:///abs/file.db", "sqlite://data/app.db") and "postgresql://..." or
// "postgres://..." (user, password, host, port, database and ?options as libpq reads them).
// Throws std::invalid_argument for anything else, including an empty SQLite path and ":memory:" (each pooled
// session would see a different database). The message never repeats the URL, which may hold a password.
database_url parse_database_url(std::string_view url);

}  // namespace offertracker::adapters::sql
