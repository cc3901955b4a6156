// Splits database_url into engine and driver target; validation happens here so a typo fails at startup.
#include <offertracker/adapters/sql/database_url.hpp>

#include <stdexcept>

namespace offertracker::adapters::sql {

database_url parse_database_url(std::string_view url) {
    constexpr std::string_view sqlite_prefix = "sqlite://";
    if (url.starts_with(sqlite_prefix)) {
        std::string path{url.substr(sqlite_prefix.size())};
        if (path.empty()) throw std::invalid_argument("database_url: sqlite:// needs a file path");
        if (path == ":memory:" || path.starts_with("file:"))
            throw std::invalid_argument("database_url: sqlite:// needs a plain file path (no :memory: or file: URIs)");
        // SOCI reads "key=value" pairs when the connect string holds '=', so such a path would be misread.
        if (path.find('=') != std::string::npos)
            throw std::invalid_argument("database_url: a sqlite:// path may not contain '='");
        return {engine::sqlite, std::move(path)};
    }
    // libpq reads both schemes; the URL goes through unchanged so every libpq option keeps working.
    if (url.starts_with("postgresql://") || url.starts_with("postgres://"))
        return {engine::postgresql, std::string{url}};
    throw std::invalid_argument("database_url: unsupported scheme (expected sqlite://PATH or postgresql://...)");
}

}  // namespace offertracker::adapters::sql
