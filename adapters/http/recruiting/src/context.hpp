// What every handler of the Recruiting surface shares: the services, the bearer authenticator of the Recruiting
// audience, the error mapper and the readers with this surface's rules.
#pragma once

#include <boost/json.hpp>

#include <functional>
#include <optional>
#include <string_view>

#include <offertracker/domain/error.hpp>
#include <offertracker/http/kit/authenticator.hpp>
#include <offertracker/http/kit/body_reader.hpp>
#include <offertracker/http/kit/commands.hpp>
#include <offertracker/http/kit/query_reader.hpp>
#include <offertracker/http/kit/reply.hpp>
#include <offertracker/http/kit/route_docs.hpp>
#include <offertracker/http/recruiting_api.hpp>
#include <offertracker/recruiting/candidates.hpp>
#include <offertracker/recruiting/jobs.hpp>

namespace offertracker::adapters::http::recruiting_api {

namespace json = boost::json;
using kit::array_of;
using kit::body_reader;
using kit::detail_reply;
using kit::doc;
using kit::json_reply;
using kit::query_reader;
using recruiting::record_id;

struct context {
    recruiting::services& services;
    api_options options;
    kit::bearer_authenticator bearer{services.tokens, "Could not validate credentials"};
};

// The seed's statuses for each domain error kind: FastAPI's, with a duplicate (conflict) as 400. `input` names where
// fields a use case reported were read ("body" or "query").
response error_reply(const domain::error& e, std::string_view input = "body");

// {"detail": message} for router- and server-generated errors (404, 405, 413, 500, 503).
response render_error(const request& req, unsigned status, std::string_view message);

// A handler that runs only for a verified Recruiting token naming a member id; its responses are no_store, and an
// overloaded resource answers 503.
using authed_handler = std::function<response(const request&, const path_params&, const recruiting::recruiter&)>;
handler authed(const context& c, authed_handler h);
// A public handler (register, login), guarded against overload the same way.
handler open(handler h);

// The result's value rendered with `view` and `status`, or its error.
template <class T, class View>
response reply(const domain::result<T>& r, unsigned status, View&& view, std::string_view input = "body") {
    return kit::reply(r, status, std::forward<View>(view), [input](const domain::error& e) { return error_reply(e, input); });
}

// 204 with no body: what a successful DELETE answers.
response no_content(const domain::result<domain::done>& r);

// Adds to the reader's field errors the rule violations `rules` found at fields the reader did not already
// refuse, as FastAPI reports every field of a model at once. Nothing is added when the body as a whole failed.
void add_rule_errors(domain::error& reading, std::optional<domain::error> rules);

// Reads a command with `read` from the JSON body and runs `run` on it unless the body had errors. A command with
// its own rules (recruiting::check(cmd)) reports them together with the reading errors.
template <class Read, class Run>
response with_body(const request& req, Read read, Run run) {
    body_reader body(req.body);
    auto cmd = read(body);
    if (auto e = std::move(body).finish()) {
        if constexpr (requires { recruiting::check(cmd); }) add_rule_errors(*e, recruiting::check(cmd));
        return error_reply(*e);
    }
    return run(cmd);
}

// A path id: FastAPI's int_parsing 422 (loc ["path", name]) when the segment is not an integer.
domain::result<record_id> path_id(const path_params& p, std::string_view name);

// skip (>= 0, default 0) and limit (1..100, default 50) from the query, as the seed's list routes take them.
std::optional<ports::page> read_page(query_reader& query);
// An optional integer query parameter (absent: nullopt), its errors reported to the reader.
std::optional<long long> optional_query_int(query_reader& query, std::string_view name);

}  // namespace offertracker::adapters::http::recruiting_api
