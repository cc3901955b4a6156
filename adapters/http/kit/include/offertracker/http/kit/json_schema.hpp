// Building blocks of a surface's named schemas (JSON Schema 2020-12, as OpenAPI 3.1 has it): every surface
// describes its request bodies and response models with these and registers them on its mount.
#pragma once

#include <boost/json.hpp>

#include <initializer_list>
#include <string>
#include <string_view>

#include <offertracker/domain/enum_table.hpp>
#include <offertracker/http/router.hpp>

namespace offertracker::adapters::http::kit::schemas {
namespace json = boost::json;

struct field {
    std::string name;
    json::value schema;
    bool required = false;
};

inline json::object object_of(std::initializer_list<field> fields) {
    json::object properties;
    json::array required;
    for (const auto& f : fields) {
        properties[f.name] = f.schema;
        if (f.required) required.emplace_back(f.name);
    }
    json::object o{{"type", "object"}, {"properties", std::move(properties)}};
    if (!required.empty()) o["required"] = std::move(required);
    return o;
}

// A string of at most max_length characters (0: unbounded).
inline json::object text(std::size_t max_length = 0) {
    json::object s{{"type", "string"}};
    if (max_length) s["maxLength"] = max_length;
    return s;
}
// A string the core refuses when empty (length between min_length and max_length).
inline json::object text(std::size_t min_length, std::size_t max_length) {
    auto s = text(max_length);
    s["minLength"] = min_length;
    return s;
}
inline json::object integer() { return {{"type", "integer"}}; }
inline json::object integer(long long minimum) { return {{"type", "integer"}, {"minimum", minimum}}; }
inline json::object integer(long long minimum, long long maximum) {
    return {{"type", "integer"}, {"minimum", minimum}, {"maximum", maximum}};
}
inline json::object number() { return {{"type", "number"}}; }
inline json::object boolean() { return {{"type", "boolean"}}; }
inline json::object any_object() { return {{"type", "object"}}; }
inline json::object date() { return {{"type", "string"}, {"format", "date"}}; }
inline json::object instant() { return {{"type", "string"}, {"format", "date-time"}}; }
inline json::object list_of(json::object items) { return {{"type", "array"}, {"items", std::move(items)}}; }
inline json::object ref(std::string_view name) { return {{"$ref", "#/components/schemas/" + std::string(name)}}; }
// An optional field's null is one more alternative.
inline json::object or_null(json::object s) {
    return {{"anyOf", json::array{std::move(s), json::object{{"type", "null"}}}}};
}
inline json::object with_default(json::object s, json::value value) {
    s["default"] = std::move(value);
    return s;
}

// The enum's wire strings, from its one string table.
template <class E>
json::object enum_schema() {
    json::array values;
    for (const auto& [_, text] : domain::enum_strings<E>::values) values.emplace_back(text);
    return {{"type", "string"}, {"enum", std::move(values)}};
}

inline void add(mount& m, std::string name, const json::object& schema) { m.schema(std::move(name), json::serialize(schema)); }

}  // namespace offertracker::adapters::http::kit::schemas
