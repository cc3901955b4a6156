// A parameterised statement with a variable number of bound values, and rows read back as text.
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <soci/soci.h>

#include <offertracker/domain/enum_table.hpp>
#include <offertracker/domain/time.hpp>
#include <offertracker/ports/storage_error.hpp>

namespace offertracker::adapters::sql {

// One result row. Every column is fetched as text (both engines render any type as text), then parsed
// here, so one reader works for SQLite's TEXT dates and PostgreSQL's date/timestamptz alike.
// Accessors throw ports::storage_error when a stored value cannot be read (corrupt data).
class text_row {
public:
    explicit text_row(std::size_t columns) : values_(columns), indicators_(columns, soci::i_null) {}

    bool is_null(std::size_t i) const { return indicators_.at(i) == soci::i_null; }
    const std::string& text(std::size_t i) const;
    std::optional<std::string> optional_text(std::size_t i) const;
    long long integer(std::size_t i) const;
    std::optional<long long> optional_integer(std::size_t i) const;
    bool boolean(std::size_t i) const;
    domain::date date(std::size_t i) const;
    std::optional<domain::date> optional_date(std::size_t i) const;
    domain::timestamp timestamp(std::size_t i) const;

    std::vector<std::string>& values() { return values_; }
    std::vector<soci::indicator>& indicators() { return indicators_; }

private:
    std::vector<std::string> values_;
    std::vector<soci::indicator> indicators_;
};

// Builds and runs one statement. Values are bound by name (":name" in the text) with SOCI use(), never
// pasted into the SQL; the query keeps its own copies, so callers may pass temporaries.
class query {
public:
    query(soci::session& s, std::string text) : session_(s), text_(std::move(text)) {}

    query& bind(const std::string& name, std::string_view value);
    query& bind(const std::string& name, const std::string& value) { return bind(name, std::string_view{value}); }
    query& bind(const std::string& name, const char* value) { return bind(name, std::string_view{value}); }
    query& bind(const std::string& name, const std::optional<std::string>& value);
    query& bind(const std::string& name, long long value);
    query& bind(const std::string& name, const std::optional<long long>& value);
    query& bind(const std::string& name, const std::optional<int>& value);
    query& bind(const std::string& name, bool value);
    query& bind(const std::string& name, domain::date value);
    query& bind(const std::string& name, const std::optional<domain::date>& value);
    query& bind(const std::string& name, domain::timestamp value);

    // Runs a statement that returns no rows; returns the number of rows it changed.
    long long run();
    // Runs a query returning `columns` columns and calls on_row for each row, in order.
    void each(std::size_t columns, const std::function<void(const text_row&)>& on_row);

private:
    struct text_binding {
        std::string name;
        std::string value;
        soci::indicator indicator;
    };
    struct integer_binding {
        std::string name;
        long long value;
        soci::indicator indicator;
    };
    void exchange_uses(soci::statement& st);

    soci::session& session_;
    std::string text_;
    // deques: SOCI keeps references to the bound values, which must not move.
    std::deque<text_binding> texts_;
    std::deque<integer_binding> integers_;
};

// A stored enum string read back; a value outside the enum means the data is corrupt.
template <class E>
E stored_enum(const std::string& text, std::string_view column) {
    if (auto e = domain::parse_enum<E>(text)) return *e;
    throw ports::storage_error("unknown value in column " + std::string{column});
}

template <class E>
std::optional<E> stored_enum(const std::optional<std::string>& text, std::string_view column) {
    if (!text) return std::nullopt;
    return stored_enum<E>(*text, column);
}

template <class E>
std::optional<std::string> enum_text(const std::optional<E>& e) {
    if (!e) return std::nullopt;
    return std::string{domain::to_string(*e)};
}

// Runs q and says whether it returned a row.
inline bool any_row(query&& q) {
    bool found = false;
    q.each(1, [&](const text_row&) { found = true; });
    return found;
}

// SQL placeholders ":prefix0, :prefix1, ..." for an IN list of n values (n >= 1).
std::string placeholders(std::string_view prefix, std::size_t n);

}  // namespace offertracker::adapters::sql
