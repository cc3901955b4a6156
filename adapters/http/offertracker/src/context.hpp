// What every handler of the surface shares: the use case services, link signing, auth and reply helpers.
#pragma once

#include <boost/json.hpp>

#include <optional>

#include <offertracker/http/kit/authenticator.hpp>
#include <offertracker/http/offertracker_api.hpp>
#include <offertracker/domain/error.hpp>
#include <offertracker/domain/resume.hpp>

#include "error_reply.hpp"

namespace offertracker::adapters::http::offertracker_api {

struct context {
    usecases::services& services;
    ports::message_signer& signer;
    api_options options;
    // Seeker accounts sign in with a bearer token of the OfferTracker audience.
    kit::bearer_authenticator bearer{services.tokens};

    // The signed, expiring link to a stored upload, or the resume's own external URL.
    std::optional<std::string> file_link(const domain::resume& r) const;
    // The message a file link signs: the key and the expiry instant.
    static std::string link_message(std::string_view key, std::string_view expires);
};

// Answers ports::overloaded with 503 and Retry-After. Writes that lost a race were already rerun by the use
// cases (ports::in_write_unit); a conflict that still escapes propagates like any storage failure (a 500).
handler overload_guard(handler h);

// Marks a response private to its requester (Cache-Control: no-store, unless the handler set a policy):
// every authenticated response and every response that carries a token (RFC 6749 §5.1).
response no_store(response r);

// A handler that runs only for a verified bearer token (and guarded by `overload_guard`); its responses are
// no_store.
using authed_handler = std::function<response(const request&, const path_params&, const usecases::actor&)>;
handler authed(const context& c, authed_handler h);

// The actor named by a valid "Authorization: Bearer" token, or the 401 to answer.
domain::result<usecases::actor> authenticate(const context& c, const request& req);

response json_reply(unsigned status, const boost::json::value& body);
response detail_reply(unsigned status, std::string_view message);

// The result's value rendered with `view` and `status`, or its error (`input` as for error_reply).
template <class T, class View>
response reply(const domain::result<T>& r, unsigned status, View&& view, std::string_view input = "body") {
    if (!r) return error_reply(r.error(), input);
    return json_reply(status, view(*r));
}

// Renders a list with `view` per element.
template <class T, class View>
boost::json::array array_of(const std::vector<T>& items, View&& view) {
    boost::json::array out;
    out.reserve(items.size());
    for (const auto& item : items) out.push_back(view(item));
    return out;
}

}  // namespace offertracker::adapters::http::offertracker_api
