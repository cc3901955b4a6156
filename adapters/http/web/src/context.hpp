// What every handler of the web surface shares: the services, the options, the parsed pages, content negotiation,
// the one error mapping and the cookie-session authentication.
#pragma once

#include <boost/json.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <offertracker/domain/error.hpp>
#include <offertracker/http/router.hpp>
#include <offertracker/http/web_app.hpp>
#include <offertracker/prep/services.hpp>

#include "pages.hpp"

namespace offertracker::adapters::http::web {

namespace json = boost::json;

inline constexpr std::string_view session_cookie = "session";

struct context {
    prep::services& services;
    web_options options;
    pages site;
};

// Content negotiation. JSON answers when the Accept header names application/json; otherwise pages and
// redirects. Errors are pages only for a client whose Accept names text/html (and not JSON): curl and other
// non-browser clients get the JSON error shape.
[[nodiscard]] bool wants_json(const request& req);
[[nodiscard]] bool wants_html(const request& req);

// The surface's wording of one field error, from its field and code ("Job title cannot be empty").
[[nodiscard]] std::string field_message(const domain::field_error& e);
// The error's sentence: the first field error's wording for a validation error, else its message.
[[nodiscard]] std::string error_message(const domain::error& e);
// The first message per field, for showing each next to its field (fields the form does not show are under "").
[[nodiscard]] std::map<std::string, std::string> field_messages(const domain::error& e);

// The status of each error kind and the "type" of each status, as the seed names them.
[[nodiscard]] unsigned error_status(domain::error_kind kind);
[[nodiscard]] std::string_view error_type(unsigned status);

// {"error", "type"} (with Retry-After for a 429), or the error page for a browser.
[[nodiscard]] response error_reply(const context& c, const request& req, const domain::error& e);
// The same shape for a status and a message (the root mount's router and server errors).
[[nodiscard]] response render_error(const context& c, const request& req, unsigned status, std::string_view message);

// A page's data with what the layout needs: its <title> and whether the visitor is signed in.
[[nodiscard]] mustache::data page_data(std::string_view title, bool signed_in);
// The page rendered as an HTML response.
[[nodiscard]] response html_page(const context& c, unsigned status, std::string_view name, const mustache::data& data);
// The body as JSON text (Python's number format, like every surface).
[[nodiscard]] response json_page(unsigned status, const json::value& body);
// 303 See Other to `location`: after a POST the browser GETs it.
[[nodiscard]] response see_other(std::string_view location);

// Handlers for a signed-in seeker: the `session` cookie resolved to its account. Without a valid session, a page
// GET is redirected to /login and anything else (JSON, a POST) is 401 "Not authenticated". Responses are private
// (Cache-Control: no-store); an overloaded resource answers 503.
using authed_handler = std::function<response(const request&, const path_params&, const prep::actor&)>;
[[nodiscard]] handler authed(const context& c, authed_handler h);
// A public handler, guarded against overload the same way.
[[nodiscard]] handler open(const context& c, handler h);
// Whether the request carries a session cookie this server issued (its MAC checks; no store read).
[[nodiscard]] bool has_signed_cookie(const context& c, const request& head);

}  // namespace offertracker::adapters::http::web
