// Authentication, the overload answer, the error renderer and file links for the OfferTracker surface.
#include "context.hpp"

#include <algorithm>

#include <offertracker/http/form.hpp>
#include <offertracker/http/kit/overload_guard.hpp>


namespace offertracker::adapters::http::offertracker_api {

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
    auto subject = c.bearer.authenticate(req);
    if (!subject) return std::move(subject).error();
    return usecases::actor{std::move(*subject)};
}

handler overload_guard(handler h) { return kit::overload_guard(std::move(h), render_error); }

handler authed(const context& c, authed_handler h) {
    // The router already refused path ids that are not NUL-free UTF-8 (404), so handlers see storable text.
    return overload_guard([&c, h = std::move(h)](const request& req, const path_params& params) {
        auto who = authenticate(c, req);
        if (!who) return no_store(error_reply(who.error()));
        return no_store(h(req, params, *who));
    });
}

response render_error(const request&, unsigned status, std::string_view message) {
    return detail_reply(status, message);
}

}  // namespace offertracker::adapters::http::offertracker_api
