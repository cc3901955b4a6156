// The surface's named schemas for /openapi.json: request bodies and response models as the seed documents them,
// the enums from their one string table, and the two error shapes.
#include <boost/json.hpp>

#include <offertracker/domain/enums.hpp>

#include "route_docs.hpp"

namespace offertracker::adapters::http::offertracker_api {
namespace json = boost::json;
namespace {

struct field {
    std::string name;
    json::value schema;
    bool required = false;
};

json::object object_of(std::initializer_list<field> fields) {
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

json::object text(std::size_t max_length = 0) {
    json::object s{{"type", "string"}};
    if (max_length) s["maxLength"] = max_length;
    return s;
}
json::object date() { return {{"type", "string"}, {"format", "date"}}; }
json::object instant() { return {{"type", "string"}, {"format", "date-time"}}; }
json::object list_of(json::object items) { return {{"type", "array"}, {"items", std::move(items)}}; }
json::object ref(std::string_view name) { return {{"$ref", "#/components/schemas/" + std::string(name)}}; }
// OpenAPI 3.1 is JSON Schema: an optional field's null is one more alternative.
json::object or_null(json::object s) { return {{"anyOf", json::array{std::move(s), json::object{{"type", "null"}}}}}; }

template <class E>
json::object enum_schema() {
    json::array values;
    for (const auto& [_, text] : domain::enum_strings<E>::values) values.emplace_back(text);
    return {{"type", "string"}, {"enum", std::move(values)}};
}

}  // namespace

void register_schemas(mount& m) {
    const auto add = [&m](std::string name, const json::object& schema) { m.schema(std::move(name), json::serialize(schema)); };

    add("HTTPError", object_of({{"detail", text(), true}}));
    const json::object loc_part{{"anyOf", json::array{text(), json::object{{"type", "integer"}}}}};
    const auto issue = object_of({{"loc", list_of(loc_part), true}, {"msg", text(), true}, {"type", text(), true}});
    add("HTTPValidationError", object_of({{"detail", list_of(issue), true}}));
    add("Deleted", object_of({{"detail", text(), true}}));

    add("ContactType", enum_schema<domain::contact_type>());
    add("ContactCreate", object_of({{"name", text(255), true},
                                    {"application_id", or_null(text())},
                                    {"email", or_null(text(255))},
                                    {"phone", or_null(text(50))},
                                    {"role_title", or_null(text(255))},
                                    {"company", or_null(text(255))},
                                    {"contact_type", ref("ContactType")},
                                    {"linkedin_url", or_null(text(500))},
                                    {"notes", or_null(text())},
                                    {"last_contacted", or_null(date())}}));
    add("ContactUpdate", object_of({{"name", text(255)},
                                    {"application_id", or_null(text())},
                                    {"email", or_null(text(255))},
                                    {"phone", or_null(text(50))},
                                    {"role_title", or_null(text(255))},
                                    {"company", or_null(text(255))},
                                    {"contact_type", ref("ContactType")},
                                    {"linkedin_url", or_null(text(500))},
                                    {"notes", or_null(text())},
                                    {"last_contacted", or_null(date())}}));
    add("ContactResponse", object_of({{"id", text(), true},
                                      {"user_id", text(), true},
                                      {"application_id", or_null(text()), true},
                                      {"name", text(), true},
                                      {"email", or_null(text()), true},
                                      {"phone", or_null(text()), true},
                                      {"role_title", or_null(text()), true},
                                      {"company", or_null(text()), true},
                                      {"contact_type", ref("ContactType"), true},
                                      {"linkedin_url", or_null(text()), true},
                                      {"notes", or_null(text()), true},
                                      {"last_contacted", or_null(date()), true},
                                      {"created_at", instant(), true},
                                      {"updated_at", instant(), true}}));
}

}  // namespace offertracker::adapters::http::offertracker_api
