// What the SQL Recruiting repositories share: column lists declared once, JSON list columns, inserted ids.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <offertracker/recruiting/records.hpp>

#include "../query.hpp"

namespace offertracker::adapters::sql::recruiting_sql {

using recruiting::record_id;

// A table's columns but id, in the order its reader expects them after id. Each column's value is bound under
// the column's own name, so one list gives the SELECT list, the INSERT's column and value lists and the
// UPDATE's SET list.
class columns {
public:
    columns(std::initializer_list<std::string_view> names) : names_(names) {}

    // "id, a, b, ...": what the table's reader reads.
    std::string select() const;
    // The same, each column qualified with alias (for joins).
    std::string select(std::string_view alias) const;
    std::size_t select_count() const { return names_.size() + 1; }
    // "INSERT INTO table (a, b, ...) VALUES (:a, :b, ...) RETURNING id".
    std::string insert_into(std::string_view table) const;
    // "a = :a, b = :b, ..." over the named subset (every name must be one of the columns).
    static std::string set(std::initializer_list<std::string_view> names);

private:
    std::vector<std::string_view> names_;
};

// Runs an INSERT ... RETURNING id (both engines: SQLite since 3.35) and returns the id the table assigned.
record_id inserted_id(query& q);

// A JSON array of strings, as the list columns (skills, events) store it.
std::string strings_to_json(const std::vector<std::string>& items);
// Throws ports::storage_error naming column when text is not a JSON array of strings.
std::vector<std::string> strings_from_json(const std::string& text, std::string_view column);

std::vector<std::string> event_names(const std::vector<recruiting::webhook_event>& events);
std::vector<recruiting::webhook_event> events_from_names(const std::vector<std::string>& names,
                                                         std::string_view column);

// The count a COUNT(*) query returns.
std::size_t count_of(query& q);

}  // namespace offertracker::adapters::sql::recruiting_sql
