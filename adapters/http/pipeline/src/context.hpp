// What every handler of the Pipeline surface shares: the services, the options, the authenticators, the error
// mapper and the envelope.
#pragma once

#include <boost/json.hpp>

#include <functional>
#include <string_view>

#include <offertracker/domain/error.hpp>
#include <offertracker/http/kit/authenticator.hpp>
#include <offertracker/http/kit/body_reader.hpp>
#include <offertracker/http/kit/query_reader.hpp>
#include <offertracker/http/kit/reply.hpp>
#include <offertracker/http/kit/route_docs.hpp>
#include <offertracker/http/pipeline_api.hpp>

namespace offertracker::adapters::http::pipeline_api {

namespace json = boost::json;
using kit::body_reader;
using kit::doc;
using kit::query_reader;
using pipeline::actor;

inline constexpr std::string_view cookie_name = "pipeline_token";
inline constexpr std::string_view api_version = "1.0.0";

struct context {
    pipeline::services& services;
    api_options options;
    kit::bearer_authenticator bearer{services.seeker.tokens, "Invalid or expired token"};
};

// {"error": {"code", "message", "details"?, "request_id", "retry_after"?}} for a domain error; `signup` words a
// short password as WEAK_PASSWORD.
response error_reply(const request& req, const domain::error& e, bool signup = false);
// The same shape for router- and server-generated errors (404, 405, 413, 500, 503) and the rate limits' 429.
response render_error(const request& req, unsigned status, std::string_view message);

// {"data": value} with `status`.
response data_reply(unsigned status, json::value value);
// The result's value rendered with `view` in the envelope, or its error.
template <class T, class View>
response reply(const request& req, const domain::result<T>& r, unsigned status, View&& view) {
    if (!r) return error_reply(req, r.error());
    return data_reply(status, std::forward<View>(view)(*r));
}

// A handler for an authenticated seeker: the bearer token, or else the login cookie (then a write must come from
// the same origin). Its responses are private (no-store unless the handler set a cache policy).
using authed_handler = std::function<response(const request&, const path_params&, const actor&)>;
handler authed(const context& c, authed_handler h);
// Whether a request's head (no body yet) proves an account: what a route's larger body limit is granted to.
bool is_authenticated(const context& c, const request& head);
// A public handler (health, signup, login), guarded against overload like every handler of the mount.
handler open(handler h);

// Document a route of this mount: the Pipeline's error shape and 400 for reading errors.
doc pipeline_doc(std::string tag, std::string summary);

// The rate-limit filter of the mount (docs/pipeline.md §3).
filter rate_limit_filter(const context& c);

void register_schemas(mount& m);
void add_account_routes(mount& m, const context& c);
void add_job_routes(mount& m, const context& c);
void add_ai_routes(mount& m, const context& c);
void add_scraper_routes(mount& m, const context& c);
void add_analytics_routes(mount& m, const context& c);

}  // namespace offertracker::adapters::http::pipeline_api
