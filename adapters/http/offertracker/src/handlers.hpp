// What the surface's route handlers share: path parameters, commands read from the body, delete replies.
#pragma once

#include <boost/json.hpp>

#include <string>
#include <string_view>

#include "context.hpp"
#include "readers.hpp"

namespace offertracker::adapters::http::offertracker_api {

inline std::string param(const path_params& p, std::string_view name) { return std::string(p.get(name)); }

// The {"detail": "... deleted"} body of a successful delete.
inline auto deleted(std::string_view what) {
    return [what](domain::done) { return boost::json::object{{"detail", what}}; };
}

// A reader of a Cmd whose fields `fields(body_reader&, Cmd&)` reads. One generic field list serves a create and
// an update command: their members share names, and body_reader::read picks required / optional / patch by type.
template <class Cmd, class Fields>
auto command(Fields fields) {
    return [fields](body_reader& b) {
        Cmd cmd;
        fields(b, cmd);
        return cmd;
    };
}

// Reads a body with `read`, then runs `run` on the command unless the body had errors.
template <class Read, class Run>
response with_body(const request& req, Read read, Run run) {
    auto body = read_body(req.body);
    auto cmd = read(body);
    if (auto e = std::move(body).finish()) return error_reply(*e);
    return run(cmd);
}

}  // namespace offertracker::adapters::http::offertracker_api
