// Column lists, JSON list columns and inserted ids for the SQL Recruiting repositories.
#include "recruiting_sql.hpp"

#include <boost/json.hpp>

#include <offertracker/domain/json_text.hpp>
#include <offertracker/ports/storage_error.hpp>

namespace offertracker::adapters::sql::recruiting_sql {

std::string columns::select() const {
    std::string out = "id";
    for (auto name : names_) out.append(", ").append(name);
    return out;
}

std::string columns::select(std::string_view alias) const {
    const std::string prefix = std::string{alias} + ".";
    std::string out = prefix + "id";
    for (auto name : names_) out.append(", ").append(prefix).append(name);
    return out;
}

std::string columns::insert_into(std::string_view table) const {
    std::string cols, values;
    for (auto name : names_) {
        if (!cols.empty()) cols += ", ", values += ", ";
        cols += name;
        values.append(":").append(name);
    }
    return "INSERT INTO " + std::string{table} + " (" + cols + ") VALUES (" + values + ") RETURNING id";
}

std::string columns::set(std::initializer_list<std::string_view> names) {
    std::string out;
    for (auto name : names) {
        if (!out.empty()) out += ", ";
        out.append(name).append(" = :").append(name);
    }
    return out;
}

record_id inserted_id(query& q) {
    std::optional<record_id> id;
    q.each(1, [&](const text_row& r) { id = r.integer(0); });
    if (!id) throw ports::storage_error("insert returned no id");
    return *id;
}

std::string strings_to_json(const std::vector<std::string>& items) {
    boost::json::array array;
    for (const auto& item : items) array.emplace_back(item);
    return boost::json::serialize(array);
}

std::vector<std::string> strings_from_json(const std::string& text, std::string_view column) {
    boost::json::error_code ec;
    boost::json::parse_options options;
    options.max_depth = domain::max_json_depth;
    const boost::json::value v = boost::json::parse(text, ec, {}, options);
    if (ec || !v.is_array()) throw ports::storage_error(std::string{column} + " is not a JSON array");
    std::vector<std::string> out;
    for (const auto& item : v.get_array()) {
        if (!item.is_string()) throw ports::storage_error(std::string{column} + " holds a non-string");
        out.emplace_back(item.get_string());
    }
    return out;
}

std::vector<std::string> event_names(const std::vector<recruiting::webhook_event>& events) {
    std::vector<std::string> out;
    for (auto e : events) out.emplace_back(domain::to_string(e));
    return out;
}

std::vector<recruiting::webhook_event> events_from_names(const std::vector<std::string>& names,
                                                         std::string_view column) {
    std::vector<recruiting::webhook_event> out;
    for (const auto& name : names) out.push_back(stored_enum<recruiting::webhook_event>(name, column));
    return out;
}

std::size_t count_of(query& q) {
    long long n = 0;
    q.each(1, [&](const text_row& r) { n = r.integer(0); });
    return static_cast<std::size_t>(n);
}

}  // namespace offertracker::adapters::sql::recruiting_sql
