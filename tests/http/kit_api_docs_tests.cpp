// The kit's documentation of a route table, on a small mount of its own (no surface involved): the OpenAPI
// document's paths, parameters, bodies, responses, named schemas and security, and the /docs routes.
#include <offertracker/http/kit/api_docs.hpp>

#include <boost/json.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace offertracker::adapters::http;
namespace json = boost::json;

namespace {

handler ok() {
    return [](const request&, const path_params&) { return response::text(200, "ok"); };
}


request get(std::string path) {
    request req;
    req.method = "GET";
    req.set_target(std::move(path));
    return req;
}

router small_router() {
    router r;
    auto& m = r.mount_at("/v2");
    m.schema("Thing", R"({"type":"object","properties":{"name":{"type":"string"}},"required":["name"]})");
    m.get("/things/", ok(),
          {.doc = {.summary = "List things", .tag = "Things", .authenticated = true,
                   .query = {{"limit", R"({"type":"integer","minimum":1})", false, "How many"}},
                   .responses = {{200, "The things", "Thing[]"}, {401, "No token", ""}}}});
    m.post("/things/{thing_id}/parts", ok(),
           {.doc = {.summary = "Add a part", .tag = "Things", .body_schema = "Thing",
                    .responses = {{201, "Added", "Thing"}}}});
    m.del("/things/{thing_id}", ok());  // undocumented: still listed, with the fallback summary
    return r;
}

}  // namespace

TEST_CASE("kit: the OpenAPI document lists every route with its inputs, outputs and security", "[http][kit][docs]") {
    const auto r = small_router();
    const auto doc = json::parse(kit::openapi_document(r, {.title = "Small", .token_url = "/v2/login"})).as_object();
    CHECK(doc.at("openapi") == "3.1.0");
    CHECK(doc.at("info").at("title") == "Small");
    const auto& paths = doc.at("paths").as_object();
    REQUIRE(paths.size() == 3);

    const auto& list = paths.at("/v2/things/").at("get").as_object();
    CHECK(list.at("summary") == "List things");
    CHECK(list.at("tags") == json::array{"Things"});
    CHECK(list.at("operationId") == "get_v2_things");
    CHECK(list.at("security") == json::parse(R"([{"OAuth2PasswordBearer":[]}])"));
    CHECK(list.at("parameters") ==
          json::parse(R"([{"name":"limit","in":"query","required":false,"schema":{"type":"integer","minimum":1},"description":"How many"}])"));
    CHECK(list.at("responses").at("200").at("content").at("application/json").at("schema") ==
          json::parse(R"({"type":"array","items":{"$ref":"#/components/schemas/Thing"}})"));
    CHECK_FALSE(list.at("responses").at("401").as_object().contains("content"));

    const auto& add = paths.at("/v2/things/{thing_id}/parts").at("post").as_object();
    CHECK(add.at("parameters") ==
          json::parse(R"([{"name":"thing_id","in":"path","required":true,"schema":{"type":"string"}}])"));
    CHECK(add.at("requestBody").at("content").at("application/json").at("schema") ==
          json::parse(R"({"$ref":"#/components/schemas/Thing"})"));
    CHECK_FALSE(add.contains("security"));

    const auto& undocumented = paths.at("/v2/things/{thing_id}").at("delete").as_object();
    CHECK(undocumented.at("summary") == "DELETE /things/{thing_id}");

    CHECK(doc.at("components").at("schemas").at("Thing").at("required") == json::array{"name"});
    CHECK(doc.at("components").at("securitySchemes").at("OAuth2PasswordBearer").at("flows").at("password").at("tokenUrl") ==
          "/v2/login");
    CHECK(doc.at("tags") == json::parse(R"([{"name":"Things"}])"));
}

TEST_CASE("kit: /openapi.json and /docs, with Swagger UI from disk or a 404 that says how to install it",
          "[http][kit][docs]") {
    const auto dir = std::filesystem::temp_directory_path() / "offertracker-kit-docs-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    for (const auto* name : {"swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png"})
        std::ofstream(dir / name) << "asset " << name;

    SECTION("installed") {
        auto r = small_router();
        kit::mount_api_docs(r, {.swagger_ui_dir = dir});
        const auto document = r.dispatch(get("/openapi.json"));
        CHECK(document.status == 200);
        CHECK(json::parse(document.body).at("paths").as_object().contains("/openapi.json"));  // itself included
        const auto page = r.dispatch(get("/docs"));
        CHECK(page.status == 200);
        CHECK(page.header("Content-Type") == std::optional<std::string_view>{"text/html; charset=utf-8"});
        CHECK(page.body.find("/docs/swagger-ui-bundle.js") != std::string::npos);
        CHECK(page.header("Content-Security-Policy")->find("script-src 'self'") != std::string_view::npos);
        CHECK(r.dispatch(get("/docs/")).status == 200);
        CHECK(r.dispatch(get("/docs/swagger-ui-bundle.js")).body == "asset swagger-ui-bundle.js");
        CHECK(r.dispatch(get("/docs/init.js")).body.find("/openapi.json") != std::string::npos);
        CHECK(r.dispatch(get("/docs/..%2Fsecret")).status == 404);
        CHECK(r.dispatch(get("/docs/package.json")).status == 404);
    }
    SECTION("not installed") {
        auto r = small_router();
        kit::mount_api_docs(r, {.swagger_ui_dir = dir / "missing"});
        CHECK(r.dispatch(get("/openapi.json")).status == 200);
        const auto page = r.dispatch(get("/docs"));
        CHECK(page.status == 404);
        CHECK(page.body.find("scripts/setup") != std::string::npos);
        CHECK(r.dispatch(get("/docs/swagger-ui.css")).status == 404);
    }
    std::filesystem::remove_all(dir);
}
