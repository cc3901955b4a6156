// The landing page (the welcome JSON for API clients).
#include "routes.hpp"

namespace offertracker::adapters::http::web {

void add_site_routes(mount& m, const context& c) {
    m.get("/", open(c, [&c](const request& req, const path_params& params) {
        if (!wants_html(req)) {
            if (c.options.api_root) return c.options.api_root(req, params);
            return render_error(c, req, 404, "Not Found");
        }
        return html_page(c, 200, "landing", page_data("Interview prep", has_signed_cookie(c, req)));
    }), web_doc("Landing page for browsers (Accept: text/html); the OfferTracker welcome JSON for other clients")
            .returns(200, "An HTML page, or {\"message\": \"Welcome to OfferTracker API\"}",
                     R"({"type":"object","properties":{"message":{"type":"string"}}})"));
}

}  // namespace offertracker::adapters::http::web
