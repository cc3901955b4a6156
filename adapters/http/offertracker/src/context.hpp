// What every handler of the surface shares: the use case services, link signing, auth and reply helpers (the
// kit's, with this surface's error mapper).
#pragma once

#include <boost/json.hpp>

#include <optional>

#include <offertracker/http/kit/authenticator.hpp>
#include <offertracker/http/kit/reply.hpp>
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

using kit::array_of;
using kit::detail_reply;
using kit::json_reply;
using kit::no_store;

// A handler that runs only for a verified bearer token (and guarded by `overload_guard`); its responses are
// no_store.
using authed_handler = std::function<response(const request&, const path_params&, const usecases::actor&)>;
handler authed(const context& c, authed_handler h);

// The actor named by a valid "Authorization: Bearer" token, or the 401 to answer.
domain::result<usecases::actor> authenticate(const context& c, const request& req);

// The result's value rendered with `view` and `status`, or its error (`input` as for error_reply).
template <class T, class View>
response reply(const domain::result<T>& r, unsigned status, View&& view, std::string_view input = "body") {
    return kit::reply(r, status, std::forward<View>(view), [input](const domain::error& e) { return error_reply(e, input); });
}

}  // namespace offertracker::adapters::http::offertracker_api
