// Builds the OpenAPI 3.1 document from the route table: paths, parameters, bodies, responses and security.
#include <offertracker/http/kit/api_docs.hpp>

#include <boost/json.hpp>

#include <map>
#include <stdexcept>

namespace offertracker::adapters::http::kit {
namespace json = boost::json;
namespace {

constexpr std::string_view security_scheme = "OAuth2PasswordBearer";

// A route_doc schema: a registered name, "Name[]", or JSON Schema text.
json::value schema_of(std::string_view text) {
    if (text.empty()) return json::object{};
    if (text.front() == '{') return json::parse(text);
    if (text.size() > 2 && text.substr(text.size() - 2) == "[]")
        return json::object{{"type", "array"}, {"items", schema_of(text.substr(0, text.size() - 2))}};
    return json::object{{"$ref", "#/components/schemas/" + std::string(text)}};
}

// "/applications/{id}/stages" -> {"id"}.
std::vector<std::string> path_parameters(std::string_view pattern) {
    std::vector<std::string> names;
    for (auto open = pattern.find('{'); open != std::string_view::npos; open = pattern.find('{', open + 1)) {
        const auto close = pattern.find('}', open);
        names.emplace_back(pattern.substr(open + 1, close - open - 1));
    }
    return names;
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return s;
}

// "get_api_v1_applications_id": unique per method and path, and usable as an HTML id (Swagger UI makes one).
std::string operation_id(const route_listing& route) {
    std::string id = lower(route.method);
    for (const char c : route.mount_prefix + route.pattern) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (word) id += c;
        else if (id.back() != '_') id += '_';
    }
    while (id.back() == '_') id.pop_back();
    return id;
}

json::object operation(const route_listing& route) {
    const auto& doc = route.doc;
    json::object op;
    op["summary"] = doc.summary.empty() ? route.method + " " + route.pattern : doc.summary;
    op["operationId"] = operation_id(route);
    if (!doc.tag.empty()) op["tags"] = json::array{json::string(doc.tag)};

    json::array parameters;
    for (const auto& name : path_parameters(route.pattern))
        parameters.push_back(json::object{
            {"name", name}, {"in", "path"}, {"required", true}, {"schema", json::object{{"type", "string"}}}});
    for (const auto& q : doc.query) {
        json::object p{{"name", q.name}, {"in", "query"}, {"required", q.required}, {"schema", schema_of(q.schema)}};
        if (!q.description.empty()) p["description"] = q.description;
        parameters.push_back(std::move(p));
    }
    if (!parameters.empty()) op["parameters"] = std::move(parameters);

    if (!doc.body_schema.empty())
        op["requestBody"] = json::object{
            {"required", true},
            {"content", json::object{{doc.body_type, json::object{{"schema", schema_of(doc.body_schema)}}}}}};

    json::object responses;
    for (const auto& r : doc.responses) {
        json::object response{{"description", r.description.empty() ? std::string("Response") : r.description}};
        if (!r.schema.empty())
            response["content"] = json::object{{"application/json", json::object{{"schema", schema_of(r.schema)}}}};
        responses[std::to_string(r.status)] = std::move(response);
    }
    if (responses.empty()) responses["default"] = json::object{{"description", "Response"}};
    op["responses"] = std::move(responses);

    if (doc.authenticated) op["security"] = json::array{json::object{{security_scheme, json::array{}}}};
    return op;
}

}  // namespace

std::string openapi_document(const router& r, const api_docs_options& options) {
    // std::map: paths in a stable order whatever the registration order.
    std::map<std::string, json::object> paths;
    std::map<std::string, bool> tags;
    r.each_route([&](const route_listing& route) {
        if (route.method == "HEAD" || route.method == "OPTIONS") return;
        paths[route.mount_prefix + route.pattern][lower(route.method)] = operation(route);
        if (!route.doc.tag.empty()) tags[route.doc.tag] = true;
    });

    json::object schemas;
    r.each_mount([&](const mount& m) {
        for (const auto& [name, text] : m.schemas()) {
            // One document for every surface: a name two mounts share must mean one schema (the FastAPI error
            // shapes do); two meanings under one name would silently document one surface wrongly.
            auto parsed = json::parse(text);
            if (const auto* existing = schemas.if_contains(name)) {
                if (*existing != parsed)
                    throw std::invalid_argument("schema " + name + " is registered twice with different content");
                continue;
            }
            schemas[name] = std::move(parsed);
        }
    });

    json::object path_items;
    for (auto& [path, item] : paths) path_items[path] = std::move(item);
    json::array tag_list;
    for (const auto& [name, _] : tags) tag_list.push_back(json::object{{"name", name}});

    json::object info{{"title", options.title}, {"version", options.version}};
    if (!options.description.empty()) info["description"] = options.description;
    // Swagger UI's Authorize button logs in through the OAuth2 password form at token_url.
    json::object password_flow{{"tokenUrl", options.token_url}, {"scopes", json::object{}}};
    json::object scheme{{"type", "oauth2"}, {"flows", json::object{{"password", std::move(password_flow)}}}};
    json::object components{{"schemas", std::move(schemas)},
                            {"securitySchemes", json::object{{security_scheme, std::move(scheme)}}}};
    json::object doc{{"openapi", "3.1.0"},
                     {"info", std::move(info)},
                     {"tags", std::move(tag_list)},
                     {"paths", std::move(path_items)},
                     {"components", std::move(components)}};
    return json::serialize(doc);
}

}  // namespace offertracker::adapters::http::kit
