// GET /openapi.json and GET /docs: the generated document and Swagger UI's page, stylesheet and script.
#include <offertracker/http/kit/api_docs.hpp>

#include <array>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace offertracker::adapters::http::kit {
namespace {

// The page loads only same-origin assets: Swagger UI comes from disk, never from a CDN.
constexpr std::string_view docs_page = R"(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>OfferTracker API</title>
<link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
)";

constexpr std::string_view init_script = R"(window.onload = function () {
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
};
)";

constexpr std::string_view docs_policy =
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
    "frame-ancestors 'none'";

std::optional<std::string> read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

response asset(unsigned status, std::string_view type, std::string body) {
    response r{status, {}, std::move(body)};
    r.set_header("Content-Type", type);
    r.set_header("Content-Security-Policy", docs_policy);
    r.set_header("Cache-Control", "public, max-age=3600");
    return r;
}

// The files of swagger-ui-dist the page uses, and their types.
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> asset_types{{
    {"swagger-ui.css", "text/css; charset=utf-8"},
    {"swagger-ui-bundle.js", "text/javascript; charset=utf-8"},
    {"favicon-32x32.png", "image/png"},
}};

struct docs_state {
    docs_state(const router& r, api_docs_options o) : routes(r), options(std::move(o)) {
        for (const auto& [name, type] : asset_types)
            if (auto content = read_file(options.swagger_ui_dir / name)) assets.emplace(name, std::move(*content));
    }
    [[nodiscard]] bool installed() const { return assets.size() == asset_types.size(); }

    const router& routes;
    api_docs_options options;
    std::map<std::string_view, std::string> assets;  // read once at mount time
    std::once_flag built;
    std::string document;
};

}  // namespace

void mount_api_docs(router& r, api_docs_options options) {
    auto state = std::make_shared<docs_state>(r, std::move(options));
    auto& root = r.mount_at("");
    const auto not_installed = [&root](const request& req) {
        return root.render_error(req, 404, "Swagger UI is not installed (scripts/setup installs it)");
    };

    root.get("/openapi.json", [state](const request&, const path_params&) {
        std::call_once(state->built, [&] { state->document = openapi_document(state->routes, state->options); });
        auto res = response::json(200, state->document);
        res.set_header("Cache-Control", "no-cache");
        return res;
    }, {.doc = {.summary = "This document: OpenAPI 3.1 of every route", .tag = "Documentation",
                .responses = {{200, "The OpenAPI document", R"({"type":"object"})"}}}});

    root.get("/docs", [state, not_installed](const request& req, const path_params&) {
        if (!state->installed()) return not_installed(req);
        return asset(200, "text/html; charset=utf-8", std::string(docs_page));
    }, {.doc = {.summary = "Swagger UI for this document", .tag = "Documentation",
                .responses = {{200, "An HTML page", ""}}}});

    root.get("/docs/{asset}", [state, not_installed, &root](const request& req, const path_params& p) {
        const auto name = p.get("asset");
        if (name == "init.js") return asset(200, "text/javascript; charset=utf-8", std::string(init_script));
        for (const auto& [file, type] : asset_types) {
            if (file != name) continue;
            const auto found = state->assets.find(file);
            return found == state->assets.end() ? not_installed(req) : asset(200, type, found->second);
        }
        return root.render_error(req, 404, "Not Found");
    }, {.doc = {.summary = "Swagger UI's assets (its stylesheet, script, icon, and init.js)", .tag = "Documentation",
                .responses = {{200, "The asset", ""}, {404, "Not one of the assets", ""}}}});
}

}  // namespace offertracker::adapters::http::kit
