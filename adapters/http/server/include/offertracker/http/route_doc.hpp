// What a route tells its readers: the OpenAPI view of one operation, declared with the route in the route table.
// Schemas are JSON Schema text (the generic server parses no JSON); a schema that is a bare name ("Contact")
// refers to one the mount registered with mount::schema, and "Contact[]" to an array of them.
#pragma once

#include <string>
#include <vector>

namespace offertracker::adapters::http {

struct param_doc {
    std::string name;
    std::string schema = R"({"type":"string"})";
    bool required = false;
    std::string description;
};

struct response_doc {
    unsigned status = 200;
    std::string description;
    std::string schema;  // of the JSON body; empty when there is none (or it is not JSON)
};

struct route_doc {
    std::string summary;
    std::string tag;
    bool authenticated = false;  // needs the mount's credentials (its security scheme)
    std::vector<param_doc> query;
    std::string body_schema;  // of the request body; empty when the route reads none
    std::string body_type = "application/json";
    std::vector<response_doc> responses;
};

}  // namespace offertracker::adapters::http
