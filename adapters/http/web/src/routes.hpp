// The surface's routes, one registering function per area (routes_*.cpp), and the helpers their forms share.
#pragma once

#include <initializer_list>
#include <optional>
#include <string_view>

#include <offertracker/http/kit/route_docs.hpp>

#include "context.hpp"
#include "inputs.hpp"

namespace offertracker::adapters::http::web {

using prep::actor;

void register_schemas(mount& m);
void add_site_routes(mount& m, const context& c);       // landing page
void add_account_routes(mount& m, const context& c);    // signup, login, logout
void add_dashboard_routes(mount& m, const context& c);  // dashboard, session list
void add_session_routes(mount& m, const context& c);    // create, delete, uploads
void add_interview_routes(mount& m, const context& c);  // interview, answers, feedback, retry, saving questions

// A request's input error, unless the session is not the actor's: then that 403 or 404, so a stranger learns
// nothing from how their input fares. The session is read on this failure path only.
[[nodiscard]] domain::error input_error(const context& c, const prep::actor& who, prep::session_id id, domain::error e);

// A route's documentation under the surface's tag, its errors in the {"error", "type"} shape ("WebError").
kit::doc web_doc(std::string summary);

// Puts the sent values of `shown` fields (as <name>_value) and the error's messages next to them (as
// <name>_error; a message for no shown field as form_error) into a form page's data.
void add_form_state(mustache::data& d, const text_fields& values, std::initializer_list<std::string_view> shown,
                    const std::optional<domain::error>& e);

// The answer to a failed form post: the form page again with the messages (status of the error) for a browser,
// else error_reply.
response form_failure(const context& c, const request& req, std::string_view page, mustache::data d,
                      const domain::error& e);

}  // namespace offertracker::adapters::http::web
