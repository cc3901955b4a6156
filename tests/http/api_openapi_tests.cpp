// GET /openapi.json describes every route: each one the route table lists is in the generated document with a
// tag, a real summary, a success response, its security when it needs the token, and schemas that resolve.
#include "api_fixture.hpp"

#include <algorithm>

#include <offertracker/http/kit/api_docs.hpp>
#include <offertracker/http/offertracker_api.hpp>
#include <offertracker/http/router.hpp>
#include <offertracker/adapters/memory/fake_message_signer.hpp>
#include <offertracker/adapters/memory/fake_password_hasher.hpp>
#include <offertracker/adapters/memory/fake_token_service.hpp>
#include <offertracker/adapters/memory/in_memory_file_storage.hpp>
#include <offertracker/adapters/memory/in_memory_store.hpp>
#include <offertracker/adapters/memory/manual_clock.hpp>
#include <offertracker/adapters/memory/in_memory_throttle.hpp>
#include <offertracker/adapters/memory/recording_event_log.hpp>
#include <offertracker/adapters/memory/sequential_id_generator.hpp>

using namespace offertracker;
using namespace offertracker::api_test;
namespace http = offertracker::adapters::http;
namespace mem = offertracker::adapters::memory;

namespace {

// The surface and the docs on a router, as app/composition.cpp mounts them; no socket, no database.
struct documented_router {
    mem::manual_clock clock;
    mem::sequential_id_generator ids;
    mem::fake_password_hasher hasher;
    mem::fake_token_service tokens;
    mem::in_memory_file_storage files;
    mem::in_memory_store store;
    mem::fake_message_signer signer;
    mem::recording_event_log log;
    mem::in_memory_throttle throttle{clock};
    usecases::services services{store, clock, ids, hasher, tokens, files, log, throttle};
    http::router router;

    documented_router() { http::offertracker_api::mount_api(router, {}, services, signer); }
    void mount_docs() { http::kit::mount_api_docs(router, {}); }
};

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return s;
}

// Every "$ref" under v, with where it was found.
void collect_refs(const json::value& v, const std::string& where, std::vector<std::pair<std::string, std::string>>& out) {
    if (const auto* o = v.if_object()) {
        for (const auto& [key, child] : *o) {
            if (key == "$ref" && child.is_string()) out.emplace_back(where, std::string(child.get_string()));
            else collect_refs(child, where + "/" + std::string(key), out);
        }
    } else if (const auto* a = v.if_array()) {
        for (std::size_t i = 0; i < a->size(); ++i) collect_refs((*a)[i], where + "/" + std::to_string(i), out);
    }
}

// What the document fails to say about the router's routes, one line each; empty when it says everything.
std::vector<std::string> documentation_gaps(const http::router& r) {
    const auto document = json::parse(http::kit::openapi_document(r, {}));
    const auto& paths = document.at("paths").as_object();
    const auto& schemas = document.at("components").at("schemas").as_object();
    std::vector<std::string> gaps;
    r.each_route([&](const http::route_listing& route) {
        if (route.method == "HEAD" || route.method == "OPTIONS") return;
        const std::string path = route.mount_prefix + route.pattern;
        const std::string name = route.method + " " + path;
        const auto* item = paths.if_contains(path);
        const auto* op = item ? item->as_object().if_contains(lower(route.method)) : nullptr;
        if (!op) {
            gaps.push_back(name + ": not in the document");
            return;
        }
        const auto& o = op->as_object();
        const auto* tags = o.if_contains("tags");
        if (!tags || tags->as_array().empty() || tags->as_array()[0].as_string().empty()) gaps.push_back(name + ": no tag");
        const auto summary = std::string(o.at("summary").as_string());
        if (summary.empty() || summary == route.method + " " + route.pattern) gaps.push_back(name + ": no summary");
        const auto& responses = o.at("responses").as_object();
        bool success = false;
        for (const auto& [status, _] : responses) success = success || (status.size() == 3 && status[0] == '2');
        if (!success) gaps.push_back(name + ": no 2xx response");
        if (route.doc.authenticated) {
            if (!o.contains("security")) gaps.push_back(name + ": authenticated but no security requirement");
            if (!responses.contains("401")) gaps.push_back(name + ": authenticated but no 401");
        }
    });
    std::vector<std::pair<std::string, std::string>> refs;
    collect_refs(document, "", refs);
    const std::string prefix = "#/components/schemas/";
    for (const auto& [where, ref] : refs)
        if (ref.rfind(prefix, 0) != 0 || !schemas.contains(ref.substr(prefix.size())))
            gaps.push_back(where + ": $ref " + ref + " is not a registered schema");
    return gaps;
}

// "/applications/{id}/stages" -> "/applications/x/stages": any value reaches the handler (and its token check).
std::string with_values(std::string_view pattern) {
    std::string path;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '{') {
            path += pattern[i];
            continue;
        }
        path += 'x';
        i = pattern.find('}', i);
    }
    return path;
}

}  // namespace

TEST_CASE("openapi: every route of the surface and the docs is documented, and every $ref resolves", "[http][openapi]") {
    documented_router d;
    d.mount_docs();
    std::size_t routes = 0;
    d.router.each_route([&](const http::route_listing& route) {
        if (route.method != "HEAD" && route.method != "OPTIONS") ++routes;
    });
    CHECK(routes >= 90);  // the surface's 87 routes and the docs' 3
    const auto gaps = documentation_gaps(d.router);
    for (const auto& gap : gaps) UNSCOPED_INFO(gap);
    CHECK(gaps.empty());
}

TEST_CASE("openapi: a route is documented as authenticated exactly when it answers 401 without a token",
          "[http][openapi]") {
    documented_router d;
    d.mount_docs();
    d.router.each_route([&](const http::route_listing& route) {
        if (route.method == "HEAD" || route.method == "OPTIONS") return;
        http::request req;
        req.method = route.method;
        req.set_target(route.mount_prefix + with_values(route.pattern));
        const auto status = d.router.dispatch(req).status;
        INFO(route.method << " " << req.target << " answered " << status);
        CHECK((status == 401) == route.doc.authenticated);
    });
}

TEST_CASE("openapi: a route added without its doc is reported", "[http][openapi]") {
    documented_router d;
    d.router.mount_at("/extra", http::offertracker_api::render_error)
        .get("/undocumented", [](const http::request&, const http::path_params&) { return http::response{}; })
        .post("/half", [](const http::request&, const http::path_params&) { return http::response{}; },
              {.doc = {.summary = "Half documented", .authenticated = true, .responses = {{200, "OK", "Missing"}}}});
    d.mount_docs();
    const auto gaps = documentation_gaps(d.router);
    const auto has = [&](std::string_view text) {
        return std::any_of(gaps.begin(), gaps.end(), [&](const auto& g) { return g == text; });
    };
    for (const auto& gap : gaps) UNSCOPED_INFO(gap);
    CHECK(has("GET /extra/undocumented: no tag"));
    CHECK(has("GET /extra/undocumented: no summary"));
    CHECK(has("GET /extra/undocumented: no 2xx response"));
    CHECK(has("POST /extra/half: no tag"));
    CHECK(has("POST /extra/half: authenticated but no 401"));
    CHECK(std::any_of(gaps.begin(), gaps.end(), [](const auto& g) {
        return g.find("$ref #/components/schemas/Missing is not a registered schema") != std::string::npos;
    }));
    CHECK(gaps.size() == 6);
}

TEST_CASE("openapi: GET /openapi.json over a socket answers the 3.1 document", "[http][openapi]") {
    api_server s(engines().front());
    const auto r = s.raw("GET", "/openapi.json");
    REQUIRE(r.status == 200);
    CHECK(r.response.header("Content-Type").value_or("").rfind("application/json", 0) == 0);
    CHECK(str(r["openapi"]) == "3.1.0");
    CHECK(r.body.at_pointer("/paths/~1api~1v1~1applications~1/post/requestBody/content/application~1json/schema/$ref")
              .as_string() == "#/components/schemas/ApplicationCreate");
}
