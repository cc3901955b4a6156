// The cross-site request check of a cookie-authenticated surface: a state-changing request a browser sent from
// another site is refused before any handler runs. With SameSite=Lax cookies this is the CSRF defence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <offertracker/http/filter.hpp>
#include <offertracker/http/message.hpp>

namespace offertracker::adapters::http::kit {

// Whether `origin` ("scheme://host[:port]", as an Origin header carries it) is the request's own (http or https
// with the authority its Host header names, compared case-insensitively) or one of `trusted` (exact, e.g.
// "https://app.example.com"). "null" and anything unparseable are foreign.
[[nodiscard]] bool is_same_origin(const request& req, std::string_view origin, const std::vector<std::string>& trusted);

// A mount filter: for every method but GET, HEAD and OPTIONS, a foreign Origin header, or when there is none a
// Referer whose origin is foreign (or that does not parse), is answered 403 with `message` in the mount's error
// shape (next_step::error). A request carrying neither header (a non-browser client) is served.
[[nodiscard]] filter same_origin(std::vector<std::string> trusted_origins,
                                 std::string message = "Cross-site request refused");

}  // namespace offertracker::adapters::http::kit
