// The route table documents itself: an OpenAPI 3.1 document generated from every mounted route, and Swagger UI
// (installed from npm by scripts/setup, served from disk) to read and try it.
#pragma once

#include <filesystem>
#include <string>

#include <offertracker/http/router.hpp>

namespace offertracker::adapters::http::kit {

struct api_docs_options {
    std::string title = "OfferTracker";
    std::string version = "0.1.0";
    std::string description;
    // Where the OAuth2 password flow (Swagger UI's Authorize button) posts username and password.
    std::string token_url = "/api/v1/auth/login";
    // The swagger-ui-dist package (swagger-ui.css, swagger-ui-bundle.js); /docs answers 404 when it is missing.
    std::filesystem::path swagger_ui_dir;
};

// The OpenAPI 3.1 document of every route the router holds: one document for every surface, paths under each
// mount's prefix, operations tagged by their route_doc's tag, named schemas from every mount.
[[nodiscard]] std::string openapi_document(const router& r, const api_docs_options& options);

// Mounts GET /openapi.json (built once, on first use: the router is complete by then) and GET /docs (Swagger UI)
// with its two assets at the server root. Call after every surface has mounted its routes.
void mount_api_docs(router& r, api_docs_options options);

}  // namespace offertracker::adapters::http::kit
