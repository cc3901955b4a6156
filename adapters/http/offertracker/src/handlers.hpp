// What the surface's route handlers share: path parameters, commands read from the body, delete replies.
#pragma once

#include <boost/json.hpp>

#include <string>
#include <string_view>

#include <offertracker/http/kit/commands.hpp>

#include "context.hpp"
#include "readers.hpp"

namespace offertracker::adapters::http::offertracker_api {

inline std::string param(const path_params& p, std::string_view name) { return std::string(p.get(name)); }

// The {"detail": "... deleted"} body of a successful delete.
inline auto deleted(std::string_view what) {
    return [what](domain::done) { return boost::json::object{{"detail", what}}; };
}

using kit::command;

// Reads a body with `read`, then runs `run` on the command unless the body had errors.
template <class Read, class Run>
response with_body(const request& req, Read read, Run run) {
    return kit::with_body(read_body(req.body), read, run, [](const domain::error& e) { return error_reply(e); });
}

}  // namespace offertracker::adapters::http::offertracker_api
