// Mounting the OfferTracker surface: its prefix, its error shape, and the welcome JSON at the root.
#include <offertracker/http/offertracker_api.hpp>

#include <memory>

#include "route_docs.hpp"
#include "routes.hpp"

namespace offertracker::adapters::http::offertracker_api {

response welcome(const request&, const path_params&) {
    return json_reply(200, boost::json::object{{"message", "Welcome to OfferTracker API"}});
}

void mount_api(router& r, const api_options& options, usecases::services& services, ports::message_signer& signer) {
    // Handlers capture the context by reference: the router keeps it alive.
    auto shared = std::make_shared<const context>(context{services, signer, options});
    r.retain(shared);
    const context& c = *shared;
    auto& api = r.mount_at(options.prefix, render_error);
    register_schemas(api);
    add_account_routes(api, c);
    add_resume_routes(api, c);
    add_application_routes(api, c);
    add_activity_routes(api, c);
    add_contact_routes(api, c);
    add_document_routes(api, c);
    add_reminder_routes(api, c);
    add_tag_routes(api, c);
    add_saved_job_routes(api, c);
    add_analytics_routes(api, c);
    add_progress_routes(api, c);
    add_social_routes(api, c);
    add_community_routes(api, c);

    if (!options.mount_welcome) return;
    auto& root = r.mount_at("", render_error);
    root.get("/", welcome, doc("General", "Welcome").returns(200, "A welcome message", R"({"type":"object","properties":{"message":{"type":"string"}}})"));
}

}  // namespace offertracker::adapters::http::offertracker_api
