// Mounting the Recruiting surface: its prefix, its error shape, and /healthz at the server root.
#include <offertracker/http/recruiting_api.hpp>

#include <memory>

#include "routes.hpp"

namespace offertracker::adapters::http::recruiting_api {

void mount_api(router& r, const api_options& options, recruiting::services& services) {
    // Handlers capture the context by reference: the router keeps it alive.
    auto shared = std::make_shared<const context>(context{services, options});
    r.retain(shared);
    const context& c = *shared;
    auto& api = r.mount_at(options.prefix, render_error);
    register_schemas(api);
    add_account_routes(api, c);
    add_job_routes(api, c);
    add_candidate_routes(api, c);
    add_application_routes(api, c);
    add_matching_routes(api, c);
    add_agent_routes(api, c);
    add_webhook_routes(api, c);

    if (!options.mount_healthz) return;
    auto& root = r.mount_at("", render_error);
    root.get("/healthz", [](const request&, const path_params&) {
        return json_reply(200, json::object{{"status", "ok"}});
    }, doc("Health", "Liveness: the process answers").returns(200, "ok", R"({"type":"object","properties":{"status":{"type":"string"}}})"));
}

}  // namespace offertracker::adapters::http::recruiting_api
