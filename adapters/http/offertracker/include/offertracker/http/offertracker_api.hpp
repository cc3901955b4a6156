// The OfferTracker API surface (seed 000): mounts its routes, JSON mapping and error shape on a router.
#pragma once

#include <chrono>
#include <string>

#include <offertracker/http/router.hpp>
#include <offertracker/ports/message_signer.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::adapters::http::offertracker_api {

struct api_options {
    std::string prefix = "/api/v1";
    // Absolute base of links to this server, e.g. "http://127.0.0.1:8000" (no trailing slash).
    std::string public_url = "http://127.0.0.1:8000";
    // How long a signed link to an uploaded file stays valid (docs/behaviour.md §13).
    std::chrono::seconds file_link_lifetime{3600};
    // Serve welcome() at GET / of the server root; off when another surface owns GET / (the web surface answers
    // its JSON clients with welcome() itself).
    bool mount_welcome = true;
};

// GET /: {"message": "Welcome to OfferTracker API"}.
response welcome(const request& req, const path_params& params);

// Registers every route of the surface under options.prefix, plus the welcome JSON at the server root (unless
// options.mount_welcome is off).
// The services and signer must outlive the router. Handlers block on the store: run them off I/O threads.
void mount_api(router& r, const api_options& options, usecases::services& services, ports::message_signer& signer);

// {"detail": message}: how the surface renders router- and server-generated errors (404, 405, 413, 500).
response render_error(const request& req, unsigned status, std::string_view message);

}  // namespace offertracker::adapters::http::offertracker_api
