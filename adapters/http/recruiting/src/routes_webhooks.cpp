// Webhooks (org_admin): endpoints for events, and each endpoint's deliveries with their attempts.
#include <offertracker/recruiting/webhooks.hpp>

#include "routes.hpp"
#include "views.hpp"

namespace offertracker::adapters::http::recruiting_api {
namespace {

// Reads "events" as a list of event names; an unknown one is not_one_of at its index.
std::vector<recruiting::webhook_event> read_events(body_reader& b, std::vector<domain::field_error>& errors) {
    std::optional<std::vector<std::string>> names;
    b.read("events", names);
    std::vector<recruiting::webhook_event> events;
    if (!names) return events;
    for (std::size_t i = 0; i < names->size(); ++i) {
        if (auto e = domain::parse_enum<recruiting::webhook_event>((*names)[i]))
            events.push_back(*e);
        else
            errors.push_back({.path = {"events", std::to_string(i)},
                              .code = domain::field_code::not_one_of,
                              .allowed = domain::enum_values<recruiting::webhook_event>(),
                              .origin = "body"});
    }
    return events;
}

}  // namespace

void add_webhook_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.get("/webhooks", authed(c, [&s](const request&, const path_params&, const recruiting::recruiter& who) {
        return reply(recruiting::list_webhooks(s, who), 200,
                     [](const auto& list) { return array_of(list, webhook_view); });
    }), doc("Recruiting Webhooks", "The organisation's webhook endpoints (org_admin)").authenticated()
            .returns(200, "The endpoints", "WebhookOut[]").errors({403}));

    m.post("/webhooks", authed(c, [&s](const request& req, const path_params&, const recruiting::recruiter& who) {
        body_reader b(req.body);
        recruiting::create_webhook_command cmd;
        b.read("url", cmd.url);
        std::vector<domain::field_error> event_errors;
        cmd.events = read_events(b, event_errors);
        b.read("secret", cmd.secret);
        auto body_error = std::move(b).finish();
        if (body_error || !event_errors.empty()) {
            auto e = body_error ? std::move(*body_error) : domain::error::validation({});
            e.field_errors.insert(e.field_errors.end(), event_errors.begin(), event_errors.end());
            return error_reply(e);
        }
        return reply(recruiting::create_webhook(s, who, cmd), 201, [](const recruiting::webhook_endpoint& w) {
            auto view = webhook_view(w);
            view["secret"] = w.secret;  // shown once: HMAC-SHA256 key of the X-OfferTracker-Signature header
            return view;
        });
    }), doc("Recruiting Webhooks", "Register an endpoint for events; the response shows its signing secret once").authenticated()
            .body("WebhookCreate").returns(201, "The endpoint with its secret", "WebhookCreated").errors({403}));

    m.del("/webhooks/{webhook_id}", authed(c, [&s](const request&, const path_params& p,
                                                   const recruiting::recruiter& who) {
        const auto id = path_id(p, "webhook_id");
        if (!id) return error_reply(id.error());
        return no_content(recruiting::delete_webhook(s, who, *id));
    }), doc("Recruiting Webhooks", "Delete an endpoint with its deliveries").authenticated().returns(204, "Deleted")
            .errors({403, 404, 422}));

    m.get("/webhooks/{webhook_id}/deliveries", authed(c, [&s](const request& req, const path_params& p,
                                                              const recruiting::recruiter& who) {
        const auto id = path_id(p, "webhook_id");
        if (!id) return error_reply(id.error());
        query_reader query(req.query);
        const auto page = read_page(query);
        if (auto e = std::move(query).finish()) return error_reply(*e, "query");
        return reply(recruiting::list_deliveries(s, who, *id, *page), 200,
                     [](const auto& list) { return counted_view(list, delivery_view); });
    }), doc("Recruiting Webhooks", "The endpoint's deliveries, newest first, each with its attempts").authenticated()
            .page(50, 100).returns(200, "The deliveries and how many there are", "DeliveryList").errors({403, 404}));
}

}  // namespace offertracker::adapters::http::recruiting_api
