// Authentication, error mapping and file links for the OfferTracker surface.
#include "context.hpp"

#include <algorithm>

#include <offertracker/http/form.hpp>
#include <offertracker/ports/overloaded.hpp>
#include <offertracker/text/utf8.hpp>

#include "json_writer.hpp"

namespace offertracker::adapters::http::offertracker_api {
namespace json = boost::json;

std::string context::link_message(std::string_view key, std::string_view expires) {
    std::string m(key);
    m += '\n';
    m += expires;
    return m;
}

std::optional<std::string> context::file_link(const domain::resume& r) const {
    if (!r.file_key) return r.file_url;
    const auto expires_at = std::chrono::duration_cast<std::chrono::seconds>(
        (services.clock.now() + options.file_link_lifetime).time_since_epoch());
    const std::string expires = std::to_string(expires_at.count());
    return options.public_url + options.prefix + "/files/" + *r.file_key + "?expires=" + expires +
           "&signature=" + signer.sign(link_message(*r.file_key, expires));
}

domain::result<usecases::actor> authenticate(const context& c, const request& req) {
    const auto header = req.header("Authorization");
    constexpr std::string_view scheme = "bearer ";
    if (!header || header->size() <= scheme.size() || !iequals(header->substr(0, scheme.size()), scheme))
        return domain::error::unauthenticated("Not authenticated");
    auto subject = c.services.tokens.verify(header->substr(scheme.size()));
    // Only ids the core issued are signed, but an actor must be storable text whatever signed it.
    if (!subject || !text::is_storable_text(*subject)) return domain::error::unauthenticated("Invalid or expired token");
    return usecases::actor{std::move(*subject)};
}

handler overload_guard(handler h) {
    return [h = std::move(h)](const request& req, const path_params& params) {
        try {
            return h(req, params);
        } catch (const ports::overloaded& e) {
            // A bounded resource (password hashing) is full: say so at once rather than queue.
            auto r = detail_reply(503, "Service temporarily overloaded. Try again shortly.");
            r.set_header("Retry-After", std::to_string(std::max<long long>(1, e.retry_after().count())));
            return r;
        }
    };
}

response no_store(response r) {
    if (!r.header("Cache-Control")) r.set_header("Cache-Control", "no-store");
    return r;
}

handler authed(const context& c, authed_handler h) {
    // The router already refused path ids that are not NUL-free UTF-8 (404), so handlers see storable text.
    return overload_guard([&c, h = std::move(h)](const request& req, const path_params& params) {
        auto who = authenticate(c, req);
        if (!who) return no_store(error_reply(who.error()));
        return no_store(h(req, params, *who));
    });
}

response json_reply(unsigned status, const json::value& body) {
    return response::json(status, write_json(body));
}

response detail_reply(unsigned status, std::string_view message) {
    return json_reply(status, json::object{{"detail", message}});
}

namespace {

json::value loc_part(const std::string& part) {
    const bool numeric = !part.empty() && part.find_first_not_of("0123456789") == std::string::npos && part.size() < 10;
    if (numeric) return std::stoll(part);
    return json::string(part);
}

response validation_reply(const domain::error& e) {
    json::array details;
    for (const auto& f : e.field_errors) {
        json::array loc;
        for (const auto& part : f.loc) loc.push_back(loc_part(part));
        details.push_back(json::object{{"loc", std::move(loc)}, {"msg", f.msg}, {"type", f.type}});
    }
    return json_reply(422, json::object{{"detail", std::move(details)}});
}

}  // namespace

response error_reply(const domain::error& e) {
    switch (e.kind) {
        case domain::error_kind::validation: return validation_reply(e);
        case domain::error_kind::not_found: return detail_reply(404, e.message);
        case domain::error_kind::forbidden: return detail_reply(403, e.message);
        case domain::error_kind::conflict: return detail_reply(409, e.message);
        case domain::error_kind::rule_violation: return detail_reply(400, e.message);
        case domain::error_kind::unauthenticated: {
            auto r = detail_reply(401, e.message);
            r.set_header("WWW-Authenticate", "Bearer");
            return r;
        }
        case domain::error_kind::rate_limited: {
            auto r = detail_reply(429, e.message);
            if (e.retry_after) r.set_header("Retry-After", std::to_string(std::max<long long>(1, e.retry_after->count())));
            return r;
        }
    }
    return detail_reply(500, "Internal server error");
}

response render_error(unsigned status, std::string_view message) { return detail_reply(status, message); }

}  // namespace offertracker::adapters::http::offertracker_api
